import { http, HttpResponse, type HttpHandler } from 'msw';
import type { Emulator } from './engine/create.ts';
import { SERVICE_NAMES, type ServiceName } from './engine/types.ts';
import { CookieStore } from './adapter/cookie-store.ts';
import { MAX_BODY_BYTES, payloadTooLarge } from './engine/http/limits.ts';

export interface MswOptions {
  /**
   * Where the emulator's cookies (CSRF, session) live between requests:
   * - `'adapter'` (default): in this adapter's own store (`handlers.cookieStore`), sent back like a
   *   browser would, and left out of the mocked responses. A service worker's responses can not set
   *   real cookies and Node's fetch keeps none, so something has to; clearing the store is a fresh
   *   browser.
   * - `'msw'`: `Set-Cookie` stays on the responses and MSW's own (global) cookie store replays them.
   */
  cookies?: 'adapter' | 'msw';
}

/** The body as text, or `undefined` once it passes {@link MAX_BODY_BYTES} (the rest is not read). */
async function readBody(request: Request): Promise<string | undefined> {
  if (Number(request.headers.get('content-length')) > MAX_BODY_BYTES) return undefined;
  if (!request.body) return '';
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > MAX_BODY_BYTES) {
      // Not awaited: MSW's interceptor settles the cancel only after the response.
      reader.cancel().catch(() => undefined);
      return undefined;
    }
    chunks.push(value);
  }
  const bytes = new Uint8Array(size);
  let at = 0;
  for (const c of chunks) {
    bytes.set(c, at);
    at += c.byteLength;
  }
  return new TextDecoder().decode(bytes);
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
  const store = o.cookies === 'msw' ? undefined : new CookieStore(emulator.clock);
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
        // MSW joins cookies it adds with ", "; make it a proper Cookie header again.
        if (headers['cookie']) headers['cookie'] = headers['cookie'].split(/,\s*(?=[^\s=;,]+=)/).join('; ');
        if (store) {
          const jar = store.header(url);
          if (jar) headers['cookie'] = headers['cookie'] ? `${jar}; ${headers['cookie']}` : jar;
        }
        const method = request.method.toUpperCase();
        const body = method === 'GET' || method === 'HEAD' ? '' : await readBody(request);
        const answer = body === undefined ? payloadTooLarge() : await emulator.handle({
          service,
          method,
          url: url.pathname.slice(prefix.length) + url.search,
          headers,
          ...(body ? { body } : {}),
        });
        const out = new Headers();
        for (const [k, v] of Object.entries(answer.headers)) {
          if (store && k === 'set-cookie') continue;
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
