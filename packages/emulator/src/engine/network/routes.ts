import { route, type Route } from '../router.ts';
import { networkHandlers as n } from './projects.ts';

const N = 'network';

export const networkRoutes: Route[] = [
  route(N, 'GET', '/projects', (ctx) => n.list(ctx)),
  route(N, 'POST', '/projects', (ctx) => n.create(ctx)),
  route(N, 'GET', '/projects/:id', (ctx, p) => n.get(ctx, p['id'] ?? '')),
  route(N, 'PUT', '/projects/:id', (ctx, p) => n.update(ctx, p['id'] ?? '')),
  route(N, 'PATCH', '/projects/:id', (ctx, p) => n.patch(ctx, p['id'] ?? '')),
  route(N, 'DELETE', '/projects/:id', (ctx, p) => n.purge(ctx, p['id'] ?? '')),
  route(N, 'GET', '/projects/:id/members', (ctx, p) => n.members(ctx, p['id'] ?? '')),
  route(N, 'DELETE', '/projects/:id/members/:member', (ctx, p) => n.removeMember(ctx, p['id'] ?? '', p['member'] ?? '')),
  route(N, 'GET', '/projects/:id/tokens', (ctx, p) => n.listKeys(ctx, p['id'] ?? '')),
  route(N, 'POST', '/projects/:id/tokens', (ctx, p) => n.createKey(ctx, p['id'] ?? '')),
  route(N, 'DELETE', '/projects/:id/tokens/:token', (ctx, p) => n.deleteKey(ctx, p['id'] ?? '', p['token'] ?? '')),
];
