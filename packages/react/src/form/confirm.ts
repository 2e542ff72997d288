import type { KnownMessageKey } from '../i18n/messages/en.ts';
import type { NormalizedNode } from '../model.ts';
import { methodState } from './method-state.ts';

// Settings buttons whose effect a second click does not undo: the kit asks before it submits them.

/** The destructive submits of a settings flow, by the node's name (Kratos' words). */
export type Confirmation = 'totp_unlink' | 'lookup_secret_disable' | 'lookup_secret_regenerate' | 'webauthn_remove' | 'unlink';

const ASKED: ReadonlySet<string> = new Set<Confirmation>(['totp_unlink', 'lookup_secret_disable', 'lookup_secret_regenerate', 'webauthn_remove', 'unlink']);

/**
 * The question a settings submit needs before it is sent, or undefined. Creating the first backup codes
 * (the same button as creating new ones) replaces nothing: no question then.
 * @example
 * ```ts
 * confirmationOf('totp_unlink', nodes); // 'totp_unlink'
 * confirmationOf('method', nodes);      // undefined
 * ```
 */
export function confirmationOf(name: string | null | undefined, nodes: readonly NormalizedNode[]): Confirmation | undefined {
  if (!name || !ASKED.has(name)) return undefined;
  if (name === 'lookup_secret_regenerate' && !methodState('lookup_secret', nodes)?.on) return undefined;
  return name as Confirmation;
}

/** The catalogue keys of a question: title, body and the destructive button's label. */
export function confirmationKeys(c: Confirmation | 'revoke_session' | 'revoke_others'): { title: KnownMessageKey; body: KnownMessageKey; confirm: KnownMessageKey } {
  return {
    title: `ui.confirm.${c}.title` as KnownMessageKey,
    body: `ui.confirm.${c}.body` as KnownMessageKey,
    confirm: `ui.confirm.${c}.confirm` as KnownMessageKey,
  };
}
