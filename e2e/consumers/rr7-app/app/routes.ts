import { route, type RouteConfig } from '@react-router/dev/routes';

export default [
  route('login', 'routes/login.tsx'),
  route('registration', 'routes/registration.tsx'),
  route('settings', 'routes/settings.tsx'),
  // Kratos' public API on this origin: its cookies are first-party, forms post here.
  route('.ory/*', 'routes/ory.ts'),
] satisfies RouteConfig;
