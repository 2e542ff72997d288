// RFC 6238 TOTP (and the RFC 4648 base32 it needs), with node:crypto: what an authenticator app computes.
import { createHmac } from 'node:crypto';

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';

/** Decodes RFC 4648 base32 (case, spaces and padding ignored). */
export function base32Decode(input: string): Buffer {
  const clean = input.toUpperCase().replace(/[\s=-]/g, '');
  let bits = 0;
  let value = 0;
  const out: number[] = [];
  for (const char of clean) {
    const index = ALPHABET.indexOf(char);
    if (index < 0) throw new Error(`not base32: ${JSON.stringify(char)}`);
    value = (value << 5) | index;
    bits += 5;
    if (bits >= 8) {
      out.push((value >>> (bits - 8)) & 0xff);
      bits -= 8;
    }
  }
  return Buffer.from(out);
}

export interface TotpOptions {
  /** Milliseconds since the epoch (default: now). */
  time?: number;
  /** Seconds per step (default 30). */
  period?: number;
  digits?: number;
  algorithm?: 'sha1' | 'sha256' | 'sha512';
}

/** The HOTP value (RFC 4226) of a counter. */
export function hotp(key: Buffer, counter: number, digits = 6, algorithm: TotpOptions['algorithm'] = 'sha1'): string {
  const message = Buffer.alloc(8);
  message.writeBigUInt64BE(BigInt(counter));
  const mac = createHmac(algorithm, key).update(message).digest();
  const offset = mac[mac.length - 1]! & 0x0f;
  const binary = (mac.readUInt32BE(offset) & 0x7fffffff) % 10 ** digits;
  return binary.toString().padStart(digits, '0');
}

/** The TOTP code for a base32 secret (as Kratos shows it) at a time. */
export function totp(secret: string, options: TotpOptions = {}): string {
  const { time = Date.now(), period = 30, digits = 6, algorithm = 'sha1' } = options;
  return hotp(base32Decode(secret), Math.floor(time / 1000 / period), digits, algorithm);
}

/** The parameters of an `otpauth://totp/…` URI (the content of the QR code). */
export function parseOtpauth(uri: string): { secret: string; period: number; digits: number; algorithm: TotpOptions['algorithm'] } {
  const url = new URL(uri);
  const q = url.searchParams;
  return {
    secret: q.get('secret') ?? '',
    period: Number(q.get('period') ?? 30),
    digits: Number(q.get('digits') ?? 6),
    algorithm: (q.get('algorithm') ?? 'SHA1').toLowerCase() as TotpOptions['algorithm'],
  };
}

/**
 * The code an authenticator app shows for `secret` now by the server's clock, waiting out the last 2 s of
 * a step so the code does not roll over between typing and checking.
 */
export async function totpAt(secret: string, serverNow: () => Promise<number>): Promise<string> {
  let now = await serverNow();
  const left = 30_000 - (now % 30_000);
  if (left < 2_000) {
    await new Promise((r) => setTimeout(r, left + 100));
    now = await serverNow();
  }
  return totp(secret, { time: now });
}
