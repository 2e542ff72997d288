import { CookieJar } from './cookie-jar.ts';
import { recordSpecCheck } from './engine-client.ts';

export interface HttpCall {
  method?: string;
  headers?: Record<string, string>;
  json?: unknown;
  form?: Record<string, string>;
  /** A raw body (sent as is, e.g. malformed JSON). */
  body?: string;
  /** Browser-like: Accept JSON (default true). */
  acceptJson?: boolean;
}

export interface HttpAnswer {
  status: number;
  headers: Headers;
  body: string;
  json: any; // eslint-disable-line @typescript-eslint/no-explicit-any -- test convenience: bodies are checked against the spec
  location: string | null;
}

/**
 * A fetch "browser" for the real HTTP server: one cookie jar, redirects not followed, every answer
 * checked against the spec.
 */
export function browser(jar = new CookieJar()) {
  async function call(url: string, o: HttpCall = {}): Promise<HttpAnswer> {
    const headers: Record<string, string> = { ...(o.acceptJson === false ? {} : { accept: 'application/json' }), ...o.headers };
    let body: string | undefined = o.body;
    if (o.json !== undefined) {
      body = JSON.stringify(o.json);
      headers['content-type'] ??= 'application/json';
    } else if (o.form) {
      body = new URLSearchParams(o.form).toString();
      headers['content-type'] ??= 'application/x-www-form-urlencoded';
    }
    const cookie = jar.header();
    if (cookie) headers['cookie'] = cookie;
    const method = o.method ?? (body !== undefined ? 'POST' : 'GET');
    const res = await fetch(url, { method, headers, ...(body !== undefined ? { body } : {}), redirect: 'manual' });
    jar.store(res.headers.getSetCookie());
    const text = await res.text();
    const h: Record<string, string> = {};
    res.headers.forEach((v, k) => (h[k] = v));
    const u = new URL(url);
    recordSpecCheck(method, u.pathname + u.search, { status: res.status, headers: h, body: text });
    let json: unknown;
    try {
      json = text ? JSON.parse(text) : undefined;
    } catch {
      json = undefined;
    }
    return { status: res.status, headers: res.headers, body: text, json, location: res.headers.get('location') };
  }
  return Object.assign(call, { jar });
}

export function csrfOf(flow: { ui: { nodes: { attributes: { name?: string; value?: unknown } }[] } }): string {
  return String(flow.ui.nodes.find((n) => n.attributes.name === 'csrf_token')?.attributes.value ?? '');
}

export function nodeOf(flow: { ui: { nodes: { attributes: Record<string, unknown> }[] } }, id: string): Record<string, unknown> | undefined {
  return flow.ui.nodes.find((n) => n.attributes['name'] === id || n.attributes['id'] === id)?.attributes;
}
