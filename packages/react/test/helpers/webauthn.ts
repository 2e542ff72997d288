// A stand-in for the browser's WebAuthn (jsdom has none): records each call and answers with a
// credential whose fields are known bytes, or fails with the DOMException a browser would throw.

export interface FakeWebAuthn {
  create: ReturnType<typeof vi.fn>;
  get: ReturnType<typeof vi.fn>;
  /** The next calls fail with this DOMException name (once each), then succeed again. */
  failNext(...names: string[]): void;
  uninstall(): void;
}

const bytes = (...b: number[]) => new Uint8Array(b).buffer;

/** A PublicKeyCredential-like object: rawId [1,2,3] ("AQID"), response fields [4..], [5..], … */
export function fakeCredential(kind: 'create' | 'get'): PublicKeyCredential {
  const response =
    kind === 'create'
      ? { clientDataJSON: bytes(123, 125), attestationObject: bytes(0xfb, 0xff) }
      : { clientDataJSON: bytes(123, 125), authenticatorData: bytes(9, 9), signature: bytes(0xfe), userHandle: null };
  return { id: 'AQID', rawId: bytes(1, 2, 3), type: 'public-key', response } as unknown as PublicKeyCredential;
}

/**
 * Installs `PublicKeyCredential` and `navigator.credentials` on jsdom's window.
 * @example
 * ```ts
 * const webauthn = installFakeWebAuthn();
 * afterEach(() => webauthn.uninstall());
 * ```
 */
export function installFakeWebAuthn(): FakeWebAuthn {
  const failures: string[] = [];
  const answer = (kind: 'create' | 'get') => (opts: { signal?: AbortSignal }) => {
    const name = failures.shift();
    if (name) return Promise.reject(new DOMException('fake failure', name));
    if (opts.signal?.aborted) return Promise.reject(new DOMException('aborted', 'AbortError'));
    return Promise.resolve(fakeCredential(kind));
  };
  const create = vi.fn(answer('create'));
  const get = vi.fn(answer('get'));
  Object.assign(window, { PublicKeyCredential: function PublicKeyCredential() {} });
  Object.defineProperty(navigator, 'credentials', { configurable: true, value: { create, get } });
  return {
    create,
    get,
    failNext: (...names) => void failures.push(...names),
    uninstall() {
      delete (window as unknown as Record<string, unknown>)['PublicKeyCredential'];
      delete (navigator as unknown as Record<string, unknown>)['credentials'];
    },
  };
}
