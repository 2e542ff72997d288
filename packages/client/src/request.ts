import { isHTTPError, isNetworkError, isTimeoutError } from 'ky';
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

  let status: number;
  let text: string;
  try {
    const request = client.ky(base.replace(/\/+$/, '') + path, {
      method,
      headers,
      searchParams,
      // One budget for the whole call: each attempt, the waits between retries (`Retry-After` included) and the body.
      timeout,
      totalTimeout: timeout,
      retry: options.retry ?? config.retry ?? 2,
      ...(options.signal && { signal: options.signal }),
      ...(body && (asForm ? { body: encodeForm(body as Record<string, unknown>) } : { json: body })),
    });
    ({ status } = await request);
    // ky's shortcut reads the body within what is left of the budget.
    text = await request.text();
  } catch (error) {
    // ky has read the error body already: JSON parsed, anything else as text.
    if (isHTTPError(error)) {
      const { data } = error;
      if (typeof data === 'string' && data) throw new OryParseError(id, error.response.status, data, error);
      throw new OryError(id, error.response, data === '' ? undefined : data);
    }
    // Only a number of milliseconds can run out.
    if (isTimeoutError(error)) throw new OryTimeoutError(id, timeout as number, error);
    if (isNetworkError(error) || error instanceof TypeError) throw new OryNetworkError(id, error);
    throw error;
  }

  // 204/302 answers and the WebAuthn script are not JSON.
  if (expect || !text) return (expect === 'text' && text) || undefined;
  try {
    return JSON.parse(text);
  } catch (cause) {
    throw new OryParseError(id, status, text, cause);
  }
}
