import type { RequestContext } from '../context.ts';
import type { Env } from '../env.ts';
import type { EmulatorResponse } from '../types.ts';
import { BodyParseError, isObject, str, type JsonObject } from '../http/body.ts';
import { base64url, buf, utf8 } from '../util/encoding.ts';
import { randomBytes } from '../util/random.ts';
import { oauth2 } from './errors.ts';
import type { JwkRecord } from './state.ts';
import { OAuth2Error } from '../errors.ts';

export const ID_TOKEN_SET = 'hydra.openid.id-token';
export const ACCESS_TOKEN_SET = 'hydra.jwt.access-token';

const PRIVATE = ['d', 'p', 'q', 'dp', 'dq', 'qi', 'k'];
/** Hydra's JSON Web Key field order. */
const ORDER = ['use', 'kty', 'kid', 'crv', 'alg', 'k', 'x', 'y', 'n', 'e', 'd', 'p', 'q', 'dp', 'dq', 'qi'];

function ordered(jwk: JsonObject, withPrivate: boolean): JsonObject {
  const out: JsonObject = {};
  for (const k of ORDER) if (jwk[k] !== undefined && (withPrivate || !PRIVATE.includes(k))) out[k] = jwk[k]!;
  return out;
}

type Alg = 'RS256' | 'RS512' | 'ES256' | 'ES512' | 'HS256' | 'HS512';

async function generate(alg: string, kid: string, use: string): Promise<JwkRecord> {
  const subtle = globalThis.crypto.subtle;
  let pair: CryptoKeyPair | undefined;
  let jwk: JsonWebKey;
  switch (alg as Alg) {
    case 'RS256':
    case 'RS512':
      pair = (await subtle.generateKey(
        { name: 'RSASSA-PKCS1-v1_5', modulusLength: 2048, publicExponent: new Uint8Array([1, 0, 1]), hash: alg === 'RS256' ? 'SHA-256' : 'SHA-512' },
        true,
        ['sign', 'verify'],
      )) as CryptoKeyPair;
      jwk = await subtle.exportKey('jwk', pair.privateKey);
      break;
    case 'ES256':
    case 'ES512':
      pair = (await subtle.generateKey({ name: 'ECDSA', namedCurve: alg === 'ES256' ? 'P-256' : 'P-521' }, true, ['sign', 'verify'])) as CryptoKeyPair;
      jwk = await subtle.exportKey('jwk', pair.privateKey);
      break;
    case 'HS256':
    case 'HS512':
      jwk = { kty: 'oct', k: base64url(randomBytes(alg === 'HS256' ? 32 : 64)) };
      break;
    default:
      throw new OAuth2Error(400, 'Bad Request', `Generator for algorithm '${alg}' is not supported.`);
  }
  const out: JsonObject = { use, kid, alg };
  for (const [k, v] of Object.entries(jwk)) if (typeof v === 'string' && !['key_ops', 'ext'].includes(k) && k !== 'alg') out[k] = v;
  return { jwk: out, ...(pair ? { privateKey: pair.privateKey } : {}) };
}

/** The id-token and access-token signing keys, generated on first use (RS256, 2048 bits). */
export async function ensureSigningKeys(env: Env): Promise<JwkRecord> {
  const sets = env.state.hydra.keySets;
  for (const set of [ID_TOKEN_SET, ACCESS_TOKEN_SET]) {
    if (!sets.get(set)?.length) sets.set(set, [await generate('RS256', env.newId(), 'sig')]);
  }
  return sets.get(ID_TOKEN_SET)![0]!;
}

/** A compact JWS (RS256/ES256 with a generated key). */
export async function signJwt(key: JwkRecord, claims: JsonObject): Promise<string> {
  if (!key.privateKey) throw new Error('this key can not sign');
  const header = { alg: key.jwk['alg'], kid: key.jwk['kid'], typ: 'JWT' };
  const input = `${base64url(utf8(JSON.stringify(header)))}.${base64url(utf8(JSON.stringify(claims)))}`;
  const algo = key.jwk['kty'] === 'EC' ? { name: 'ECDSA', hash: 'SHA-256' } : { name: 'RSASSA-PKCS1-v1_5' };
  const sig = new Uint8Array(await globalThis.crypto.subtle.sign(algo, key.privateKey, buf(utf8(input))));
  return `${input}.${base64url(sig)}`;
}

