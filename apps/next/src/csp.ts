// The app's Content-Security-Policy: scripts only from this origin or carrying this request's nonce (Next
// reads the nonce from the request's policy header and stamps its inline scripts with it), no Kratos or Hydra
// origin, nothing evaluated. The kit runs the WebAuthn ceremony itself, so Kratos' webauthn.js is never needed.

/** A fresh, unguessable nonce for one request (base64 of 16 random bytes). */
export function createNonce(): string {
  return btoa(String.fromCharCode(...crypto.getRandomValues(new Uint8Array(16))));
}

/**
 * The policy of one page. `formOrigins` are where a JavaScript-off form post may be redirected besides this
 * origin (Kratos' or Hydra's advertised base URL when it is not this app's `/.ory`): browsers check
 * `form-action` on every redirect a form post follows.
 *
 * @example
 * contentSecurityPolicy(createNonce()) // "default-src 'self'; script-src 'self' 'nonce-…'; …"
 */
export function contentSecurityPolicy(nonce: string, formOrigins: readonly string[] = []): string {
  return [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}'`,
    "style-src 'self'",
    "img-src 'self' data:",
    "connect-src 'self'",
    "font-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    ["form-action 'self'", ...formOrigins].join(' '),
    "frame-ancestors 'none'",
  ].join('; ');
}
