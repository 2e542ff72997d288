import { http, HttpResponse, type HttpHandler } from 'msw';
import type { Emulator } from './engine/create.ts';
import { SERVICE_NAMES, type ServiceName } from './engine/types.ts';
import { CookieStore } from './adapter/cookie-store.ts';

export interface MswOptions {
  /**
   * Keep the emulator's cookies (CSRF, session) in this adapter and send them back, as a browser
   * would. Needed everywhere MSW runs: Node's fetch has no cookie store, and a service worker's
   * responses cannot set real (HttpOnly) cookies. Default true.
   */
  cookies?: boolean;
}

export interface EmulatorHandlers extends Array<HttpHandler> {
  /** The adapter's cookie store (when `cookies` is on): clear it to "close the browser". */
  cookieStore?: CookieStore;
}

/**
 * MSW 2 handlers that answer every request to the emulator's services (`http.all`). Works with
 * `setupServer` (msw/node) and `setupWorker` (msw/browser).
 */
export function emulatorHandlers(emulator: Emulator, baseUrls: Partial<Record<ServiceName, string>> = emulator.options.urls, o: MswOptions = {}): EmulatorHandlers {
  const store = o.cookies === false ? undefined : new CookieStore();
  const handlers: EmulatorHandlers = [];
  for (const service of SERVICE_NAMES) {
    const base = baseUrls[service];
    if (!base) continue;
    const root = new URL(base);
    const prefix = root.pathname.replace(/\/+$/, '');
    handlers.push(
      http.all(`${root.origin}${prefix}/*`, async ({ request }) => {
        const url = new URL(request.url);
        const headers: Record<string, string> = {};
        request.headers.forEach((v, k) => {
          headers[k.toLowerCase()] = v;
        });
        if (store) {
          const jar = store.header(url);
          if (jar) headers['cookie'] = headers['cookie'] ? `${headers['cookie']}; ${jar}` : jar;
        }
        const method = request.method.toUpperCase();
        const body = method === 'GET' || method === 'HEAD' ? '' : await request.text();
        const answer = await emulator.handle({
          service,
          method,
          url: url.pathname.slice(prefix.length) + url.search,
          headers,
          ...(body ? { body } : {}),
        });
        const out = new Headers();
        for (const [k, v] of Object.entries(answer.headers)) {
          for (const value of typeof v === 'string' ? [v] : v) out.append(k, value);
        }
        const cookies = answer.headers['set-cookie'];
        if (store && cookies) store.store(url, typeof cookies === 'string' ? [cookies] : cookies);
        return new HttpResponse(answer.body ?? null, { status: answer.status, headers: out });
      }),
    );
  }
  if (store) handlers.cookieStore = store;
  return handlers;
}

export { CookieStore };
