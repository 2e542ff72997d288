import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';
import { Ajv, type ValidateFunction } from 'ajv';
import addFormatsModule from 'ajv-formats';

// Validates emulator responses against the OpenAPI spec of @ory/client v0.2.0-alpha.60 (the seed's
// spec), compiling the response schema of an operation + status with Ajv over the spec's
// components. OpenAPI's `nullable` is Ajv-native; `int64`/`uuid4` are accepted as formats.

const SPEC_PATH = process.env['ORYKIT_SPEC'] ?? join(dirname(fileURLToPath(import.meta.url)), '../../client/spec/ory-client-v0alpha2.json');

interface Operation {
  id: string;
  method: string;
  path: string;
  re: RegExp;
  responses: Record<string, unknown>;
}

type Spec = {
  paths: Record<string, Record<string, { operationId?: string; responses?: Record<string, unknown> }>>;
  components: { schemas: Record<string, unknown>; responses: Record<string, unknown> };
};

const spec = JSON.parse(readFileSync(SPEC_PATH, 'utf8')) as Spec;

type SchemaObject = Record<string, unknown>;

/** OpenAPI 3.0 `nullable` as JSON Schema: `type: [t, 'null']` (Ajv refuses `nullable` without `type`). */
function nullableToTypes(node: unknown): void {
  if (Array.isArray(node)) return node.forEach(nullableToTypes);
  if (!node || typeof node !== 'object') return;
  const o = node as SchemaObject;
  if (o['nullable'] === true) {
    if (typeof o['type'] === 'string') o['type'] = [o['type'], 'null'];
    delete o['nullable'];
  }
  for (const v of Object.values(o)) nullableToTypes(v);
}

function prop(schema: string, name: string): SchemaObject {
  const s = spec.components.schemas[schema] as { properties: Record<string, SchemaObject> };
  const p = s.properties[name];
  if (!p) throw new Error(`spec errata: ${schema}.${name} not found`);
  return p;
}

function allowNull(schema: string, ...names: string[]): void {
  for (const name of names) {
    const p = prop(schema, name);
    if (typeof p['type'] === 'string') p['type'] = [p['type'], 'null'];
    else if (!Array.isArray(p['type'])) {
      const copy = { ...p };
      for (const k of Object.keys(p)) delete p[k];
      p['anyOf'] = [copy, { type: 'null' }];
    }
  }
}

/**
 * Spec errata: where the real Kratos v0.11.0 / Hydra v2.1.2 answers (e2e/servers/fixtures) break
 * the spec, the spec is corrected here, each with the fixture that shows it.
 */
function applyErrata(): void {
  nullableToTypes(spec.components);
  // admin-identity-get.json: `"metadata_public": null`, `"metadata_admin": null`.
  allowNull('identity', 'metadata_public', 'metadata_admin');
  // login-browser.json: `"oauth2_login_challenge": null` (a uuid.NullUUID).
  for (const s of ['selfServiceLoginFlow', 'selfServiceRegistrationFlow']) {
    const props = (spec.components.schemas[s] as { properties: Record<string, SchemaObject> }).properties;
    props['oauth2_login_challenge'] ??= { type: ['string', 'null'] };
    if (props['oauth2_login_challenge']['type'] === 'string') props['oauth2_login_challenge']['type'] = ['string', 'null'];
  }
  // Kratos' login/hook.go sets `response.Session.Identity = nil` when the session still needs AAL2:
  // the login answer then carries `"identity": null`.
  allowNull('session', 'identity');
  // session/session.go: Device.UserAgent and friends are *string; a request without a User-Agent
  // header gives `"user_agent": null`.
  allowNull('sessionDevice', 'user_agent', 'ip_address', 'location');
  // hydra-admin-consent-request.json: `"context": null`.
  allowNull('oAuth2ConsentRequest', 'context');
  // hydra-client-create.json: unset lists are `null` (contacts, allowed_cors_origins, audience…).
  const client = (spec.components.schemas['oAuth2Client'] as { properties: Record<string, SchemaObject> }).properties;
  for (const [name, p] of Object.entries(client)) if (p['type'] === 'array' || p['$ref']) allowNull('oAuth2Client', name);
  // hydra-oauth2-token.json: `id_token` and `scope` are strings (the spec says integer).
  prop('oAuth2TokenResponse', 'id_token')['type'] = 'string';
  prop('oAuth2TokenResponse', 'scope')['type'] = 'string';
}

try {
  applyErrata();
} catch (e) {
  throw new Error(`spec errata could not be applied: ${(e as Error).message}`, { cause: e });
}

const ajv = new Ajv({ strict: false, allErrors: true });
const addFormats = addFormatsModule as unknown as (a: Ajv) => void;
addFormats(ajv);
for (const f of ['int64', 'int32', 'uuid4', 'float', 'double']) ajv.addFormat(f, true);
ajv.addSchema({ $id: 'spec', components: spec.components });

