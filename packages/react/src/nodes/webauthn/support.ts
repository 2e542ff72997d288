// Whether this browser can run WebAuthn: read while rendering a security-key button, so it stays apart
// from the ceremony (ceremony.ts), which is loaded only when a form has such a button.

/** The part of `navigator.credentials` a ceremony uses (a stand-in in tests). */
export interface CredentialsApi {
  create(options: CredentialCreationOptions): Promise<Credential | null>;
  get(options: CredentialRequestOptions): Promise<Credential | null>;
}

/**
 * The browser's credentials API when it can run WebAuthn, else `undefined`.
 * @example
 * ```ts
 * if (!browserCredentials()) showUnsupported();
 * ```
 */
export function browserCredentials(): CredentialsApi | undefined {
  if (typeof window === 'undefined' || typeof navigator === 'undefined') return undefined;
  if (typeof (window as { PublicKeyCredential?: unknown }).PublicKeyCredential !== 'function') return undefined;
  const c = navigator.credentials as CredentialsApi | undefined;
  return c && typeof c.create === 'function' && typeof c.get === 'function' ? c : undefined;
}
