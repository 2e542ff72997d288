import { route, type Route } from '../router.ts';
import { authorize } from './authorize.ts';
import { clientHandlers as c } from './clients.ts';
import { openidConfiguration } from './discovery.ts';
import { keyHandlers as k } from './keys.ts';
import { requestHandlers as r } from './requests.ts';
import { listConsentSessions, logout, revokeConsentSessions, revokeLoginSessions } from './sessions.ts';
import { deleteClientTokens, introspect, revoke, token, userinfo } from './tokens.ts';
import { trustHandlers as t } from './trust.ts';

const P = 'hydraPublic';
const A = 'hydraAdmin';
const ok = { status: 'ok' };

export const hydraRoutes: Route[] = [
  route(P, 'GET', '/.well-known/openid-configuration', openidConfiguration),
  route(P, 'GET', '/.well-known/jwks.json', k.wellKnown),
  route(P, 'GET', '/oauth2/auth', authorize),
  route(P, 'POST', '/oauth2/auth', authorize),
  route(P, 'POST', '/oauth2/token', token),
  route(P, 'POST', '/oauth2/revoke', revoke),
  route(P, 'GET', '/userinfo', userinfo),
  route(P, 'POST', '/userinfo', userinfo),
  route(P, 'GET', '/oauth2/sessions/logout', logout),
  route(P, 'POST', '/oauth2/sessions/logout', logout),
  route(P, 'POST', '/oauth2/register', c.registerCreate),
  route(P, 'GET', '/oauth2/register/:id', (ctx, p) => c.registerGet(ctx, p['id'] ?? '')),
  route(P, 'PUT', '/oauth2/register/:id', (ctx, p) => c.registerUpdate(ctx, p['id'] ?? '')),
  route(P, 'DELETE', '/oauth2/register/:id', (ctx, p) => c.registerDelete(ctx, p['id'] ?? '')),
  route(P, 'GET', '/health/alive', (ctx) => ctx.json(200, ok)),
  route(P, 'GET', '/health/ready', (ctx) => ctx.json(200, ok)),

  route(A, 'GET', '/admin/clients', c.list),
  route(A, 'POST', '/admin/clients', c.create),
  route(A, 'GET', '/admin/clients/:id', (ctx, p) => c.get(ctx, p['id'] ?? '')),
  route(A, 'PUT', '/admin/clients/:id', (ctx, p) => c.update(ctx, p['id'] ?? '')),
  route(A, 'PATCH', '/admin/clients/:id', (ctx, p) => c.patch(ctx, p['id'] ?? '')),
  route(A, 'DELETE', '/admin/clients/:id', (ctx, p) => c.delete(ctx, p['id'] ?? '')),
  route(A, 'PUT', '/admin/clients/:id/lifespans', (ctx, p) => c.lifespans(ctx, p['id'] ?? '')),
  route(A, 'GET', '/admin/oauth2/auth/requests/login', r.getLogin),
  route(A, 'PUT', '/admin/oauth2/auth/requests/login/accept', r.acceptLogin),
  route(A, 'PUT', '/admin/oauth2/auth/requests/login/reject', r.rejectLogin),
  route(A, 'GET', '/admin/oauth2/auth/requests/consent', r.getConsent),
  route(A, 'PUT', '/admin/oauth2/auth/requests/consent/accept', r.acceptConsent),
  route(A, 'PUT', '/admin/oauth2/auth/requests/consent/reject', r.rejectConsent),
  route(A, 'GET', '/admin/oauth2/auth/requests/logout', r.getLogout),
  route(A, 'PUT', '/admin/oauth2/auth/requests/logout/accept', r.acceptLogout),
  route(A, 'PUT', '/admin/oauth2/auth/requests/logout/reject', r.rejectLogout),
  route(A, 'GET', '/admin/oauth2/auth/sessions/consent', listConsentSessions),
  route(A, 'DELETE', '/admin/oauth2/auth/sessions/consent', revokeConsentSessions),
  route(A, 'DELETE', '/admin/oauth2/auth/sessions/login', revokeLoginSessions),
  route(A, 'POST', '/admin/oauth2/introspect', introspect),
  route(A, 'DELETE', '/admin/oauth2/tokens', deleteClientTokens),
  route(A, 'GET', '/admin/keys/:set', (ctx, p) => k.getSet(ctx, p['set'] ?? '')),
  route(A, 'POST', '/admin/keys/:set', (ctx, p) => k.createSet(ctx, p['set'] ?? '')),
  route(A, 'PUT', '/admin/keys/:set', (ctx, p) => k.updateSet(ctx, p['set'] ?? '')),
  route(A, 'DELETE', '/admin/keys/:set', (ctx, p) => k.deleteSet(ctx, p['set'] ?? '')),
  route(A, 'GET', '/admin/keys/:set/:kid', (ctx, p) => k.getKey(ctx, p['set'] ?? '', p['kid'] ?? '')),
  route(A, 'PUT', '/admin/keys/:set/:kid', (ctx, p) => k.updateKey(ctx, p['set'] ?? '', p['kid'] ?? '')),
  route(A, 'DELETE', '/admin/keys/:set/:kid', (ctx, p) => k.deleteKey(ctx, p['set'] ?? '', p['kid'] ?? '')),
  route(A, 'GET', '/admin/trust/grants/jwt-bearer/issuers', t.list),
  route(A, 'POST', '/admin/trust/grants/jwt-bearer/issuers', t.create),
  route(A, 'GET', '/admin/trust/grants/jwt-bearer/issuers/:id', (ctx, p) => t.get(ctx, p['id'] ?? '')),
  route(A, 'DELETE', '/admin/trust/grants/jwt-bearer/issuers/:id', (ctx, p) => t.delete(ctx, p['id'] ?? '')),
  route(A, 'GET', '/health/alive', (ctx) => ctx.json(200, ok)),
  route(A, 'GET', '/health/ready', (ctx) => ctx.json(200, ok)),
  route(A, 'GET', '/version', (ctx) => ctx.json(200, { version: 'v2.1.2' })),
];
