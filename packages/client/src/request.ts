import { isHTTPError, isNetworkError, isTimeoutError } from 'ky';
import type { OryClient } from './client.ts';
import {
  OryError,
  OryInputError,
  OryNetworkError,
  OryParseError,
  OryTimeoutError,
} from './errors.ts';
import type { CallOptions, OperationDef } from './operation.ts';

const DEFAULT_TIMEOUT = 10_000;

/** `X-Session-Token` → `xSessionToken`: the input key of a header parameter. */
export const headerParamName = (name: string) => name.toLowerCase().replace(/-+(.?)/g, (_, c: string) => c.toUpperCase());

/**
 * Turns a nested body into the flat `a.b` keys Kratos reads from HTML forms
 * (`{ traits: { email } }` → `traits.email`), the way a `<form>` would send it.
 */
export function formBody(body: Record<string, unknown>, into = new URLSearchParams(), prefix = ''): URLSearchParams {
  for (const [key, value] of Object.entries(body)) {
    const name = prefix + key;
    if (value === undefined || value === null) continue;
    if (Array.isArray(value)) for (const item of value) into.append(name, String(item));
    else if (typeof value === 'object') formBody(value as Record<string, unknown>, into, `${name}.`);
    else into.append(name, String(value));
  }
  return into;
}

/** The one call path of all 97 operations. */
export async function send(
  client: OryClient,
  def: OperationDef,
  input: Record<string, unknown>,
  options: CallOptions = {},
): Promise<unknown> {
  const id = `${def.method} ${def.path}`;
  const required = (name: string) => {
    if (input[name] == null) throw new OryInputError(id, `missing required "${name}"`);
    return input[name];
  };
  const path = def.path.replace(/\{(\w+)\}/g, (_, name: string) => encodeURIComponent(String(required(name))));
  def.required?.forEach(required);
  if (def.body === 'required') required('body');
  const service = def.service ?? 'kratosPublic';
  const base = client.baseUrl(service);
  if (base === undefined) throw new OryInputError(id, `no base URL for ${service}`);

  const searchParams = new URLSearchParams(options.query);
  for (const name of def.query ?? []) {
    const value = input[name];
    if (value === undefined || value === null) continue;
    for (const item of Array.isArray(value) ? value : [value]) searchParams.append(name, String(item));
  }

  const { mode, options: config } = client;
  const headers: Record<string, string> = {
    Accept: def.response === 'text' ? '*/*' : 'application/json',
    ...config.headers,
  };
  if (service === 'kratosPublic') {
    if (mode === 'native' && config.sessionToken) headers['X-Session-Token'] = config.sessionToken;
    if (mode === 'server' && config.cookie) headers['Cookie'] = config.cookie;
  }
  for (const name of def.header ?? []) {
    const value = input[headerParamName(name)];
    if (value !== undefined && value !== null) headers[name] = String(value);
  }
  if (def.auth === 'apiKey' && config.apiKey) headers['Authorization'] = `Bearer ${config.apiKey}`;
  if (options.bearer) headers['Authorization'] = `Bearer ${options.bearer}`;
  if (options.basic) headers['Authorization'] = `Basic ${btoa(`${options.basic.username}:${options.basic.password}`)}`;
  Object.assign(headers, options.headers);

  const asForm = def.form === 'only' || (def.form === 'allowed' && options.form === true);
  // An omitted optional JSON body goes out as `{}`, as the official SDK sends it: Hydra's consent accept/reject
  // and login reject decode the body and answer 400 to an empty one.
  const body = input['body'] ?? (def.body && !asForm && {});
  const timeout = options.timeout ?? config.timeout ?? DEFAULT_TIMEOUT;

  let response: Response;
  let text: string;
  try {
    const request = client.ky(base.replace(/\/+$/, '') + path, {
      method: def.method,
      headers,
      searchParams,
      // One budget for the whole call: each attempt, the waits between retries (`Retry-After` included) and the body.
      timeout,
      totalTimeout: timeout,
      retry: options.retry ?? config.retry ?? 2,
      ...(options.signal ? { signal: options.signal } : {}),
      ...(body && (asForm ? { body: formBody(body as Record<string, unknown>) } : { json: body })),
    });
    response = await request;
    // ky's shortcut reads the body within what is left of the budget.
    text = await request.text();
  } catch (error) {
    // ky has read the error body already: JSON parsed, anything else as text.
    if (isHTTPError(error)) {
      const { data } = error;
      if (typeof data === 'string' && data !== '') throw new OryParseError(id, error.response.status, data, error);
      throw new OryError(id, error.response, data === '' ? undefined : data);
    }
    if (isTimeoutError(error)) throw new OryTimeoutError(id, timeout || 0, error);
    if (isNetworkError(error) || error instanceof TypeError) throw new OryNetworkError(id, error);
    throw error;
  }

  if (def.response === 'none') return undefined;
  if (def.response === 'text' || text === '') return text || undefined;
  try {
    return JSON.parse(text);
  } catch (cause) {
    throw new OryParseError(id, response.status, text, cause);
  }
}
