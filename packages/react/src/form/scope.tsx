import { createContext, useCallback, useContext, useMemo, useState, useSyncExternalStore, type ReactNode } from 'react';
import { str, type InputNode, type NormalizedNode } from '../model.ts';
import type { FlowKind } from '../types.ts';
import type { WebAuthnTrigger } from '../nodes/webauthn.ts';
import { createFieldValues, type FieldValues } from './values.ts';
import type { WebAuthnScriptMode } from './webauthn.ts';

/** What a node needs from the form it is rendered in. */
export interface FormScope {
  /** Prefix of the DOM ids in this form (unique on the page). */
  scopeId: string;
  /** The flow's `ui.action` as the server sent it: names Kratos' origin when the app configured none. */
  action?: string | undefined;
  kind: FlowKind;
  /**
   * The current value of a field (what the user typed, else the server's value). Reading it does not
   * re-render on typing: components use `useFieldValue(node)`, which does, for this field only.
   */
  getValue(node: InputNode): string;
  getChecked(node: InputNode): boolean;
  setValue(node: InputNode, value: string | boolean): void;
  /** Calls `onChange` when the user changes this field (and no other); returns the unsubscribe function. */
  subscribe(node: InputNode, onChange: () => void): () => void;
  /** A request from this flow is in flight: buttons are blocked. */
  busy: boolean;
  /** The key of the button whose request is in flight (shows its spinner). */
  busyKey: string | undefined;
  /** Whether a submit button should skip the browser's validation (its group's fields are checked in JS). */
  noValidate(node: InputNode): boolean;
  /** The submit rendered as the main action of its form. */
  isPrimary(node: NormalizedNode): boolean;
  /**
   * Runs a WebAuthn trigger of this form: the ceremony, then a submit of this form with the result;
   * a failure is shown in the flow's problem area. Resolves when the ceremony is over.
   */
  runWebAuthn(node: InputNode, trigger: WebAuthnTrigger): Promise<void>;
  /** Cancels the running WebAuthn ceremony (the person's "Cancel"): the flow says so and offers a retry. */
  cancelWebAuthn(): void;
  /** Who runs WebAuthn: the kit (default), or Kratos' `webauthn.js` when the app opted in. */
  webauthnScript: WebAuthnScriptMode;
}

export const FormScopeContext = createContext<FormScope | null>(null);

/**
 * The form a node is rendered in (values, busy state, validation), or `null` outside `<Flow>`.
 * @example
 * ```ts
 * // Inside a custom InputNode override:
 * const scope = useFormScope();
 * const value = scope?.getValue(node);
 * ```
 */
export function useFormScope(): FormScope | null {
  return useContext(FormScopeContext);
}

/** The server's value of an input node as a string ('' when absent or not representable). */
export function serverValue(node: InputNode): string {
  return str(node.attributes.value) ?? '';
}

export function serverChecked(node: InputNode): boolean {
  const v = node.attributes.value;
  return v === true || v === 'true';
}

/** The value/checked/subscribe part of a scope over a value store, fields keyed by `keyOf(node)`. */
export function fieldAccess(
  values: FieldValues,
  keyOf: (node: InputNode) => string,
): Pick<FormScope, 'getValue' | 'getChecked' | 'setValue' | 'subscribe'> {
  return {
    getValue: (n) => {
      const v = values.get(keyOf(n));
      return typeof v === 'string' ? v : serverValue(n);
    },
    getChecked: (n) => {
      const v = values.get(keyOf(n));
      return typeof v === 'boolean' ? v : serverChecked(n);
    },
    setValue: (n, v) => values.set(keyOf(n), v, n.attributes.type === 'password'),
    subscribe: (n, onChange) => values.subscribe(keyOf(n), onChange),
  };
}

function useField<T>(node: InputNode, read: (scope: FormScope) => T, outside: () => T): T {
  const scope = useFormScope();
  const subscribe = useCallback((onChange: () => void) => (scope ? scope.subscribe(node, onChange) : () => {}), [scope, node]);
  const snapshot = () => (scope ? read(scope) : outside());
  return useSyncExternalStore(subscribe, snapshot, snapshot);
}

/**
 * The current value of a field, re-rendering the caller when the user changes that field (only).
 * @example
 * ```tsx
 * // Inside a custom InputNode override:
 * const value = useFieldValue(node);
 * const scope = useFormScope();
 * return <input value={value} onChange={(e) => scope?.setValue(node, e.target.value)} />;
 * ```
 */
export function useFieldValue(node: InputNode): string {
  return useField(node, (s) => s.getValue(node), () => serverValue(node));
}

/**
 * Whether a checkbox field is checked, re-rendering the caller when the user toggles it.
 * @example
 * ```tsx
 * const checked = useFieldChecked(node);
 * ```
 */
export function useFieldChecked(node: InputNode): boolean {
  return useField(node, (s) => s.getChecked(node), () => serverChecked(node));
}

/** A scope for a `<Node>` rendered on its own (outside `<Flow>`): local values, no submit handling. */
export function StandaloneScope({ children, kind = 'unknown' }: { children: ReactNode; kind?: FlowKind }) {
  const [values] = useState(createFieldValues);
  const scope = useMemo<FormScope>(
    () => ({
      scopeId: 'ory-node',
      kind,
      ...fieldAccess(values, (n) => n.key),
      busy: false,
      busyKey: undefined,
      noValidate: () => false,
      isPrimary: () => true,
      // Outside a flow there is no form to submit: nothing to run.
      runWebAuthn: () => Promise.resolve(),
      cancelWebAuthn: () => undefined,
      webauthnScript: 'kit',
    }),
    [kind, values],
  );
  return <FormScopeContext.Provider value={scope}>{children}</FormScopeContext.Provider>;
}
