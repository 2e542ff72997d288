import { base64, fromBase64 } from '../util/encoding.ts';
import { randomBytes } from '../util/random.ts';
import { serializeCookie } from '../http/cookies.ts';
import { sha256Hex } from '../util/encoding.ts';

// Kratos' anti-CSRF scheme (ory/nosurf): a 32-byte secret lives in an HttpOnly cookie named
// `csrf_token_<sha256(public URL)>`; forms carry it masked with a one-time pad
// (base64(pad ‖ pad⊕secret)), so every response shows a different `csrf_token` value.

const TOKEN_LENGTH = 32;
const MAX_AGE = 365 * 24 * 60 * 60;

export async function csrfCookieName(publicUrl: string): Promise<string> {
  return 'csrf_token_' + (await sha256Hex(publicUrl.endsWith('/') ? publicUrl : publicUrl + '/'));
}

function mask(real: Uint8Array): string {
  const pad = randomBytes(TOKEN_LENGTH);
  const out = new Uint8Array(TOKEN_LENGTH * 2);
  out.set(pad, 0);
  for (let i = 0; i < TOKEN_LENGTH; i++) out[TOKEN_LENGTH + i] = (pad[i] ?? 0) ^ (real[i] ?? 0);
  return base64(out);
}

function unmask(token: string): Uint8Array | undefined {
  const b = fromBase64(token);
  if (!b) return undefined;
  if (b.length === TOKEN_LENGTH) return b;
  if (b.length !== TOKEN_LENGTH * 2) return undefined;
  const out = new Uint8Array(TOKEN_LENGTH);
  for (let i = 0; i < TOKEN_LENGTH; i++) out[i] = (b[i] ?? 0) ^ (b[TOKEN_LENGTH + i] ?? 0);
  return out;
}

/** nosurf.VerifyToken: both tokens (masked or not) hold the same secret. */
export function verifyCsrf(a: string, b: string): boolean {
  const x = unmask(a);
  const y = unmask(b);
  if (!x || !y || x.length !== TOKEN_LENGTH || y.length !== TOKEN_LENGTH) return false;
  let diff = 0;
  for (let i = 0; i < TOKEN_LENGTH; i++) diff |= (x[i] ?? 0) ^ (y[i] ?? 0);
  return diff === 0;
}

/** The CSRF state of one request: the secret from the cookie, and a cookie to set if it changed. */
export class CsrfContext {
  private real: Uint8Array | undefined;
  private masked: string | undefined;
  private sent = false;

  constructor(
    private readonly cookieName: string,
    cookieValue: string | undefined,
    private readonly setCookie: (value: string) => void,
  ) {
    const decoded = cookieValue ? fromBase64(cookieValue) : undefined;
    if (decoded && decoded.length === TOKEN_LENGTH) this.real = decoded;
  }

  /** Whether the request carried a well-formed CSRF cookie. */
  get hasCookie(): boolean {
    return this.real !== undefined && !this.sent;
  }

  /** nosurf.Token(r): the masked secret ('' when there is none). Stable within a request. */
  token(): string {
    if (!this.real) return '';
    this.masked ??= mask(this.real);
    return this.masked;
  }

  /** nosurf's RegenerateToken: a new secret and cookie, at most once per request. */
  regenerate(): string {
    if (this.sent) return this.token();
    this.real = randomBytes(TOKEN_LENGTH);
    this.masked = undefined;
    this.sent = true;
    this.setCookie(serializeCookie(this.cookieName, base64(this.real), { path: '/', maxAge: MAX_AGE, httpOnly: true, sameSite: 'Lax' }));
    return this.token();
  }

  /** The middleware step: a request without a valid cookie gets one (except on ignored paths). */
  ensure(): void {
    if (!this.real) this.regenerate();
  }
}
