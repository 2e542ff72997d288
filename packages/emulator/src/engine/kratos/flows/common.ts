import type { RequestContext } from '../../context.ts';
import type { Env } from '../../env.ts';
import type { JsonObject } from '../../http/body.ts';
import { OryError, oryError } from '../../errors.ts';
import type { EmulatorResponse } from '../../types.ts';
import { appendPath, withQuery, queryParam } from '../../http/url.ts';
import { isUuid } from '../../util/random.ts';
import { rfc3339 } from '../../util/clock.ts';
import { verifyCsrf } from '../csrf.ts';
import { newContainer } from '../ui/container.ts';
import type { FlowKind, UiName } from '../../options.ts';
import type { AnyFlow, FlowType } from './types.ts';

/** `<public>/self-service/<kind>?flow=<id>`, the `ui.action` of a flow. */
export function flowAction(env: Env, kind: FlowKind, id: string): string {
  return withQuery(appendPath(env.options.urls.kratosPublic, `/self-service/${kind}`), { flow: id });
}

export function uiUrl(env: Env, name: UiName): string {
  return env.options.ui[name];
}

/** `<ui url>?flow=<id>` (flow.AppendTo). */
export function uiWithFlow(env: Env, name: UiName, id: string): string {
  return withQuery(uiUrl(env, name), { flow: id });
}

export function publicUrl(env: Env, path: string, query: Record<string, string | undefined> = {}): string {
  const base = appendPath(env.options.urls.kratosPublic, path);
  return Object.keys(query).length ? withQuery(base, query) : base;
}

/** The flow's `return_to`: set explicitly, else the `return_to` of the URL that created it. */
export function returnToOf(f: AnyFlow): string {
  return f.returnTo || queryParam(f.requestUrl, 'return_to');
}

interface Allowed {
  url: URL;
  /** The path as configured ('' when none), for Kratos' debug message. */
  rawPath: string;
}

