import { createOryClient, type OryClient } from '@orykit/client';
import { oryUrls } from './config.ts';

/** Hydra's admin API: login and consent requests are answered on the server, never from the browser. */
export const hydraAdmin = (): OryClient => createOryClient({ baseUrl: { hydraAdmin: oryUrls().hydraAdminUrl }, mode: 'server', retry: 0 });

/** How long Hydra remembers a login or a consent the person asked it to remember (seconds). */
export const REMEMBER_FOR = 3600;
