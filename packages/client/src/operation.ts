import type { OperationId, OperationTypes } from './generated/operation-types.ts';
import type { OryClient } from './client.ts';
import { send } from './request.ts';

/** The server that answers an operation. An Ory Network project answers all of them from one URL. */
export type Service = 'kratosPublic' | 'kratosAdmin' | 'hydraPublic' | 'hydraAdmin' | 'network';

/** What the operation table says about one operation: data, not code. */
export interface OperationDef {
  readonly method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  /** The path template; its `{name}` parts are required path parameters. */
  readonly path: string;
  /** Defaults to `kratosPublic`. */
  readonly service?: Service;
  readonly query?: readonly string[];
  readonly header?: readonly string[];
  /** Required query and header parameters, and `body` when the body is required. */
  readonly required?: readonly string[];
  readonly body?: 'required' | 'optional';
  /** `allowed`: JSON by default, form on request; `only`: always `application/x-www-form-urlencoded`. */
  readonly form?: 'allowed' | 'only';
  /** `apiKey`: the client's API key; `bearer`/`basic`: credentials passed per call. */
  readonly auth?: 'apiKey' | 'bearer' | 'basic';
  /** `text` for the WebAuthn script, `none` for 204/302 answers; JSON otherwise. */
  readonly response?: 'text' | 'none';
}

// ---- types derived from the generated OpenAPI operations ----

type Spec<Id extends OperationId> = OperationTypes[Id];
type Params<Id extends OperationId> = Spec<Id> extends { parameters: infer P } ? P : never;
type Part<P, K extends string> = P extends { [key in K]?: infer V } ? ([V] extends [never] ? unknown : V extends undefined ? unknown : NonNullable<V>) : unknown;

type Pascal<S extends string> = S extends `${infer Head}-${infer Tail}`
  ? `${Capitalize<Lowercase<Head>>}${Pascal<Tail>}`
  : Capitalize<Lowercase<S>>;
/** `X-Session-Token` → `xSessionToken`, `Cookie` → `cookie`: header parameters as the official SDKs name them. */
export type HeaderParamName<S extends string> = Uncapitalize<Pascal<S>>;
type Camelized<H> = unknown extends H ? unknown : { [K in keyof H as HeaderParamName<K & string>]: H[K] };

type BodyOf<Id extends OperationId> = Spec<Id> extends { requestBody?: infer B }
  ? B extends { content: infer C }
    ? C[keyof C]
    : never
  : never;
type BodyPart<Id extends OperationId> = [BodyOf<Id>] extends [never]
  ? unknown
  : Spec<Id> extends { requestBody: object }
    ? { body: BodyOf<Id> }
    : { body?: BodyOf<Id> };

type Flatten<T> = { [K in keyof T]: T[K] } & {};

/**
 * The input of an operation: path and query parameters by their spec names, header parameters in camelCase
 * (`xSessionToken`, `cookie`), and the request `body`.
 */
export type OperationInput<Id extends OperationId> = Flatten<
  Part<Params<Id>, 'path'> & Part<Params<Id>, 'query'> & Camelized<Part<Params<Id>, 'header'>> & BodyPart<Id>
>;

// Only numeric 2xx codes: `default` (an error body) is not a success.
type Success<R> = { [C in keyof R]: C extends number ? (`${C}` extends `2${string}` ? R[C] : never) : never }[keyof R];
type ContentOf<R> = R extends { content: infer C } ? C[keyof C] : void;

/** What an operation resolves to: the parsed 2xx body, or `void` for 204/302 answers. */
export type OperationOutput<Id extends OperationId> = Spec<Id> extends { responses: infer R } ? ContentOf<Success<R>> : never;

/** Per-call options: everything ky's fetch options allow that makes sense per request, plus credentials. */
export interface CallOptions {
  /** Cancels the request. TanStack Query passes its own. */
  signal?: AbortSignal;
  /** Extra headers for this request; they win over the client's. */
  headers?: Record<string, string>;
  /**
   * Milliseconds before the call fails with `OryTimeoutError`, for all of it: every attempt, the waits between
   * retries (a longer `Retry-After` ends the call) and reading the body. `false` disables it.
   */
  timeout?: number | false;
  /** Sends a `application/x-www-form-urlencoded` body where the spec allows one (self-service submits). */
  form?: boolean;
  /** `Authorization: Bearer …` for operations that take a user's token (userinfo, dynamic client registration). */
  bearer?: string;
  /** `Authorization: Basic …` for the OAuth2 token and revocation endpoints. */
  basic?: { username: string; password: string };
  /** Retries for this call (idempotent methods only); wins over the client's `retry`. The hooks pass 0: TanStack Query retries them. */
  retry?: number;
  /** Query parameters newer servers accept beyond the spec, e.g. `login_challenge` (Kratos v0.11 with Hydra). */
  query?: Record<string, string>;
}

type RequiredKeys<T> = { [K in keyof T]-?: {} extends Pick<T, K> ? never : K }[keyof T];
/** The input may be left out when nothing in it is required. */
export type OperationArgs<Id extends OperationId> = [RequiredKeys<OperationInput<Id>>] extends [never]
  ? [input?: OperationInput<Id>, options?: CallOptions]
  : [input: OperationInput<Id>, options?: CallOptions];

/**
 * One operation: call it with a client; read its `def` to build on it (the hooks do). The operationId is
 * its export name and its type parameter; at run time errors name it by method and path, which keeps
 * 97 id strings out of bundles.
 */
export interface Operation<Id extends OperationId> {
  (client: OryClient, ...args: OperationArgs<Id>): Promise<OperationOutput<Id>>;
  readonly def: OperationDef;
  /** Type-level only: the operationId. */
  readonly __id?: Id;
}

/** Flattens a body into form fields (`formBody`). */
export type FormEncoder = (body: Record<string, unknown>) => URLSearchParams;

/**
 * Builds one entry of the operation table. Called only by the generated `operations.ts`, which passes
 * `formBody` to the operations whose `def.form` is set: the others' bundles do not carry it.
 */
export function defineOperation<Id extends OperationId>(def: OperationDef, encodeForm?: FormEncoder): Operation<Id> {
  const call = (client: OryClient, input?: object, options?: CallOptions) =>
    send(client, def, (input ?? {}) as Record<string, unknown>, options, encodeForm) as Promise<OperationOutput<Id>>;
  return Object.assign(call, { def });
}
