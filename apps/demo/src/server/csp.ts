// The preview's Content-Security-Policy. Shared by the Vite plugin (every response) and entry.server.tsx
// (server-rendered pages add their nonce): keep this file free of Node and DOM APIs.

/** The strict policy the preview serves: nothing inline, nothing evaluated, everything from this origin. */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "connect-src 'self'",
  "font-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');

/**
 * The policy for one server-rendered page: React Router's inline scripts (the hydration data, the module
 * entry, scroll restoration) carry `nonce`; nothing else inline runs.
 */
export const policyWithNonce = (nonce: string) => CONTENT_SECURITY_POLICY.replace("script-src 'self'", `script-src 'self' 'nonce-${nonce}'`);
