import { OAuth2ClientPage } from '../pages/oauth2/Client.tsx';
import { browserOnly, BrowserOnlyFallback } from './client-only.tsx';

export const clientLoader = browserOnly;
export const HydrateFallback = BrowserOnlyFallback;

export default OAuth2ClientPage;
