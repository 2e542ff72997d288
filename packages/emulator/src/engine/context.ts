import type { Env, Prepared } from './env.ts';
import type { EmulatorRequest, EmulatorResponse, ServiceName } from './types.ts';
import { ResponseBuilder } from './http/response.ts';
import { parseCookies } from './http/cookies.ts';
import { parseBody, type ParsedBody, type Json } from './http/body.ts';
import { acceptsJSON, isBrowserRequest, isJSONRequest } from './http/negotiate.ts';
import { CsrfContext } from './kratos/csrf.ts';
import { dict } from './http/keys.ts';

/** One request on its way through the engine. */
export class RequestContext {
  readonly service: ServiceName;
  readonly method: string;
  readonly path: string;
  readonly query: URLSearchParams;
  /** The query string exactly as sent (without `?`). */
  readonly rawQuery: string;
  readonly headers: Readonly<Record<string, string>>;
  readonly rawBody: string | undefined;
  readonly remoteAddress: string;
  readonly cookies: Map<string, string>;
  readonly res = new ResponseBuilder();
  readonly csrf: CsrfContext;
  private parsed: ParsedBody | undefined;

  constructor(
    readonly env: Env,
    readonly prepared: Prepared,
    req: EmulatorRequest,
  ) {
    this.service = req.service;
    this.method = req.method.toUpperCase();
    const u = new URL(req.url.startsWith('/') ? req.url : '/' + req.url, 'http://emulator.invalid');
    this.path = u.pathname.replace(/\/{2,}/g, '/');
    this.query = u.searchParams;
    const qi = req.url.indexOf('?');
    this.rawQuery = qi >= 0 ? req.url.slice(qi + 1) : '';
    // Own properties only: a header lookup must never fall through to a prototype.
    this.headers = Object.assign(dict<string>(), req.headers);
    this.rawBody = req.body;
    this.remoteAddress = req.remoteAddress ?? '127.0.0.1:0';
    this.cookies = parseCookies(req.headers['cookie']);
    const name = prepared.csrfCookieName;
    this.csrf = new CsrfContext(name, this.cookies.get(name), (v) => this.res.setCookie(v));
  }

  /** The request URL as the browser sent it (Kratos' x.RequestURL). */
  get requestUrl(): string {
    const q = this.query.toString();
    return this.env.options.urls[this.service] + this.path + (q ? '?' + q : '');
  }

  get now(): number {
    return this.env.now();
  }

  /** The parsed body (JSON or form). Throws BodyParseError on malformed JSON. */
  body(): ParsedBody {
    this.parsed ??= parseBody(this.headers['content-type'], this.rawBody);
    return this.parsed;
  }

  isJSON(): boolean {
    return isJSONRequest(this.headers);
  }

  acceptsJSON(): boolean {
    return acceptsJSON(this.headers);
  }

  isBrowser(): boolean {
    return isBrowserRequest(this.headers);
  }

  json(status: number, payload: Json | object): EmulatorResponse {
    return this.res.json(status, payload);
  }

  /** herodot's WriteError: the error body with `Content-Type: application/json` (no charset). */
  jsonError(status: number, payload: Json | object): EmulatorResponse {
    return this.res.json(status, payload, 'application/json');
  }

  redirect(location: string, status = 303): EmulatorResponse {
    return this.res.redirect(this.method, location, status);
  }

  empty(status: number): EmulatorResponse {
    return this.res.empty(status);
  }
}