const operations: Operation[] = [];
for (const [path, methods] of Object.entries(spec.paths)) {
  for (const [method, op] of Object.entries(methods)) {
    if (!op.operationId || !op.responses) continue;
    const re = new RegExp('^' + path.replace(/\{[^}]+\}/g, '[^/]+') + '$');
    operations.push({ id: op.operationId, method: method.toUpperCase(), path, re, responses: op.responses });
  }
}

/** The spec operation a request hits, or undefined for paths the spec does not know. */
export function operationFor(method: string, pathname: string): Operation | undefined {
  return operations.find((o) => o.method === method && o.re.test(pathname));
}

const GENERIC_ERROR = { $ref: 'spec#/components/schemas/genericError' };
const OAUTH2_ERROR = { $ref: 'spec#/components/schemas/oAuth2ApiError' };

/**
 * Where the real servers and the spec disagree, the real servers win (they are the reference);
 * each entry names the source that shows what Kratos v0.11 / Hydra v2 actually send.
 */
const ERRATA: Array<{ match: (op: Operation, status: number) => boolean; schema: object; why: string }> = [
  {
    // selfServiceBrowserLocationChangeRequiredError is flat in the spec (required `message`), but
    // Kratos' flow.BrowserLocationChangeRequiredError embeds the herodot error under `error`.
    match: (_op, status) => status === 422,
    schema: { type: 'object', required: ['error', 'redirect_browser_to'], properties: { error: GENERIC_ERROR, redirect_browser_to: { type: 'string' } } },
    why: 'kratos selfservice/flow/error.go BrowserLocationChangeRequiredError',
  },
  {
    // Hydra v2 writes every error as RFC 6749 `{error, error_description}` (x/error_enhancer.go),
    // also where the spec says genericError (clients, trusted issuers).
    match: (op, status) => status >= 400 && /OAuth2Client|JwtGrantIssuer|dynamicClientRegistration/.test(op.id),
    schema: OAUTH2_ERROR,
    why: 'hydra x/error_enhancer.go',
  },
];

/** Submits answer 400 with a JSON error instead of the flow when there is no flow (bad or missing `?flow=`). */
function withJsonErrorFor400(op: Operation, status: number, schema: object): object {
  return status === 400 && op.id.startsWith('submitSelfService') ? { anyOf: [schema, { $ref: 'spec#/components/schemas/jsonError' }] } : schema;
}

const cache = new Map<string, ValidateFunction>();

function schemaFor(op: Operation, status: number): object | 'empty' | undefined {
  const erratum = ERRATA.find((e) => e.match(op, status));
  if (erratum) return erratum.schema;
  const r = (op.responses[String(status)] ?? op.responses['default']) as { $ref?: string; content?: Record<string, { schema?: object }> } | undefined;
  // Kratos answers errors the spec does not list (403 CSRF on submits, 400 session_already_available
  // on browser registration: login-browser-submit-without-csrf, registration-browser-while-signed-in)
  // with its usual JSON error body.
  if (!r) return status >= 400 ? { $ref: 'spec#/components/schemas/jsonError' } : undefined;
  const resolved = r.$ref ? (spec.components.responses[r.$ref.split('/').pop()!] as typeof r) : r;
  const schema = resolved?.content?.['application/json']?.schema;
  if (!schema) return 'empty';
  return withJsonErrorFor400(op, status, JSON.parse(JSON.stringify(schema).replace(/"#\/components\//g, '"spec#/components/')) as object);
}

export interface ResponseCheck {
  operationId: string;
  status: number;
  errors: string[];
}

/** Validates one response; `errors` is empty when the spec accepts it. */
export function validateResponse(method: string, url: string, status: number, contentType: string | undefined, body: string | undefined): ResponseCheck | undefined {
  const pathname = new URL(url, 'http://x').pathname;
  const op = operationFor(method, pathname);
  if (!op) return undefined;
  const out: ResponseCheck = { operationId: op.id, status, errors: [] };
  const schema = schemaFor(op, status);
  if (schema === undefined) {
    out.errors.push(`status ${status} is not documented for ${op.id}`);
    return out;
  }
  if (schema === 'empty') return out;
  if (!contentType?.startsWith('application/json')) {
    if (status >= 300 && status < 400) return out;
    // The spec types webauthn.js as a JSON string; Kratos serves it as text/javascript.
    if (op.id === 'getWebAuthnJavaScript' && contentType?.startsWith('text/javascript')) return out;
    out.errors.push(`expected JSON, got ${contentType ?? 'no content type'}`);
    return out;
  }
  let json: unknown;
  try {
    json = JSON.parse(body ?? '');
  } catch {
    out.errors.push('body is not JSON');
    return out;
  }
  const key = `${op.id} ${status}`;
  let validate = cache.get(key);
  if (!validate) {
    validate = ajv.compile(schema);
    cache.set(key, validate);
  }
  if (!validate(json)) {
    out.errors = (validate.errors ?? []).map((e) => `${e.instancePath || '/'} ${e.message ?? ''} ${JSON.stringify(e.params)}`);
  }
  return out;
}

export const allOperationIds = (): string[] => operations.map((o) => o.id);
