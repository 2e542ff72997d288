import { base64, buf, utf8 } from '../../util/encoding.ts';

/**
 * The browser script served at `/.well-known/ory/webauthn.js`. It defines the two functions that
 * Kratos' v0alpha2 WebAuthn buttons name in their `onclick`, runs the ceremony with
 * `navigator.credentials`, puts the JSON result into the hidden `webauthn_login` /
 * `webauthn_register` input and submits the form. Written for the emulator (not Kratos' file).
 */
export const WEBAUTHN_JS = `(function () {
  'use strict';
  function toBytes(s) {
    var b = atob(String(s).replace(/-/g, '+').replace(/_/g, '/'));
    var out = new Uint8Array(b.length);
    for (var i = 0; i < b.length; i++) out[i] = b.charCodeAt(i);
    return out.buffer;
  }
  function toB64u(buf) {
    var bytes = new Uint8Array(buf), s = '';
    for (var i = 0; i < bytes.length; i++) s += String.fromCharCode(bytes[i]);
    return btoa(s).replace(/\\+/g, '-').replace(/\\//g, '_').replace(/=+$/, '');
  }
  function submit(name, value) {
    var input = document.querySelector('input[name="' + name + '"]');
    if (!input || !input.form) return;
    input.value = JSON.stringify(value);
    if (typeof input.form.requestSubmit === 'function') input.form.requestSubmit();
    else input.form.submit();
  }
  window.__oryWebAuthnLogin = function (opt) {
    if (!window.PublicKeyCredential) { alert('This browser does not support WebAuthn.'); return; }
    var pk = opt.publicKey;
    pk.challenge = toBytes(pk.challenge);
    (pk.allowCredentials || []).forEach(function (c) { c.id = toBytes(c.id); });
    navigator.credentials.get({ publicKey: pk }).then(function (c) {
      submit('webauthn_login', {
        id: c.id, rawId: toB64u(c.rawId), type: c.type,
        response: {
          authenticatorData: toB64u(c.response.authenticatorData),
          clientDataJSON: toB64u(c.response.clientDataJSON),
          signature: toB64u(c.response.signature),
          userHandle: c.response.userHandle ? toB64u(c.response.userHandle) : ''
        }
      });
    }).catch(function (e) { alert(e); });
  };
  window.__oryWebAuthnRegistration = function (opt) {
    if (!window.PublicKeyCredential) { alert('This browser does not support WebAuthn.'); return; }
    var pk = opt.publicKey;
    pk.challenge = toBytes(pk.challenge);
    pk.user.id = toBytes(pk.user.id);
    (pk.excludeCredentials || []).forEach(function (c) { c.id = toBytes(c.id); });
    navigator.credentials.create({ publicKey: pk }).then(function (c) {
      submit('webauthn_register', {
        id: c.id, rawId: toB64u(c.rawId), type: c.type,
        response: {
          attestationObject: toB64u(c.response.attestationObject),
          clientDataJSON: toB64u(c.response.clientDataJSON)
        }
      });
    }).catch(function (e) { alert(e); });
  };
})();
`;

export interface WebAuthnScript {
  source: string;
  /** `sha512-…` for the script node's `integrity`. */
  integrity: string;
}

export async function webauthnScript(): Promise<WebAuthnScript> {
  const digest = new Uint8Array(await globalThis.crypto.subtle.digest('SHA-512', buf(utf8(WEBAUTHN_JS))));
  return { source: WEBAUTHN_JS, integrity: 'sha512-' + base64(digest) };
}