/** allowed_return_urls plus Kratos' own self-service URLs (x.SecureRedirectAllowSelfServiceURLs). */
function allowlist(env: Env): Allowed[] {
  const out: Allowed[] = [];
  const entries = [...env.options.allowedReturnUrls, appendPath(env.options.urls.kratosPublic, '/self-service')];
  for (const raw of entries) {
    try {
      const url = new URL(raw);
      const rawPath = /^[a-z][a-z0-9+.-]*:\/\/[^/]*(\/[^?#]*)?/i.exec(raw)?.[1] ?? '';
      out.push({ url, rawPath });
    } catch {
      /* ignore malformed entries */
    }
  }
  return out;
}

/** Go's `%v` of a []url.URL, as Kratos prints the allow-list in the error's `debug`. */
function goUrlList(list: Allowed[]): string {
  return '[' + list.map((a) => `{${a.url.protocol.replace(/:$/, '')}   ${a.url.host} ${a.rawPath}     false false}`).join(' ') + ']';
}

/**
 * x.SecureRedirectTo: the `return_to` (explicit or from `sourceUrl`) if the allow-list permits it,
 * else the default; a forbidden URL throws 400 `self_service_flow_return_to_forbidden`.
 */
export function secureRedirectTo(env: Env, o: { defaultReturnTo: string; returnTo?: string; sourceUrl?: string }): string {
  const raw = o.returnTo || (o.sourceUrl ? queryParam(o.sourceUrl, 'return_to') : '');
  if (!raw) return o.defaultReturnTo;
  let target: URL;
  try {
    target = new URL(raw, o.defaultReturnTo);
  } catch {
    throw oryError(500, { reason: `Unable to parse the return_to query parameter as an URL: ${raw}` });
  }
  const list = allowlist(env);
  const ok = list.some(({ url: a, rawPath }) => {
    const hostOk = a.hostname.startsWith('*') ? target.host.toLowerCase().endsWith(a.host.slice(1).toLowerCase()) : a.host.toLowerCase() === target.host.toLowerCase();
    return a.protocol.toLowerCase() === target.protocol.toLowerCase() && hostOk && (target.pathname || '/').startsWith(rawPath || '/');
  });
  if (!ok) {
    throw oryError(400, {
      id: 'self_service_flow_return_to_forbidden',
      reason: `Requested return_to URL "${target.toString()}" is not allowed.`,
      debug: `Allowed domains are: ${goUrlList(list)}`,
    });
  }
  return target.toString();
}

/** Common fields of a new flow, after checking the request's `return_to`. */
export function flowBase(ctx: RequestContext, kind: FlowKind, type: FlowType, lifespan = ctx.env.options.flowLifespans[kind]) {
  const { env } = ctx;
  secureRedirectTo(env, { defaultReturnTo: uiUrl(env, 'defaultReturn'), sourceUrl: ctx.requestUrl });
  const id = env.newId();
  const now = ctx.now;
  return {
    id,
    type,
    expiresAt: now + lifespan,
    issuedAt: now,
    requestUrl: ctx.requestUrl,
    ui: newContainer(flowAction(env, kind, id)),
    csrfToken: ctx.csrf.token(),
    internal: {},
    createdAt: now,
    updatedAt: now,
  };
}

/** flow.GetFlowID: the `flow` query parameter as a UUID. */
export function flowIdParam(ctx: RequestContext, name = 'flow'): string {
  const id = ctx.query.get(name) ?? '';
  if (!isUuid(id)) throw oryError(400, { reason: 'The flow query parameter is missing or malformed.' });
  return id.toLowerCase();
}

/** flow.NewFlowExpiredError, with the replacement flow's id. */
export function expiredError(ctx: RequestContext, expiresAt: number, useFlowId: string): OryError {
  const since = ctx.now - expiresAt;
  return oryError(
    410,
    {
      id: 'self_service_flow_expired',
      reason: `The self-service flow expired ${(since / 60000).toFixed(2)} minutes ago, initialize a new one.`,
      message: 'self-service flow expired',
    },
    { expired_at: rfc3339(expiresAt), since: since * 1_000_000, use_flow_id: useFlowId },
  );
}

/** The 410 of `GET /self-service/<kind>/flows` for an expired flow. */
export function expiredOnFetch(env: Env, kind: FlowKind, f: AnyFlow): OryError {
  if (f.type === 'browser') {
    const redirect = returnToOf(f)
      ? withQuery(publicUrl(env, `/self-service/${kind}/browser`), { return_to: returnToOf(f) })
      : publicUrl(env, `/self-service/${kind}/browser`);
    return oryError(410, {
      ...(kind === 'settings' ? {} : { id: 'self_service_flow_expired' }),
      reason: `The ${kind} flow has expired. Redirect the user to the ${kind} flow init endpoint to initialize a new ${kind} flow.`,
      details: { redirect_to: redirect, return_to: returnToOf(f) },
    });
  }
  return oryError(410, {
    ...(kind === 'settings' ? {} : { id: 'self_service_flow_expired' }),
    reason: `The ${kind} flow has expired. Call the ${kind} flow init API endpoint to initialize a new ${kind} flow.`,
    details: { api: publicUrl(env, `/self-service/${kind}/api`) },
  });
}

const CSRF_REASON =
  'Please retry the flow and optionally clear your cookies. The request was rejected to protect you from Cross-Site-Request-Forgery (CSRF) which could cause account takeover, leaking personal information, and other serious security issues.';

/**
 * x.CSRFErrorReason: 403 `security_csrf_violation`. Kratos v0.11's error values share one details
 * map, so every CSRF error carries the same `hint` and `reject_reason` (as the real server sends).
 */
export function csrfViolation(): OryError {
  return oryError(403, {
    id: 'security_csrf_violation',
    reason: CSRF_REASON,
    message: 'the request was rejected to protect you from Cross-Site-Request-Forgery',
    details: {
      docs: 'https://www.ory.sh/kratos/docs/debug/csrf',
      hint: 'The anti-CSRF cookie was found but the CSRF token was not included in the HTTP request body (csrf_token) nor in the HTTP Header (X-CSRF-Token).',
      reject_reason:
        'The HTTP Cookie Header was set and a CSRF token was sent but they do not match. We recommend deleting all cookies for this domain and retrying the flow.',
    },
  });
}

/** flow.EnsureCSRF: API flows must not look like browsers; browser flows need the CSRF token. */
export function ensureCsrf(ctx: RequestContext, type: FlowType, sentToken: string): void {
  if (type === 'api') {
    if (ctx.headers['origin']) {
      throw oryError(400, {
        reason:
          'The HTTP Request Header included the "Origin" key, indicating that this request was made as part of an AJAX request in a Browser. The flow however was initiated as an API request. To prevent potential misuse and mitigate several attack vectors including CSRF, the request has been blocked. Please consult the documentation.',
      });
    }
    if ([...ctx.cookies.keys()].some((name) => !name.startsWith('__cf'))) {
      throw oryError(400, {
        reason:
          'The HTTP Request Header included the "Cookie" key, indicating that this request was made by a Browser. The flow however was initiated as an API request. To prevent potential misuse and mitigate several attack vectors including CSRF, the request has been blocked. Please consult the documentation.',
      });
    }
    return;
  }
  if (!verifyCsrf(ctx.csrf.token(), sentToken)) throw csrfViolation();
}

/** The JSON error response of herodot's WriteError (unknown errors become 500). */
export function writeError(ctx: RequestContext, err: unknown): EmulatorResponse {
  const e = toOryError(err);
  return ctx.jsonError(e.status, e.body());
}

export function toOryError(err: unknown): OryError {
  if (err instanceof OryError) return err;
  return oryError(500, { reason: err instanceof Error ? err.message : String(err) });
}

/** errorx.Manager.Forward: JSON for JSON clients, else the error is stored and the browser sent to the error UI. */
export function forwardError(ctx: RequestContext, err: unknown): EmulatorResponse {
  const e = toOryError(err);
  if (ctx.isJSON()) return ctx.jsonError(e.status, e.body());
  const id = ctx.env.newId();
  const now = ctx.now;
  ctx.env.state.kratos.errors.set(id, { id, error: e.error as unknown as JsonObject, csrfToken: ctx.csrf.token(), createdAt: now, updatedAt: now });
  if (ctx.acceptsJSON()) return ctx.jsonError(e.status, e.body());
  return ctx.redirect(withQuery(uiUrl(ctx.env, 'error'), { id }));
}

/** The flow expired? (flow.Valid) */
/**
 * What every `GET /self-service/<kind>/flows?id=` checks before answering with the flow: that it exists,
 * that a browser flow comes with its CSRF cookie (unless the flow skips CSRF, as a recovery flow created
 * for a link does), and that it has not expired. Returns the flow, or the error to write.
 */
export function fetchableFlow<F extends AnyFlow>(ctx: RequestContext, kind: FlowKind, flows: Map<string, F>): F | OryError {
  const f = flows.get((ctx.query.get('id') ?? '').toLowerCase());
  if (!f) return oryError(404, { message: 'Unable to locate the resource' });
  const skipCsrf = (f as { skipCsrf?: boolean }).skipCsrf === true;
  if (f.type === 'browser' && !skipCsrf && !verifyCsrf(ctx.csrf.token(), f.csrfToken)) return csrfViolation();
  if (isExpired(ctx, f)) return expiredOnFetch(ctx.env, kind, f);
  return f;
}

export function isExpired(ctx: RequestContext, f: AnyFlow): boolean {
  return f.expiresAt < ctx.now;
}

export function touch(ctx: RequestContext, f: AnyFlow): void {
  f.updatedAt = ctx.now;
}
