import { encodeBase64Url } from './codec.ts';
import type { WebAuthnRequest } from './options.ts';

// A credential as Kratos v0.11 reads it: go-webauthn's JSON with unpadded base64url fields.

const bytes = (v: unknown): string => encodeBase64Url(v instanceof ArrayBuffer || ArrayBuffer.isView(v) ? v : null);

/**
 * Encodes a credential the way Kratos v0.11 parses `webauthn_register` / `webauthn_login`.
 * @example
 * ```ts
 * const json = encodeCredential('create', credential);
 * // '{"id":"…","rawId":"…","type":"public-key","response":{"attestationObject":"…","clientDataJSON":"…"}}'
 * ```
 */
export function encodeCredential(ceremony: WebAuthnRequest['ceremony'], credential: PublicKeyCredential): string {
  const r = credential.response as AuthenticatorResponse & Partial<AuthenticatorAttestationResponse & AuthenticatorAssertionResponse>;
  const response =
    ceremony === 'create'
      ? { attestationObject: bytes(r.attestationObject), clientDataJSON: bytes(r.clientDataJSON) }
      : {
          authenticatorData: bytes(r.authenticatorData),
          clientDataJSON: bytes(r.clientDataJSON),
          signature: bytes(r.signature),
          userHandle: bytes(r.userHandle),
        };
  return JSON.stringify({ id: credential.id, rawId: bytes(credential.rawId), type: credential.type, response });
}
