import type { RequestContext } from '../../context.ts';
import { oryError } from '../../errors.ts';
import { str, type JsonObject } from '../../http/body.ts';
import { readCbor } from '../../util/cbor.ts';
import { base64url, fromBase64, fromUtf8 } from '../../util/encoding.ts';

// What go-webauthn checks of a WebAuthn response and the emulator can check too: the JSON shape with
// unpadded base64url fields, clientDataJSON's type, challenge and origin, the RP ID hash and the
// user-present flag in the authenticator data, the attested credential id, and (at sign-in) that the
// credential is one of the identity's. Signatures are not verified. A wrong encoding fails here as it
// does on Kratos: a parse error is a 400, a failed check at registration a 500 (CreateCredential), at
// sign-in the validation message Kratos sends.

const enc = (v: unknown) => (typeof v === 'string' ? v : '');

/** Strict unpadded base64url, as go-webauthn's URLEncodedBase64 reads it. */
function b64url(value: unknown, what: string): Uint8Array {
  const s = enc(value);
  const bytes = /^[A-Za-z0-9_-]*$/.test(s) ? fromBase64(s) : undefined;
  if (!bytes || (s !== '' && base64url(bytes) !== s)) throw new Error(`${what} is not unpadded base64url`);
  return bytes;
}

function parseJsonObject(raw: string): JsonObject {
  const v = JSON.parse(raw) as unknown;
  if (typeof v !== 'object' || v === null || Array.isArray(v)) throw new Error('not a JSON object');
  return v as JsonObject;
}

interface Parsed {
  id: string;
  rawId: Uint8Array;
  response: JsonObject;
  clientData: { type: string; challenge: string; origin: string };
}

function parse(raw: string, fields: string[]): Parsed {
  const body = parseJsonObject(raw);
  const id = str(body, 'id');
  if (!id) throw new Error('Missing ID');
  const idBytes = b64url(id, 'id');
  if (idBytes.length === 0) throw new Error('ID not base64.RawURLEncoded');
  if (str(body, 'type') !== 'public-key') throw new Error('Type not public-key');
  const rawId = b64url(body['rawId'], 'rawId');
  const response = body['response'];
  if (typeof response !== 'object' || response === null || Array.isArray(response)) throw new Error('Missing response');
  for (const f of fields) b64url((response as JsonObject)[f], `response.${f}`);
  const cd = parseJsonObject(fromUtf8(b64url((response as JsonObject)['clientDataJSON'], 'clientDataJSON')));
  return { id, rawId, response: response as JsonObject, clientData: { type: str(cd, 'type'), challenge: str(cd, 'challenge'), origin: str(cd, 'origin') } };
}

function same(a: Uint8Array, b: Uint8Array): boolean {
  return a.length === b.length && a.every((x, i) => x === b[i]);
}

function checkClientData(ctx: RequestContext, p: Parsed, type: string, challenge: string): void {
  if (p.clientData.type !== type) throw new Error(`clientDataJSON type is ${JSON.stringify(p.clientData.type)}, expected ${type}`);
  if (p.clientData.challenge !== challenge) throw new Error('clientDataJSON challenge does not match the one issued');
  if (p.clientData.origin !== ctx.env.options.webauthn.origin) throw new Error(`clientDataJSON origin ${p.clientData.origin} is not ${ctx.env.options.webauthn.origin}`);
}

/** The authenticator data's RP ID hash and user-present flag; returns the flags byte. */
function checkAuthData(ctx: RequestContext, authData: Uint8Array): number {
  if (authData.length < 37) throw new Error('authenticator data too short');
  if (!same(authData.slice(0, 32), ctx.prepared.webauthnRpIdHash)) throw new Error('RP ID hash does not match');
  const flags = authData[32] ?? 0;
  if (!(flags & 0x01)) throw new Error('user not present');
  return flags;
}

/**
 * Checks a `webauthn_register` value against the challenge issued with the flow; returns the new
 * credential's id (base64url, as Kratos stores it).
 * @example
 * ```ts
 * const id = verifyAttestation(ctx, str(body, 'webauthn_register'), f.internal['webauthn_challenge']);
 * ```
 */
export function verifyAttestation(ctx: RequestContext, raw: string, challenge: string): string {
  let p: Parsed;
  try {
    p = parse(raw, ['attestationObject', 'clientDataJSON']);
  } catch (e) {
    throw oryError(400, { reason: `Unable to parse WebAuthn response: ${(e as Error).message}` });
  }
  try {
    checkClientData(ctx, p, 'webauthn.create', challenge);
    const att = readCbor(b64url(p.response['attestationObject'], 'attestationObject')).value;
    const authData = att instanceof Map ? att.get('authData') : undefined;
    if (!(authData instanceof Uint8Array)) throw new Error('attestation object without authData');
    const flags = checkAuthData(ctx, authData);
    if (!(flags & 0x40)) throw new Error('no attested credential data');
    const len = ((authData[53] ?? 0) << 8) | (authData[54] ?? 0);
    const credentialId = authData.slice(55, 55 + len);
    if (credentialId.length !== len || !same(credentialId, p.rawId)) throw new Error('attested credential id is not rawId');
    return base64url(credentialId);
  } catch (e) {
    throw oryError(500, { reason: `Unable to create WebAuthn credential: ${(e as Error).message}` });
  }
}

/**
 * Checks a `webauthn_login` value against the flow's challenge; returns the credential id used, or
 * throws `invalid()` (Kratos' "verifier wrong" message) when a check fails.
 * @example
 * ```ts
 * const id = verifyAssertion(ctx, raw, challenge, keys.map((k) => k.id), () => validationError('', text.totpVerifierWrong()));
 * ```
 */
export function verifyAssertion(ctx: RequestContext, raw: string, challenge: string, known: string[], invalid: () => Error): string {
  let p: Parsed;
  try {
    p = parse(raw, ['authenticatorData', 'clientDataJSON', 'signature']);
  } catch (e) {
    throw oryError(400, { reason: 'Unable to parse WebAuthn response.', debug: (e as Error).message });
  }
  try {
    checkClientData(ctx, p, 'webauthn.get', challenge);
    checkAuthData(ctx, b64url(p.response['authenticatorData'], 'authenticatorData'));
  } catch {
    throw invalid();
  }
  const id = base64url(p.rawId);
  if (!known.includes(id)) throw invalid();
  return id;
}
