import type { TranslatedMessage } from '../components.tsx';
import type { Translate } from '../context.tsx';
import { messageKind, type InputAttrs, type NormalizedNode } from '../model.ts';
import type { FlowKind } from '../types.ts';
import { idPart } from '../util/cx.ts';

/**
 * A readable label from a field name when the server sent none: `traits.name.first` → "First".
 * @example
 * ```ts
 * humanizeName('traits.phone_number'); // 'Phone number'
 * ```
 */
export function humanizeName(name: string): string {
  const last = name.split('.').filter(Boolean).pop() ?? name;
  const words = last.replace(/[_-]+/g, ' ').replace(/([a-z])([A-Z])/g, '$1 $2').trim();
  if (words === '') return name;
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/** The DOM id of a node inside a form scope. */
export function nodeDomId(scopeId: string, node: NormalizedNode): string {
  return `${scopeId}-${idPart(node.key)}`;
}

/** The node's messages, translated, each with a DOM id for `aria-describedby`. */
export function translateMessages(tr: Translate, node: NormalizedNode, domId: string): TranslatedMessage[] {
  return node.messages.map((m, i) => ({
    id: `${domId}-m${i}`,
    text: tr.text(m, node.raw),
    kind: messageKind(m),
    uiText: m,
  }));
}

/** The node's label: its meta label (translated), else a name-derived one. */
export function nodeLabel(tr: Translate, node: NormalizedNode): string {
  if (node.label) {
    const s = tr.text(node.label, node.raw);
    if (s.trim() !== '') return s;
  }
  const a = node.attributes;
  if (a.node_type === 'input') return humanizeName(a.name);
  return '';
}

const ONE_TIME_CODE = new Set(['code', 'totp_code', 'lookup_secret']);

/**
 * `autocomplete` for an input: the node's own value, else a sensible default (identifier → username,
 * email → email, password → current-password in login and new-password elsewhere, codes → one-time-code).
 * @example
 * ```ts
 * autocompleteFor(attrs, 'login'); // 'current-password' for a password input
 * ```
 */
export function autocompleteFor(a: InputAttrs, kind: FlowKind): string | undefined {
  if (a.autocomplete) return a.autocomplete;
  const name = a.name;
  if (a.type === 'password') return kind === 'login' ? 'current-password' : 'new-password';
  if (name === 'identifier' || name === 'password_identifier') return 'username';
  if (ONE_TIME_CODE.has(name)) return 'one-time-code';
  if (a.type === 'email' || name === 'email' || /(^|\.)email$/.test(name)) return 'email';
  if (a.type === 'tel' || /(^|\.)phone(_number)?$/.test(name)) return 'tel';
  if (/(^|\.)(username|user_name)$/.test(name)) return 'username';
  if (/(^|\.)(name\.first|first_?name|given_?name)$/i.test(name)) return 'given-name';
  if (/(^|\.)(name\.last|last_?name|family_?name)$/i.test(name)) return 'family-name';
  if (/(^|\.)(website|url)$/.test(name) || a.type === 'url') return 'url';
  if (name === 'webauthn_register_displayname') return 'off';
  return undefined;
}

export function inputModeFor(a: InputAttrs): 'numeric' | 'email' | 'tel' | 'url' | undefined {
  if (a.name === 'code' || a.name === 'totp_code') return 'numeric';
  return undefined;
}

/** An OIDC provider button: a submit named `provider`, `link` or `unlink` in the oidc group. */
export function isOidcButton(node: NormalizedNode): boolean {
  const a = node.attributes;
  return (
    a.node_type === 'input' &&
    a.type === 'submit' &&
    node.group === 'oidc' &&
    (a.name === 'provider' || a.name === 'link' || a.name === 'unlink')
  );
}

/** Buttons that must not trigger the browser's validation of other fields (e.g. "Resend code"). */
export function isResendButton(node: NormalizedNode): boolean {
  const a = node.attributes;
  return a.node_type === 'input' && a.type === 'submit' && (a.name === 'email' || a.name === 'resend') && (node.group === 'code' || node.group === 'link');
}

const DANGER = new Set(['totp_unlink', 'lookup_secret_disable', 'webauthn_remove', 'unlink', 'passkey_remove']);
const SECONDARY = new Set(['lookup_secret_reveal', 'lookup_secret_regenerate', 'resend']);

export function buttonVariant(node: NormalizedNode): 'primary' | 'secondary' | 'danger' {
  const a = node.attributes;
  if (a.node_type !== 'input') return 'secondary';
  if (DANGER.has(a.name)) return 'danger';
  if (SECONDARY.has(a.name) || isResendButton(node)) return 'secondary';
  return 'primary';
}
