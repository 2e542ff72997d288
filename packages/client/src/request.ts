import { isHTTPError, isTimeoutError } from 'ky';
import type { OryClient } from './client.ts';
import {
  OryError,
  OryInputError,
  OryNetworkError,
  OryParseError,
  OryTimeoutError,
} from './errors.ts';
import type { CallOptions, FormEncoder, OperationDef } from './operation.ts';

const DEFAULT_TIMEOUT = 10_000;

/** `X-Session-Token` → `xSessionToken`: the input key of a header parameter. */
export const headerParamName = (name: string) => name.toLowerCase().replace(/-+(.?)/g, (_, c: string) => c.toUpperCase());

/** The one call path of all 97 operations. */
export async function send(
  client: OryClient,
  def: OperationDef,
  input: Record<string, unknown>,
  options: CallOptions = {},
  encodeForm?: FormEncoder,
): Promise<unknown> {
  const { method, service = 'kratosPublic', response: expect } = def;
  const id = `${method} ${def.path}`;
  const fail = (why: string): never => {
    throw new OryInputError(id, why);
  };
  const required = (name: string) => input[name] ?? fail(`missing required "${name}"`);
  const path = def.path.replace(/\{(\w+)\}/g, (_, name: string) => encodeURIComponent(String(required(name))));
  def.required?.forEach(required);
  const base = client.baseUrl(service) ?? fail(`no base URL for ${service}`);

  const searchParams = new URLSearchParams(options.query);
  for (const name of def.query ?? []) for (const item of [input[name] ?? []].flat()) searchParams.append(name, String(item));

  const { mode, options: config } = client;
  const headers: Record<string, string> = { Accept: expect === 'text' ? '*/*' : 'application/json', ...config.headers };
  if (service === 'kratosPublic') {
    if (mode === 'native' && config.sessionToken) headers['X-Session-Token'] = config.sessionToken;
    if (mode === 'server' && config.cookie) headers['Cookie'] = config.cookie;
  }
  for (const name of def.header ?? []) {
    const value = input[headerParamName(name)];
    if (value != null) headers[name] = String(value);
  }
  const bearer = options.bearer || (def.auth === 'apiKey' && config.apiKey);
  if (bearer) headers['Authorization'] = `Bearer ${bearer}`;
  if (options.basic) headers['Authorization'] = `Basic ${btoa(`${options.basic.username}:${options.basic.password}`)}`;
  Object.assign(headers, options.headers);

  // Only operations that accept a form body are given the encoder (see `defineOperation`).
  const asForm = encodeForm && (def.form === 'only' || options.form === true);
  // An omitted optional JSON body goes out as `{}`, as the official SDK sends it: Hydra's consent accept/reject
  // and login reject decode the body and answer 400 to an empty one.
  const body = input['body'] ?? (def.body && !asForm && {});
  const timeout = options.timeout ?? config.timeout ?? DEFAULT_TIMEOUT;
  // One budget for the whole call: each attempt, the waits between retries (`Retry-After` included) and the
  // body. ky 1 times attempts only, so the client aborts the whole call itself.
  const deadline = timeout === false ? undefined : AbortSignal.timeout(timeout);
  // Browsers without AbortSignal.any (Safari < 17.4) keep the caller's signal, and ky times each attempt.
  const signal =
    options.signal && deadline && 'any' in AbortSignal ? AbortSignal.any([options.signal, deadline]) : (options.signal ?? deadline);

  let response: Response;
  let text: string;
  try {
    try {
      response = await client.ky(base.replace(/\/+$/, '') + path, {
        method,
        headers,
        searchParams,
        timeout: signal === options.signal && timeout,
        retry: options.retry ?? config.retry ?? 2,
        ...(signal && { signal }),
        ...(body && (asForm ? { body: encodeForm(body as Record<string, unknown>) } : { json: body })),
      });
    } catch (error) {
      // A non-2xx answer (after ky's retries): its body is read and judged below like any other.
      if (!isHTTPError(error)) throw error;
      response = error.response;
    }
    text = await response.text();
  } catch (error) {
    // Only a number of milliseconds can run out.
    if (deadline?.aborted || isTimeoutError(error)) throw new OryTimeoutError(id, timeout as number, error);
    // fetch's own failure: offline, DNS, refused connection, CORS, a connection dropped mid-body.
    if (error instanceof TypeError) throw new OryNetworkError(id, error);
    throw error;
  }

  const { ok, status } = response;
  // 204/302 answers and the WebAuthn script are not JSON.
  if (ok && (expect || !text)) return (expect === 'text' && text) || undefined;
  let parsed: unknown;
  try {
    parsed = text ? JSON.parse(text) : undefined;
  } catch (cause) {
    // A 2xx that is not the promised JSON, or an error page (a proxy's 502 HTML).
    throw new OryParseError(id, status, text, cause);
  }
  if (ok) return parsed;
  throw new OryError(id, response, parsed);
}
