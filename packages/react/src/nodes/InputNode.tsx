import { useMemo, useState, useSyncExternalStore } from 'react';
import type { FieldProps, NodeProps, TranslatedMessage } from '../components.tsx';
import { useComponents, useTranslate, type Translate } from '../context.tsx';
import { contextValue, str, type InputNode as InputNodeT, type NormalizedNode } from '../model.ts';
import { StandaloneScope, serverValue, useFieldChecked, useFieldValue, useFormScope, type FormScope } from '../form/scope.tsx';
import {
  autocompleteFor,
  buttonVariant,
  inputModeFor,
  isOidcButton,
  nodeDomId,
  nodeLabel,
  translateMessages,
} from './helpers.ts';
import { providerDisplayName } from './providers.tsx';
import { icon, KEY } from '../primitives/icons.tsx';
import { nodeMessages } from '../primitives/messages.tsx';
import { Button } from '../primitives/Button.tsx';
import { OidcButton } from './OidcButton.tsx';
import { slot } from '../util/slot.ts';
import { Input, PasswordInput, type FieldStore } from '../primitives/fields.tsx';
import { isWebAuthnTrigger, resolveWebAuthnTrigger } from './webauthn.ts';
import { browserCredentials } from './webauthn/support.ts';
import { webAuthnRequestOf } from './webauthn/options.ts';

/** Input types rendered as text-like fields with their own type; anything else renders as `text`. */
const TEXTLIKE = new Set(['text', 'email', 'password', 'number', 'tel', 'url', 'date', 'datetime-local']);

function describedBy(messages: TranslatedMessage[]): string | undefined {
  return messages.length > 0 ? messages.map((m) => m.id).join(' ') : undefined;
}

function clientMessage(id: string, text: string, kind: 'error' | 'info' = 'error'): TranslatedMessage {
  return { id, text, kind, uiText: { id: 0, text, type: kind } };
}

/**
 * An `input` node, by input type: hidden, submit (OIDC providers get logo buttons), button (WebAuthn
 * triggers), checkbox, password (with show/hide), the text-like types, and `text` for unknown types.
 */
export function InputNode({ node }: NodeProps) {
  const scope = useFormScope();
  const C = useComponents();
  if (!scope) {
    return (
      <StandaloneScope>
        <InputNode node={node} />
      </StandaloneScope>
    );
  }
  if (node.attributes.node_type !== 'input') return null;
  const n = node as InputNodeT;
  switch (n.attributes.type) {
    case 'hidden':
      return <C.HiddenInput node={n.raw} name={n.attributes.name} value={serverValue(n)} group={n.group} />;
    case 'submit':
      return isOidcButton(n) ? <OidcField node={n} scope={scope} /> : <SubmitField node={n} scope={scope} />;
    case 'button':
      return isWebAuthnTrigger(n.attributes) ? <WebAuthnField node={n} scope={scope} /> : <SubmitField node={n} scope={scope} />;
    case 'checkbox':
      return <CheckboxField node={n} scope={scope} />;
    default:
      return (n.attributes.type === 'password' ? C.PasswordInput === PasswordInput : C.Input === Input) ? (
        <DefaultTextField node={n} scope={scope} />
      ) : (
        <TextField node={n} scope={scope} />
      );
  }
}

function fieldBase(tr: Translate, node: InputNodeT, scope: FormScope) {
  const id = nodeDomId(scope.scopeId, node);
  const messages = translateMessages(tr, node, id);
  return { id, messages, invalid: messages.some((m) => m.kind === 'error'), label: nodeLabel(tr, node) };
}

/** Everything of a text field but its value: computed once per node, not on every keystroke. */
function textFieldProps(tr: Translate, node: InputNodeT, scope: FormScope): Omit<FieldProps, 'value'> {
  const a = node.attributes;
  const { id, messages, invalid, label } = fieldBase(tr, node, scope);
  return {
    node: node.raw,
    id,
    name: a.name,
    type: TEXTLIKE.has(a.type) ? a.type : 'text',
    label,
    onChange: (v) => scope.setValue(node, v),
    required: a.required,
    disabled: a.disabled,
    autoComplete: autocompleteFor(a, scope.kind),
    pattern: a.pattern,
    maxLength: a.maxlength,
    inputMode: inputModeFor(a),
    invalid,
    describedBy: describedBy(messages),
    messages,
    group: node.group,
  };
}

/** A text field through an app's slot: rendered again with each change of its value. */
function TextField({ node, scope }: { node: InputNodeT; scope: FormScope }) {
  const C = useComponents();
  const tr = useTranslate();
  const props = useMemo(() => textFieldProps(tr, node, scope), [tr, node, scope]);
  const value = useFieldValue(node);
  return node.attributes.type === 'password' ? <C.PasswordInput {...props} value={value} /> : <C.Input {...props} value={value} />;
}

/** A text field through the default slot, which follows the store itself: typing renders nothing here. */
function DefaultTextField({ node, scope }: { node: InputNodeT; scope: FormScope }) {
  const tr = useTranslate();
  const props = useMemo(() => textFieldProps(tr, node, scope), [tr, node, scope]);
  const store = useMemo<FieldStore>(() => ({ get: () => scope.getValue(node), subscribe: (l) => scope.subscribe(node, l) }), [scope, node]);
  const Field = node.attributes.type === 'password' ? PasswordInput : Input;
  return <Field {...props} value={scope.getValue(node)} store={store} />;
}

