// Sample inputs for every operation, built from the specs (never from our operation table), so the
// request tests compare our client against the contract rather than against itself.
import { readFileSync } from 'node:fs';

type Json = Record<string, unknown>;
interface SpecParam {
  name: string;
  in: 'path' | 'query' | 'header' | 'cookie';
  required?: boolean;
  schema?: { type?: string; items?: { type?: string } };
}
export interface SpecOperation {
  id: string;
  method: string;
  path: string;
  params: SpecParam[];
  contentTypes: string[];
  /** The spec marks the request body `required`. */
  bodyRequired: boolean;
  security: string[];
  /** What a 2xx answer carries: by the spec (with `$ref` responses resolved), or as the server answers where it differs. */
  successBody: 'json' | 'text' | 'none';
}

/**
 * Where the servers answer other than the spec says: Kratos v0.11 serves `webauthn.js` as
 * `text/javascript` (selfservice/strategy/webauthn/handler.go); the spec promises a JSON string.
 */
const SERVER_ANSWERS: Record<string, SpecOperation['successBody']> = { getWebAuthnJavaScript: 'text' };

const load = (file: string) => JSON.parse(readFileSync(new URL(`../spec/${file}`, import.meta.url), 'utf8')) as Json;

function operationsOf(spec: Json, pick: (id: string) => boolean): SpecOperation[] {
  const out: SpecOperation[] = [];
  for (const [path, item] of Object.entries(spec['paths'] as Record<string, Record<string, Json>>)) {
    for (const [method, op] of Object.entries(item)) {
      const id = op['operationId'] as string;
      if (!(op['tags'] as string[] | undefined)?.includes('v0alpha2') || !pick(id)) continue;
      const body = op['requestBody'] as { content?: Json; required?: boolean } | undefined;
      out.push({
        id,
        method: method.toUpperCase(),
        path,
        params: (op['parameters'] as SpecParam[] | undefined) ?? [],
        contentTypes: Object.keys(body?.content ?? {}),
        bodyRequired: body?.required === true,
        security: ((op['security'] as Json[] | undefined) ?? []).flatMap((s) => Object.keys(s)),
        successBody: SERVER_ANSWERS[id] ?? successBody(spec, op['responses'] as Record<string, Json>),
      });
    }
  }
  return out;
}

function successBody(spec: Json, responses: Record<string, Json>): SpecOperation['successBody'] {
  const types = Object.entries(responses)
    .filter(([code]) => code.startsWith('2'))
    .flatMap(([, r]) => {
      const resolved = typeof r['$ref'] === 'string' ? (r['$ref'].slice(2).split('/').reduce<Json>((n, k) => n[k] as Json, spec)) : r;
      return Object.keys((resolved['content'] as Json | undefined) ?? {});
    });
  return types.includes('application/json') ? 'json' : types.length > 0 ? 'text' : 'none';
}

export const specOperations: SpecOperation[] = [
  ...operationsOf(load('ory-client-v0alpha2.json'), () => true),
  ...operationsOf(load('kratos-v0alpha2.json'), (id) => id === 'getJsonSchema'),
].sort((a, b) => a.id.localeCompare(b.id));

/** A value per parameter that exercises escaping and encoding. */
export function sampleValue(param: SpecParam): unknown {
  const type = param.schema?.type;
  if (param.in === 'path') return `${param.name} /?#&é`;
  if (type === 'boolean') return true;
  if (type === 'integer' || type === 'number') return 7;
  if (type === 'array') return [`${param.name}-a`, `${param.name}-b`];
  return `${param.name}-value`;
}

/** The camelCase name the official SDKs give a parameter (`include_credential` → `includeCredential`). */
export const sdkName = (name: string) =>
  name
    .split(/[-_]/)
    .map((part, i) => (i === 0 ? part.charAt(0).toLowerCase() + part.slice(1) : part.charAt(0).toUpperCase() + part.slice(1)))
    .join('');

export const isFormOnly = (op: SpecOperation) =>
  op.contentTypes.length > 0 && !op.contentTypes.includes('application/json');

/** A body for the operation: form fields for form-only endpoints, a nested JSON object otherwise. */
export function sampleBody(op: SpecOperation): Json | undefined {
  if (op.contentTypes.length === 0) return undefined;
  if (isFormOnly(op)) {
    if (op.id === 'performOAuth2TokenFlow') {
      return { grant_type: 'authorization_code', client_id: 'c1', code: 'the code', redirect_uri: 'https://app.example/cb?x=1', refresh_token: 'r t' };
    }
    if (op.id === 'adminIntrospectOAuth2Token') return { token: 'tok en', scope: 'openid offline' };
    if (op.id === 'revokeOAuth2Token') return { token: 'tok en' };
    return { reason: 'no' };
  }
  return { method: 'password', traits: { email: 'a@example.com', name: { first: 'Ada' } }, list: ['x', 'y'], flag: true };
}

/** Our client's input for the operation: params by spec name (headers in camelCase) plus `body`. */
export function sampleInput(op: SpecOperation): Json {
  const input: Json = {};
  for (const p of op.params) input[p.in === 'header' ? sdkName(p.name) : p.name] = sampleValue(p);
  const body = sampleBody(op);
  if (body !== undefined) input['body'] = body;
  return input;
}
