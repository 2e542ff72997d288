// base64 as WebAuthn and Kratos use it. Kratos v0.11 sends the options' challenge, user id and
// credential ids as padded standard base64 (go-webauthn's `Challenge` and `[]byte` fields), newer
// servers unpadded base64url: we read both. Results go back as unpadded base64url, which is what
// go-webauthn's `URLEncodedBase64` parses.

/**
 * Decodes base64url or base64 (padding optional); `undefined` for anything else.
 * @example
 * ```ts
 * decodeBase64Url('AQID'); // Uint8Array [1, 2, 3]
 * decodeBase64Url('not base64!'); // undefined
 * ```
 */
export function decodeBase64Url(value: unknown): Uint8Array<ArrayBuffer> | undefined {
  if (typeof value !== 'string') return undefined;
  const std = value.replace(/-/g, '+').replace(/_/g, '/').replace(/=+$/, '');
  if (!/^[A-Za-z0-9+/]*$/.test(std) || std.length % 4 === 1) return undefined;
  const bin = atob(std + '='.repeat((4 - (std.length % 4)) % 4));
  const out = new Uint8Array(bin.length);
  for (let i = 0; i < bin.length; i++) out[i] = bin.charCodeAt(i);
  return out;
}

/**
 * Encodes bytes as unpadded base64url (what go-webauthn's `URLEncodedBase64` parses); `''` for none.
 * @example
 * ```ts
 * encodeBase64Url(new Uint8Array([251, 255])); // '-_8'
 * ```
 */
export function encodeBase64Url(value: ArrayBuffer | ArrayBufferView | null | undefined): string {
  if (!value) return '';
  const bytes = value instanceof ArrayBuffer ? new Uint8Array(value) : new Uint8Array(value.buffer, value.byteOffset, value.byteLength);
  let bin = '';
  for (let i = 0; i < bytes.length; i += 0x8000) bin += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(bin).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}