function CheckboxField({ node, scope }: { node: InputNodeT; scope: FormScope }) {
  const C = useComponents();
  const tr = useTranslate();
  const a = node.attributes;
  const { id, messages, invalid, label } = fieldBase(tr, node, scope);
  const checked = useFieldChecked(node);
  return (
    <C.Checkbox
      node={node.raw}
      id={id}
      name={a.name}
      type="checkbox"
      label={label}
      value="true"
      checked={checked}
      onChange={(v) => scope.setValue(node, v)}
      required={a.required}
      disabled={a.disabled}
      invalid={invalid}
      describedBy={describedBy(messages)}
      messages={messages}
      group={node.group}
    />
  );
}

function SubmitField({ node, scope }: { node: InputNodeT; scope: FormScope }) {
  const C = useComponents();
  const tr = useTranslate();
  const a = node.attributes;
  const { messages, label } = fieldBase(tr, node, scope);
  const variant = buttonVariant(node);
  return (
    <>
      {slot(C.Button, Button, {
        type: a.type === 'submit' ? 'submit' : 'button',
        name: a.name,
        value: serverValue(node),
        variant: variant === 'primary' && !scope.isPrimary(node) ? 'secondary' : variant,
        disabled: a.disabled,
        busy: scope.busyKey === node.key,
        blocked: scope.busy,
        formNoValidate: scope.noValidate(node),
        group: node.group,
        node: node.raw,
        describedBy: describedBy(messages),
        children: label || serverValue(node) || a.name,
      })}
      {nodeMessages(C, messages)}
    </>
  );
}

function oidcLabel(tr: Translate, node: NormalizedNode, provider: string): string {
  const display = providerDisplayName(str(contextValue(node.label, 'provider')) ?? provider);
  if (node.label) {
    const ctx = (node.label as { context?: unknown }).context;
    const base = typeof ctx === 'object' && ctx !== null ? (ctx as Record<string, unknown>) : {};
    const withName = { ...node.label, context: { ...base, provider: display } } as typeof node.label;
    const s = tr.text(withName, node.raw);
    if (s.trim() !== '') return s;
  }
  return tr.t('ui.oidc.sign_in_with', { provider: display });
}

function OidcField({ node, scope }: { node: InputNodeT; scope: FormScope }) {
  const C = useComponents();
  const tr = useTranslate();
  const a = node.attributes;
  const provider = serverValue(node);
  const { id, messages } = fieldBase(tr, node, scope);
  return (
    <>
      {slot(C.OidcButton, OidcButton, {
        provider,
        label: oidcLabel(tr, node, provider),
        name: a.name,
        value: provider,
        disabled: a.disabled,
        busy: scope.busyKey === node.key,
        blocked: scope.busy,
        formNoValidate: scope.noValidate(node),
        node: node.raw,
        group: node.group,
        describedBy: messages.length ? describedBy(messages) : undefined,
      })}
      {nodeMessages(C, messages.map((m, i) => ({ ...m, id: `${id}-m${i}` })))}
    </>
  );
}

const noSubscription = () => () => {};

/** Whether this browser can run WebAuthn; `true` on the server and while hydrating (no mismatch). */
function useWebAuthnSupported(): boolean {
  return useSyncExternalStore(
    noSubscription,
    () => browserCredentials() !== undefined,
    () => true,
  );
}

/**
 * A WebAuthn trigger. Its `onclick` string (or `onclickTrigger` + `value`) is read as data, never run;
 * a click runs the ceremony in the kit and submits the result with the form (or, when the app opted
 * into Kratos' script, calls its allow-listed function). A browser without WebAuthn gets a sentence
 * instead of the button; a trigger the kit cannot read is disabled and explained.
 */
function WebAuthnField({ node, scope }: { node: InputNodeT; scope: FormScope }) {
  const C = useComponents();
  const tr = useTranslate();
  const a = node.attributes;
  const { id, messages, label } = fieldBase(tr, node, scope);
  const supported = useWebAuthnSupported();
  const [waiting, setWaiting] = useState(false);
  const parsed = useMemo(
    () => resolveWebAuthnTrigger({ onclick: a.onclick, onclickTrigger: a.onclickTrigger, value: a.value }),
    [a.onclick, a.onclickTrigger, a.value],
  );
  // The kit needs the options themselves; Kratos' script only needs a function name it defines.
  const usable = parsed.ok && (scope.webauthnScript === 'kratos' || webAuthnRequestOf(parsed.trigger, a.value).ok);
  if (!supported) {
    return nodeMessages(C, [...messages, clientMessage(`${id}-unsupported`, tr.t('ui.error.webauthn_unsupported'), 'info')]);
  }
  const all = [...messages];
  if (!usable) all.push(clientMessage(`${id}-invalid`, tr.t('ui.error.webauthn_invalid_trigger')));
  if (waiting) all.push(clientMessage(`${id}-waiting`, tr.t('ui.webauthn.waiting'), 'info'));
  return (
    <>
      <C.Button
        type="button"
        name={a.name}
        variant={scope.isPrimary(node) ? 'primary' : 'secondary'}
        disabled={a.disabled || !usable}
        busy={waiting || scope.busyKey === node.key}
        blocked={scope.busy || waiting}
        group={node.group}
        node={node.raw}
        describedBy={describedBy(all)}
        icon={icon(KEY, 18)}
        onClick={() => {
          if (!parsed.ok || waiting || scope.busy) return;
          setWaiting(true);
          void scope.runWebAuthn(node, parsed.trigger).finally(() => setWaiting(false));
        }}
      >
        {label}
      </C.Button>
      {/* The browser may wait for a key until the options' timeout: the person can stop waiting. */}
      {waiting && scope.webauthnScript === 'kit' ? (
        <C.Button type="button" variant="secondary" group={node.group} onClick={() => scope.cancelWebAuthn()}>
          {tr.t('ui.cancel')}
        </C.Button>
      ) : null}
      {nodeMessages(C, all)}
    </>
  );
}
