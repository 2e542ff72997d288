/** The `error` object of Ory's JSON error format (`{ "error": { … } }`). */
export interface OryErrorBody {
  id?: string;
  code?: number;
  status?: string;
  reason?: string;
  message?: string;
  details?: Record<string, unknown>;
  request?: string;
  debug?: string;
  [key: string]: unknown;
}

/**
 * The base of every error this package throws; `kind` tells them apart without `instanceof`.
 * Fields set in a constructor are `declare`d: no class-field code in the bundle (the toSession budget).
 */
export abstract class OryClientError extends Error {
  abstract readonly kind: 'response' | 'network' | 'timeout' | 'parse' | 'input';
  /** The request that failed, as method and path template: `GET /sessions/whoami`. */
  declare readonly operation: string;
  constructor(operation: string, message: string, options?: ErrorOptions) {
    super(`${operation}: ${message}`, options);
    this.operation = operation;
  }
}

/**
 * A non-2xx answer. Everything Ory put in the body is kept: `body` as parsed, `error` when it is Ory's
 * error format, `flow` when a flow endpoint answered 400 with the flow and its messages, `useFlowId` for a 410
 * and `redirectBrowserTo` for a 422.
 *
 * @example
 * try { await submitSelfServiceLoginFlow(client, { flow, body }) }
 * catch (e) { if (e instanceof OryError && e.flow) render(e.flow) }
 */
export class OryError extends OryClientError {
  // Spelled out: minifiers rename classes.
  override readonly name = 'OryError';
  readonly kind = 'response';
  declare readonly status: number;
  declare readonly body: unknown;
  declare readonly error: OryErrorBody | undefined;
  /** The error id (`session_aal2_required`, `self_service_flow_expired`, …). */
  declare readonly id: string | undefined;
  /** A flow returned with a 400 (or 410/422 where the server sends one): re-render it. */
  declare readonly flow: Record<string, unknown> | undefined;
  declare readonly useFlowId: string | undefined;
  declare readonly redirectBrowserTo: string | undefined;
  declare readonly requestId: string | undefined;
  declare readonly response: Response;

  constructor(operation: string, response: Response, body: unknown) {
    // `Object()` boxes a string or number body, so the lookups below find nothing in it instead of throwing.
    const root = Object(body) as Record<string, unknown>;
    const error = typeof root['error'] === 'object' && !Array.isArray(root['error']) ? ((root['error'] ?? undefined) as OryErrorBody | undefined) : undefined;
    // Kratos puts `use_flow_id` and `redirect_browser_to` at the top, on the error or in its details, by version.
    const find = (key: string) => {
      const value = root[key] ?? error?.[key] ?? (error?.details as Record<string, unknown> | undefined)?.[key];
      return (typeof value === 'string' && value) || undefined;
    };
    const why = error?.reason || error?.message;
    super(operation, `${response.status} ${error?.id ?? error?.status ?? response.statusText}${why ? `: ${why}` : ''}`);
    this.status = response.status;
    this.response = response;
    this.body = body;
    this.error = error;
    this.id = error?.id;
    this.flow = 'ui' in root && 'id' in root ? root : undefined;
    this.useFlowId = find('use_flow_id');
    this.redirectBrowserTo = find('redirect_browser_to');
    this.requestId = error?.request ?? response.headers.get('x-request-id') ?? undefined;
  }
}

/** The request never got an answer: offline, DNS, refused connection, CORS. Safe to retry. */
export class OryNetworkError extends OryClientError {
  override readonly name = 'OryNetworkError';
  readonly kind = 'network';
  constructor(operation: string, cause: unknown) {
    super(operation, 'the server could not be reached', { cause });
  }
}

/** No answer within the timeout. */
export class OryTimeoutError extends OryClientError {
  override readonly name = 'OryTimeoutError';
  readonly kind = 'timeout';
  constructor(operation: string, timeout: number, cause: unknown) {
    super(operation, `no answer within ${timeout} ms`, { cause });
  }
}

/** A 2xx (or error) answer whose body is not the JSON the operation promises. */
export class OryParseError extends OryClientError {
  override readonly name = 'OryParseError';
  readonly kind = 'parse';
  declare readonly status: number;
  declare readonly text: string;
  constructor(operation: string, status: number, text: string, cause: unknown) {
    super(operation, `${status}: the body is not JSON`, { cause });
    this.status = status;
    this.text = text;
  }
}

/** The call cannot be made as written, so nothing was sent: a required parameter is missing, or no base URL is set for the operation's server. */
export class OryInputError extends OryClientError {
  override readonly name = 'OryInputError';
  readonly kind = 'input';
}

/** Narrows an unknown error to an Ory answer, optionally with a given error id. */
export function isOryError(error: unknown, id?: string): error is OryError {
  return error instanceof OryError && (id === undefined || error.id === id);
}
