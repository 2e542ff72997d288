import { describe, expect, it } from 'vitest';
import { base32Decode, hotp, totp } from './totp.ts';

// RFC 6238 appendix B (SHA-1, 8 digits, secret "12345678901234567890") and RFC 4226 appendix D.
describe('totp', () => {
  const secret = 'GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ'; // base32 of "12345678901234567890"

  it('decodes base32', () => {
    expect(base32Decode(secret).toString()).toBe('12345678901234567890');
    expect(base32Decode('mzxw6ytb oi======').toString()).toBe('foobar');
  });

  it('matches RFC 4226 HOTP values', () => {
    const key = Buffer.from('12345678901234567890');
    expect([0, 1, 2, 9].map((c) => hotp(key, c))).toEqual(['755224', '287082', '359152', '520489']);
  });

  it.each([
    [59, '94287082'],
    [1111111109, '07081804'],
    [1234567890, '89005924'],
    [20000000000, '65353130'],
  ])('matches RFC 6238 at t=%i', (seconds, code) => {
    expect(totp(secret, { time: seconds * 1000, digits: 8 })).toBe(code);
  });
});
