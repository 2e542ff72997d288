import type { KnownMessageKey } from '../i18n/messages/en.ts';

// Settings buttons whose effect a second click does not undo: the kit asks before it submits them.

/** The destructive submits of a settings flow, by the node's name (Kratos' words). */
export type Confirmation = 'totp_unlink' | 'lookup_secret_disable' | 'lookup_secret_regenerate' | 'webauthn_remove' | 'unlink';

const ASKED: ReadonlySet<string> = new Set<Confirmation>(['totp_unlink', 'lookup_secret_disable', 'lookup_secret_regenerate', 'webauthn_remove', 'unlink']);

/**
 * The question a settings submit needs before it is sent, or undefined.
 * @example
 * ```ts
 * confirmationOf('totp_unlink'); // 'totp_unlink'
 * confirmationOf('method');      // undefined
 * ```
 */
export function confirmationOf(name: string | null | undefined): Confirmation | undefined {
  return name && ASKED.has(name) ? (name as Confirmation) : undefined;
}

/** The catalogue keys of a question: title, body and the destructive button's label. */
export function confirmationKeys(c: Confirmation | 'revoke_session' | 'revoke_others'): { title: KnownMessageKey; body: KnownMessageKey; confirm: KnownMessageKey } {
  return {
    title: `ui.confirm.${c}.title` as KnownMessageKey,
    body: `ui.confirm.${c}.body` as KnownMessageKey,
    confirm: `ui.confirm.${c}.confirm` as KnownMessageKey,
  };
}