/** OIDC `at_hash`: the left half of SHA-256 of the access token. */
export async function atHash(accessToken: string): Promise<string> {
  const d = new Uint8Array(await globalThis.crypto.subtle.digest('SHA-256', buf(utf8(accessToken))));
  return base64url(d.slice(0, 16));
}

function setOrThrow(ctx: RequestContext, set: string): JwkRecord[] {
  const keys = ctx.env.state.hydra.keySets.get(set);
  if (!keys?.length) throw oauth2.notFound();
  return keys;
}

function readJson(ctx: RequestContext): JsonObject {
  try {
    return ctx.body().data;
  } catch (e) {
    throw oauth2.invalidRequest(e instanceof BodyParseError ? e.reason : String(e));
  }
}

function asJwk(v: unknown): JsonObject {
  if (!isObject(v as JsonObject) || typeof (v as JsonObject)['kty'] !== 'string' || typeof (v as JsonObject)['kid'] !== 'string') {
    throw new OAuth2Error(400, 'Bad Request', 'A JSON Web Key needs at least "kty" and "kid".');
  }
  return v as JsonObject;
}

export const keyHandlers = {
  async wellKnown(ctx: RequestContext): Promise<EmulatorResponse> {
    await ensureSigningKeys(ctx.env);
    const keys = [ID_TOKEN_SET, ACCESS_TOKEN_SET].flatMap((s) => (ctx.env.state.hydra.keySets.get(s) ?? []).slice(0, 1)).map((k) => ordered(k.jwk, false));
    return ctx.json(200, { keys });
  },
  async getSet(ctx: RequestContext, set: string): Promise<EmulatorResponse> {
    if (set.startsWith('hydra.')) await ensureSigningKeys(ctx.env);
    return ctx.json(200, { keys: setOrThrow(ctx, set).map((k) => ordered(k.jwk, true)) });
  },
  async createSet(ctx: RequestContext, set: string): Promise<EmulatorResponse> {
    const body = readJson(ctx);
    const alg = str(body, 'alg');
    const use = str(body, 'use') || 'sig';
    if (!alg) throw new OAuth2Error(400, 'Bad Request', 'The alg field is required.');
    if (use !== 'sig' && use !== 'enc') throw new OAuth2Error(400, 'Bad Request', 'The use field must be "sig" or "enc".');
    const record = await generate(alg, str(body, 'kid') || ctx.env.newId(), use);
    const sets = ctx.env.state.hydra.keySets;
    sets.set(set, [...(sets.get(set) ?? []), record]);
    return ctx.json(201, { keys: [ordered(record.jwk, true)] });
  },
  updateSet(ctx: RequestContext, set: string): EmulatorResponse {
    const body = readJson(ctx);
    const keys = Array.isArray(body['keys']) ? body['keys'].map(asJwk) : [];
    ctx.env.state.hydra.keySets.set(set, keys.map((jwk) => ({ jwk })));
    return ctx.json(200, { keys: keys.map((k) => ordered(k, true)) });
  },
  deleteSet(ctx: RequestContext, set: string): EmulatorResponse {
    setOrThrow(ctx, set);
    ctx.env.state.hydra.keySets.delete(set);
    return ctx.empty(204);
  },
  getKey(ctx: RequestContext, set: string, kid: string): EmulatorResponse {
    const key = setOrThrow(ctx, set).find((k) => k.jwk['kid'] === kid);
    if (!key) throw oauth2.notFound();
    return ctx.json(200, { keys: [ordered(key.jwk, true)] });
  },
  updateKey(ctx: RequestContext, set: string, kid: string): EmulatorResponse {
    const jwk = asJwk(readJson(ctx));
    if (jwk['kid'] !== kid) throw new OAuth2Error(400, 'Bad Request', 'The kid of the key does not match the kid in the URL.');
    const sets = ctx.env.state.hydra.keySets;
    const keys = (sets.get(set) ?? []).filter((k) => k.jwk['kid'] !== kid);
    sets.set(set, [...keys, { jwk }]);
    return ctx.json(200, ordered(jwk, true));
  },
  deleteKey(ctx: RequestContext, set: string, kid: string): EmulatorResponse {
    const keys = setOrThrow(ctx, set);
    if (!keys.some((k) => k.jwk['kid'] === kid)) throw oauth2.notFound();
    ctx.env.state.hydra.keySets.set(set, keys.filter((k) => k.jwk['kid'] !== kid));
    return ctx.empty(204);
  },
};
