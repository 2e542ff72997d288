import { describe, expect, it } from 'vitest';
import { totp, verifyTotp, hotp } from '../src/index.ts';
import { base32Decode, base32Encode } from '../src/totp/base32.ts';
import { qrMatrix } from '../src/totp/qr.ts';
import { qrDataUri } from '../src/totp/qr-image.ts';

describe('TOTP (RFC 6238)', () => {
  // RFC 6238 appendix B, SHA-1, secret "12345678901234567890".
  const secret = base32Encode(new TextEncoder().encode('12345678901234567890'));
  it.each([
    [59, '94287082'],
    [1111111109, '07081804'],
    [1111111111, '14050471'],
    [1234567890, '89005924'],
    [2000000000, '69279037'],
    [20000000000, '65353130'],
  ])('at %i s gives %s', (t, code) => {
    expect(totp(secret, t * 1000, { digits: 8 })).toBe(code);
  });

  it('HOTP (RFC 4226) test vectors', () => {
    const key = new TextEncoder().encode('12345678901234567890');
    expect([0, 1, 2, 3, 9].map((c) => hotp(key, c))).toEqual(['755224', '287082', '359152', '969429', '520489']);
  });

  it('accepts the previous and next step, nothing else', () => {
    const now = 1_700_000_000_000;
    expect(verifyTotp(secret, totp(secret, now - 30_000), now)).toBe(true);
    expect(verifyTotp(secret, totp(secret, now + 30_000), now)).toBe(true);
    expect(verifyTotp(secret, totp(secret, now - 90_000), now)).toBe(false);
    expect(verifyTotp(secret, '12345', now)).toBe(false);
  });

  it('base32 round-trips', () => {
    const bytes = Uint8Array.from([0, 1, 2, 250, 251, 252, 253, 254, 255]);
    expect(base32Decode(base32Encode(bytes))).toEqual(bytes);
    expect(base32Decode('not base32!')).toBeUndefined();
  });
});

describe('QR code', () => {
  it('matches the modules of boombuler/barcode (the encoder behind Kratos’ TOTP QR)', () => {
    const expected: string[] = ["1fd36d6f7f", "1051277941", "174af11f5d", "175fea5e5d", "17441b135d", "104682d841", "1fd555557f", "1dec3700", "16e552ce4b", "1b84306466", "4d8edfd68", "1d99631bec", "c699dc5b", "13aa329ad1", "1e7c8f09b4", "a340cc251", "166e1ef024", "16939174a3", "c477182af", "1a080d0049", "7e29c8497", "1b2553218a", "5d298e498", "c9044283e", "3eee66be7", "6021eddb3", "ace3f9192", "139e16f662", "5d3e3fbfb", "142d2b1d", "1fd0391d53", "105221371b", "17458495f8", "175bafe9d9", "175714b7fc", "104e964dac", "1fd67b6ce3"];
    const m = qrMatrix('otpauth://totp/orykit:demo@orykit.dev?secret=JBSWY3DPEHPK3PXP&issuer=orykit');
    expect(m.length).toBe(expected.length);
    expect(m.map((row) => BigInt('0b' + row.map((d) => (d ? '1' : '0')).join('')).toString(16))).toEqual(expected);
  });

  it('renders a 256×256 PNG data URI', () => {
    const uri = qrDataUri('otpauth://totp/x?secret=JBSWY3DPEHPK3PXP');
    expect(uri.startsWith('data:image/png;base64,iVBORw0KGgo')).toBe(true);
    const png = Buffer.from(uri.split(',')[1]!, 'base64');
    expect(png.readUInt32BE(16)).toBe(256);
    expect(png.readUInt32BE(20)).toBe(256);
  });
});
