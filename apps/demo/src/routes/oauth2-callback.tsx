import { OAuth2CallbackPage } from '../pages/oauth2/Callback.tsx';
import { browserOnly, BrowserOnlyFallback } from './client-only.tsx';

export const clientLoader = browserOnly;
export const HydrateFallback = BrowserOnlyFallback;

export default OAuth2CallbackPage;
