import type { MessageContext, UiNode, UiText } from './types.ts';

// Kratos reuses a few ids for different texts (see KRATOS-NOTES.md, "One id, two texts"), and one id
// (4000005) carries its real meaning in a run-time English `reason`. These pure functions pick the
// catalog key for a message and the extra variables that key's template needs.

type MessageLike = Pick<UiText, 'id'> & { text?: string; context?: unknown };

/** The English texts Kratos sends for the variants, used when no node is at hand. */
const WEBAUTHN_SIGN_IN = 'Sign in with security key';
const RESEND_CODE = 'Resend code';

/** Password policy reasons of Kratos v0.9–v0.11 (`selfservice/strategy/password/validator.go`). */
const PASSWORD_REASONS: ReadonlyArray<readonly [RegExp, string]> = [
  [/password length must be at least (\d+) characters but only got (\d+)/i, 'min_length'],
  [/too similar to the user identifier/i, 'similar'],
  [/found in (?:at least \d+ )?data breaches/i, 'breached'],
  [/unable to check if password has been leaked/i, 'network'],
];

/** The message's `context` as a plain object ({} when absent or not an object). */
export function contextOf(text: { context?: unknown }): MessageContext {
  const ctx = text.context;
  return typeof ctx === 'object' && ctx !== null && !Array.isArray(ctx) ? (ctx as MessageContext) : {};
}

function inputType(node: UiNode | undefined): string | undefined {
  const attributes: unknown = node?.attributes;
  if (typeof attributes !== 'object' || attributes === null || !('type' in attributes)) return undefined;
  const type = (attributes as { type?: unknown }).type;
  return typeof type === 'string' ? type : undefined;
}

/**
 * The catalog key for a server message: its id (`'4000006'`), or a variant when the id is shared:
 * - `1010001.webauthn`: "Sign in with security key" (the label of the `webauthn` group's submit button);
 * - `1070007.resend`: "Resend code" (a submit button named `email` in the `code` group);
 * - `4000005.min_length` / `.similar` / `.breached` / `.network`: a known password policy reason.
 */
export function messageKey(text: MessageLike, node?: UiNode): string {
  const id = String(text.id);
  switch (text.id) {
    case 1010001:
      if (node ? node.group === 'webauthn' : text.text === WEBAUTHN_SIGN_IN) return `${id}.webauthn`;
      return id;
    case 1070007: {
      const type = inputType(node);
      if (node ? type === 'submit' || type === 'button' : text.text === RESEND_CODE) return `${id}.resend`;
      return id;
    }
    case 4000005: {
      const reason = contextOf(text).reason;
      if (typeof reason === 'string') {
        for (const [pattern, variant] of PASSWORD_REASONS) if (pattern.test(reason)) return `${id}.${variant}`;
      }
      return id;
    }
    default:
      return id;
  }
}

/** Variables a variant key needs beyond the context (e.g. `min_length` parsed from a password policy reason). */
export function derivedVars(key: string, context: MessageContext): MessageContext {
  if (key === '4000005.min_length' && typeof context.reason === 'string') {
    const m = PASSWORD_REASONS[0]![0].exec(context.reason);
    if (m) return { min_length: Number(m[1]), actual_length: Number(m[2]) };
  }
  return {};
}
