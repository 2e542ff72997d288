import type { RequestContext } from './context.ts';
import type { EmulatorResponse, ServiceName } from './types.ts';

export type Params = Record<string, string>;
export type Handler = (ctx: RequestContext, params: Params) => EmulatorResponse | Promise<EmulatorResponse>;

export interface Route {
  service: ServiceName;
  method: string;
  /** `/admin/identities/:id`; a trailing `*rest` matches the remainder. */
  path: string;
  handler: Handler;
}

export function route(service: ServiceName, method: string, path: string, handler: Handler): Route {
  return { service, method, path, handler };
}

function match(pattern: string, path: string): Params | undefined {
  const ps = pattern.split('/');
  const xs = path.split('/');
  const params: Params = {};
  for (let i = 0; i < ps.length; i++) {
    const p = ps[i]!;
    if (p.startsWith('*')) {
      params[p.slice(1)] = xs.slice(i).join('/');
      return params;
    }
    const x = xs[i];
    if (x === undefined) return undefined;
    if (p.startsWith(':')) {
      if (!x) return undefined;
      params[p.slice(1)] = decodeURIComponent(x);
    } else if (p !== x) return undefined;
  }
  return xs.length === ps.length ? params : undefined;
}

export interface Resolution {
  route?: Route;
  params: Params;
  /** Methods registered for the path when the method itself is not. */
  allowed: string[];
}

export function resolve(routes: readonly Route[], service: ServiceName, method: string, path: string): Resolution {
  const allowed: string[] = [];
  for (const r of routes) {
    if (r.service !== service) continue;
    const params = match(r.path, path);
    if (!params) continue;
    if (r.method === method || (method === 'HEAD' && r.method === 'GET')) return { route: r, params, allowed };
    allowed.push(r.method);
  }
  return { params: {}, allowed };
}
