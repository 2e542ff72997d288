// A software authenticator for tests: answers the options in a WebAuthn trigger's `onclick` with the
// JSON Kratos' handler parses (attestation format "none", unsigned assertions: the emulator checks the
// shape, the challenge, the origin, the RP ID hash and the credential id, not signatures).
import { createHash, randomBytes } from 'node:crypto';

const b64url = (b: Uint8Array) => Buffer.from(b).toString('base64url');

/** A minimal CBOR writer (unsigned/negative integers, byte and text strings, maps). */
function cbor(v: unknown): Buffer {
  const head = (major: number, n: number) => {
    if (n < 24) return Buffer.from([(major << 5) | n]);
    if (n < 256) return Buffer.from([(major << 5) | 24, n]);
    return Buffer.from([(major << 5) | 25, n >> 8, n & 255]);
  };
  if (typeof v === 'number') return v >= 0 ? head(0, v) : head(1, -1 - v);
  if (typeof v === 'string') return Buffer.concat([head(3, Buffer.byteLength(v)), Buffer.from(v)]);
  if (v instanceof Uint8Array) return Buffer.concat([head(2, v.length), v]);
  if (v instanceof Map) return Buffer.concat([head(5, v.size), ...[...v].flatMap(([k, x]) => [cbor(k), cbor(x)])]);
  throw new Error(`cbor: unsupported ${typeof v}`);
}

/** The browser puts the challenge into clientDataJSON as unpadded base64url (Kratos sends it padded, standard). */
const asClientChallenge = (c: string) => Buffer.from(c, 'base64').toString('base64url');

function optionsOf(onclick: unknown): { challenge: string; rp?: { id: string }; rpId?: string } {
  const s = String(onclick);
  return (JSON.parse(s.slice(s.indexOf('(') + 1, s.lastIndexOf(')'))) as { publicKey: { challenge: string; rp?: { id: string }; rpId?: string } }).publicKey;
}

export interface SoftAuthenticator {
  /** The `webauthn_register` value for a registration trigger's `onclick`. */
  register(onclick: unknown, overrides?: { origin?: string; type?: string; challenge?: string; rpId?: string }): string;
  /** The `webauthn_login` value for a login trigger's `onclick` (with the first key registered). */
  login(onclick: unknown, overrides?: { credentialId?: string; challenge?: string }): string;
  readonly ids: string[];
}

export function softAuthenticator(origin: string): SoftAuthenticator {
  const ids: string[] = [];
  const clientData = (type: string, challenge: string, o = origin) => Buffer.from(JSON.stringify({ type, challenge, origin: o, crossOrigin: false }));
  const rpHash = (rpId: string) => createHash('sha256').update(rpId).digest();
  return {
    ids,
    register(onclick, o = {}) {
      const opts = optionsOf(onclick);
      const id = randomBytes(16);
      ids.push(b64url(id));
      const coseKey = new Map<number, unknown>([[1, 2], [3, -7], [-1, 1], [-2, randomBytes(32)], [-3, randomBytes(32)]]);
      const len = Buffer.from([id.length >> 8, id.length & 255]);
      const authData = Buffer.concat([rpHash(o.rpId ?? opts.rp?.id ?? ''), Buffer.from([0x45, 0, 0, 0, 0]), Buffer.alloc(16), len, id, cbor(coseKey)]);
      const attestationObject = cbor(new Map<string, unknown>([['fmt', 'none'], ['attStmt', new Map()], ['authData', authData]]));
      return JSON.stringify({
        id: b64url(id),
        rawId: b64url(id),
        type: 'public-key',
        response: { attestationObject: b64url(attestationObject), clientDataJSON: b64url(clientData(o.type ?? 'webauthn.create', o.challenge ?? asClientChallenge(opts.challenge), o.origin)) },
      });
    },
    login(onclick, o = {}) {
      const opts = optionsOf(onclick);
      const id = o.credentialId ?? ids[0] ?? '';
      const authenticatorData = Buffer.concat([rpHash(opts.rpId ?? ''), Buffer.from([0x05, 0, 0, 0, 1])]);
      return JSON.stringify({
        id,
        rawId: id,
        type: 'public-key',
        response: {
          authenticatorData: b64url(authenticatorData),
          clientDataJSON: b64url(clientData('webauthn.get', o.challenge ?? asClientChallenge(opts.challenge))),
          signature: b64url(randomBytes(64)),
          userHandle: '',
        },
      });
    },
  };
}
