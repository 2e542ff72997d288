import { base32Decode } from './base32.ts';
import { hmacSha1 } from './sha1.ts';

export interface TotpOptions {
  /** Seconds per step (default 30). */
  period?: number;
  /** Code length (default 6). */
  digits?: number;
}

/** RFC 4226 HOTP value for a counter. */
export function hotp(key: Uint8Array, counter: number, digits = 6): string {
  const msg = new Uint8Array(8);
  const view = new DataView(msg.buffer);
  view.setUint32(0, Math.floor(counter / 2 ** 32));
  view.setUint32(4, counter >>> 0);
  const mac = hmacSha1(key, msg);
  const offset = mac[19]! & 0x0f;
  const bin = ((mac[offset]! & 0x7f) << 24) | (mac[offset + 1]! << 16) | (mac[offset + 2]! << 8) | mac[offset + 3]!;
  return String(bin % 10 ** digits).padStart(digits, '0');
}

/**
 * RFC 6238 TOTP (HMAC-SHA1, 30 s, 6 digits) for a base32 secret at `time` (epoch ms, default now).
 * Tests compute codes with it from the secret the settings flow shows.
 */
export function totp(secret: string, time: number = Date.now(), o: TotpOptions = {}): string {
  const key = base32Decode(secret);
  if (!key) throw new Error('The TOTP secret is not valid base32.');
  return hotp(key, Math.floor(time / 1000 / (o.period ?? 30)), o.digits ?? 6);
}

/** pquerna/otp's totp.Validate: the code of this step or the one before or after. */
export function verifyTotp(secret: string, code: string, time: number = Date.now()): boolean {
  if (!/^\d{6}$/.test(code)) return false;
  for (const skew of [0, -1, 1]) {
    if (totp(secret, time + skew * 30_000) === code) return true;
  }
  return false;
}
