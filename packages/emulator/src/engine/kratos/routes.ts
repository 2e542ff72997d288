import { route, type Route } from '../router.ts';
import { getLoginFlow, initApiLogin, initBrowserLogin, submitLogin } from './flows/login.ts';
import { getRegistrationFlow, initApiRegistration, initBrowserRegistration, submitRegistration } from './flows/registration.ts';
import { getSettingsFlow, initApiSettings, initBrowserSettings, submitSettings } from './flows/settings.ts';
import { getRecoveryFlow, initApiRecovery, initBrowserRecovery, submitRecovery } from './flows/recovery.ts';
import { getVerificationFlow, initApiVerification, initBrowserVerification, submitVerification } from './flows/verification.ts';
import { createLogoutUrl, submitApiLogout, submitLogout } from './flows/logout.ts';
import { getSelfServiceError } from './flows/errors.ts';
import { getSchema, listSchemas, webauthnJs } from './schemas.ts';
import { listMySessions, revokeMySession, revokeMySessions, whoami } from './session/handlers.ts';
import { createIdentity, deleteIdentity, getIdentityHandler, listIdentities, patchIdentity, updateIdentity } from './admin/identities.ts';
import { deleteIdentitySessions, extendSession, listIdentitySessions } from './admin/sessions.ts';
import { createRecoveryCode, createRecoveryLink } from './admin/recovery.ts';
import { listCourierMessages } from './admin/courier.ts';
import { oidcCallback, oidcProviderPage } from './flows/oidc-provider.ts';

const P = 'kratosPublic';
const A = 'kratosAdmin';

/** Paths nosurf ignores (no CSRF cookie is set on them): API inits, submits, sessions. */
export const CSRF_IGNORED = [
  /^\/self-service\/(login|registration|settings|recovery|verification)(\/api)?$/,
  /^\/self-service\/logout\/api$/,
  /^\/sessions(\/.*)?$/,
  /^\/self-service\/methods\/oidc\/callback\/apple$/,
];

const whoamiMethods = ['GET', 'POST', 'PUT', 'PATCH', 'OPTIONS'];

export const kratosRoutes: Route[] = [
  route(P, 'GET', '/self-service/login/browser', initBrowserLogin),
  route(P, 'GET', '/self-service/login/api', initApiLogin),
  route(P, 'GET', '/self-service/login/flows', getLoginFlow),
  route(P, 'POST', '/self-service/login', submitLogin),
  route(P, 'GET', '/self-service/login', submitLogin),
  route(P, 'GET', '/self-service/registration/browser', initBrowserRegistration),
  route(P, 'GET', '/self-service/registration/api', initApiRegistration),
  route(P, 'GET', '/self-service/registration/flows', getRegistrationFlow),
  route(P, 'POST', '/self-service/registration', submitRegistration),
  route(P, 'GET', '/self-service/registration', submitRegistration),
  route(P, 'GET', '/self-service/settings/browser', initBrowserSettings),
  route(P, 'GET', '/self-service/settings/api', initApiSettings),
  route(P, 'GET', '/self-service/settings/flows', getSettingsFlow),
  route(P, 'POST', '/self-service/settings', submitSettings),
  route(P, 'GET', '/self-service/settings', submitSettings),
  route(P, 'GET', '/self-service/recovery/browser', initBrowserRecovery),
  route(P, 'GET', '/self-service/recovery/api', initApiRecovery),
  route(P, 'GET', '/self-service/recovery/flows', getRecoveryFlow),
  route(P, 'POST', '/self-service/recovery', submitRecovery),
  route(P, 'GET', '/self-service/recovery', submitRecovery),
  route(P, 'GET', '/self-service/verification/browser', initBrowserVerification),
  route(P, 'GET', '/self-service/verification/api', initApiVerification),
  route(P, 'GET', '/self-service/verification/flows', getVerificationFlow),
  route(P, 'POST', '/self-service/verification', submitVerification),
  route(P, 'GET', '/self-service/verification', submitVerification),
  route(P, 'GET', '/self-service/logout/browser', createLogoutUrl),
  route(P, 'GET', '/self-service/logout', submitLogout),
  route(P, 'DELETE', '/self-service/logout/api', submitApiLogout),
  route(P, 'GET', '/self-service/errors', getSelfServiceError),
  route(P, 'GET', '/self-service/methods/oidc/fake/:provider', (ctx, p) => oidcProviderPage(ctx, p['provider'] ?? '')),
  route(P, 'GET', '/self-service/methods/oidc/callback/:provider', (ctx, p) => oidcCallback(ctx, p['provider'] ?? '')),
  route(P, 'POST', '/self-service/methods/oidc/callback/:provider', (ctx, p) => oidcCallback(ctx, p['provider'] ?? '')),
  ...whoamiMethods.map((m) => route(P, m, '/sessions/whoami', whoami)),
  route(P, 'GET', '/sessions', listMySessions),
  route(P, 'DELETE', '/sessions', revokeMySessions),
  route(P, 'DELETE', '/sessions/:id', (ctx, p) => revokeMySession(ctx, p['id'] ?? '')),
  route(P, 'GET', '/schemas', listSchemas),
  route(P, 'GET', '/schemas/:id', (ctx, p) => getSchema(ctx, p['id'] ?? '')),
  route(P, 'GET', '/.well-known/ory/webauthn.js', webauthnJs),
  route(P, 'GET', '/health/alive', (ctx) => ctx.json(200, { status: 'ok' })),
  route(P, 'GET', '/health/ready', (ctx) => ctx.json(200, { status: 'ok' })),

  route(A, 'GET', '/admin/identities', listIdentities),
  route(A, 'POST', '/admin/identities', createIdentity),
  route(A, 'GET', '/admin/identities/:id', (ctx, p) => getIdentityHandler(ctx, p['id'] ?? '')),
  route(A, 'PUT', '/admin/identities/:id', (ctx, p) => updateIdentity(ctx, p['id'] ?? '')),
  route(A, 'PATCH', '/admin/identities/:id', (ctx, p) => patchIdentity(ctx, p['id'] ?? '')),
  route(A, 'DELETE', '/admin/identities/:id', (ctx, p) => deleteIdentity(ctx, p['id'] ?? '')),
  route(A, 'GET', '/admin/identities/:id/sessions', (ctx, p) => listIdentitySessions(ctx, p['id'] ?? '')),
  route(A, 'DELETE', '/admin/identities/:id/sessions', (ctx, p) => deleteIdentitySessions(ctx, p['id'] ?? '')),
  route(A, 'PATCH', '/admin/sessions/:id/extend', (ctx, p) => extendSession(ctx, p['id'] ?? '')),
  route(A, 'POST', '/admin/recovery/link', createRecoveryLink),
  route(A, 'POST', '/admin/recovery/code', createRecoveryCode),
  route(A, 'GET', '/admin/courier/messages', listCourierMessages),
  route(A, 'GET', '/admin/schemas', listSchemas),
  route(A, 'GET', '/admin/schemas/:id', (ctx, p) => getSchema(ctx, p['id'] ?? '')),
  route(A, 'GET', '/schemas', listSchemas),
  route(A, 'GET', '/schemas/:id', (ctx, p) => getSchema(ctx, p['id'] ?? '')),
  route(A, 'GET', '/health/alive', (ctx) => ctx.json(200, { status: 'ok' })),
  route(A, 'GET', '/health/ready', (ctx) => ctx.json(200, { status: 'ok' })),
  route(A, 'GET', '/version', (ctx) => ctx.json(200, { version: 'v0.11.0' })),
];
