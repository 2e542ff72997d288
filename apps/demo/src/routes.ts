// The demo's pages (React Router framework mode). Each route module renders a page of pages/; the flow
// pages load their flow on the server, so their forms work without JavaScript.
import { index, route, type RouteConfig } from '@react-router/dev/routes';

export default [
  index('routes/home.tsx'),
  route('login', 'routes/login.tsx'),
  route('registration', 'routes/registration.tsx'),
  route('recovery', 'routes/recovery.tsx'),
  route('verification', 'routes/verification.tsx'),
  route('settings', 'routes/settings.tsx'),
  route('error', 'routes/error.tsx'),
  route('logout', 'routes/logout.tsx'),
  route('sessions', 'routes/sessions.tsx'),
  route('oauth2/login', 'routes/oauth2-login.tsx'),
  route('oauth2/consent', 'routes/oauth2-consent.tsx'),
  route('oauth2/logout', 'routes/oauth2-logout.tsx'),
  route('oauth2/client', 'routes/oauth2-client.tsx'),
  route('oauth2/callback', 'routes/oauth2-callback.tsx'),
  route('admin/*', 'routes/admin.tsx'),
  route('*', 'routes/not-found.tsx'),
] satisfies RouteConfig;
