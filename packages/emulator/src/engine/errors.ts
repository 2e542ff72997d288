import type { JsonObject, Json } from './http/body.ts';

/** herodot's DefaultError, the `error` object of Ory's JSON error bodies. */
export interface DefaultError {
  id?: string;
  code: number;
  status: string;
  request?: string;
  reason?: string;
  debug?: string;
  details?: Record<string, Json>;
  message: string;
}

const STATUS_TEXT: Record<number, string> = {
  400: 'Bad Request',
  401: 'Unauthorized',
  403: 'Forbidden',
  404: 'Not Found',
  405: 'Method Not Allowed',
  409: 'Conflict',
  410: 'Gone',
  413: 'Request Entity Too Large',
  415: 'Unsupported Media Type',
  422: 'Unprocessable Entity',
  500: 'Internal Server Error',
};

export function statusText(code: number): string {
  return STATUS_TEXT[code] ?? 'Error';
}

const DEFAULT_MESSAGES: Record<number, string> = {
  400: 'The request was malformed or contained invalid parameters',
  401: 'The request could not be authorized',
  403: 'The requested action was forbidden',
  404: 'The requested resource could not be found',
  409: 'The resource could not be created due to a conflict',
  410: 'The requested resource is no longer available because it has expired or is otherwise invalid.',
  415: 'The request is using an unknown content type',
  500: 'An internal server error occurred, please contact the system administrator',
};

export interface ErrorInit {
  id?: string;
  reason?: string;
  message?: string;
  debug?: string;
  details?: Record<string, Json>;
}

/** Builds a herodot DefaultError (field order as herodot marshals it). */
export function defaultError(code: number, init: ErrorInit = {}): DefaultError {
  const e: DefaultError = { code, status: statusText(code), message: '' };
  const out: DefaultError = {
    ...(init.id ? { id: init.id } : {}),
    code: e.code,
    status: e.status,
    ...(init.reason ? { reason: init.reason } : {}),
    ...(init.debug ? { debug: init.debug } : {}),
    ...(init.details && Object.keys(init.details).length ? { details: init.details } : {}),
    message: init.message ?? DEFAULT_MESSAGES[code] ?? statusText(code),
  };
  return out;
}

/**
 * An error that answers with Ory's JSON error body `{ error: {...}, ...extra }`.
 * `extra` carries the top-level fields some errors add (`redirect_browser_to`, `use_flow_id`, …).
 */
export class OryError extends Error {
  constructor(
    readonly error: DefaultError,
    readonly extra: JsonObject = {},
  ) {
    super(error.reason ?? error.message);
  }
  get status(): number {
    return this.error.code;
  }
  get id(): string | undefined {
    return this.error.id;
  }
  body(): JsonObject {
    return { error: this.error as unknown as JsonObject, ...this.extra };
  }
}

export function oryError(code: number, init: ErrorInit = {}, extra: JsonObject = {}): OryError {
  return new OryError(defaultError(code, init), extra);
}

/** RFC 6749 errors as Hydra writes them: `{ error, error_description }`. */
export class OAuth2Error extends Error {
  constructor(
    readonly status: number,
    readonly error: string,
    readonly description: string,
    readonly hint?: string,
  ) {
    super(description);
  }
  body(): JsonObject {
    const description = (this.hint ? `${this.description} ${this.hint}` : this.description).replace(/"/g, "'");
    return { error: this.error, error_description: description };
  }
}
