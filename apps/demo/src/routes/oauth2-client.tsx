import { OAuth2ClientPage } from '../pages/oauth2/Client.tsx';
import { browserOnly, BrowserOnlyFallback } from './client-only.tsx';
import type { TitleHandle } from '../title.tsx';

export const clientLoader = browserOnly;
export const HydrateFallback = BrowserOnlyFallback;

export const handle: TitleHandle = { title: 'demo.client.title' };

export default OAuth2ClientPage;
