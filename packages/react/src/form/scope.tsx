import { createContext, useContext, useState, type ReactNode } from 'react';
import { str, type InputNode, type NormalizedNode } from '../model.ts';
import type { FlowKind } from '../types.ts';
import type { WebAuthnTrigger } from '../nodes/webauthn.ts';
import { callWebAuthn } from '../nodes/webauthn.ts';

/** What a node needs from the form it is rendered in. */
export interface FormScope {
  /** Prefix of the DOM ids in this form (unique on the page). */
  scopeId: string;
  /** The flow's `ui.action` as the server sent it: names Kratos' origin when the app configured none. */
  action?: string | undefined;
  kind: FlowKind;
  /** The current value of a field (what the user typed, else the server's value). */
  getValue(node: InputNode): string;
  getChecked(node: InputNode): boolean;
  setValue(node: InputNode, value: string | boolean): void;
  /** A request from this flow is in flight: buttons are blocked. */
  busy: boolean;
  /** The key of the button whose request is in flight (shows its spinner). */
  busyKey: string | undefined;
  /** Whether a submit button should skip the browser's validation (its group's fields are checked in JS). */
  noValidate(node: InputNode): boolean;
  /** The submit rendered as the main action of its form. */
  isPrimary(node: NormalizedNode): boolean;
  /** Starts a WebAuthn ceremony (returns a translated error to show on the node, or undefined). */
  runWebAuthn(node: InputNode, trigger: WebAuthnTrigger): 'called' | 'unavailable' | 'unsupported';
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

/** A scope for a `<Node>` rendered on its own (outside `<Flow>`): local state, no submit handling. */
export function StandaloneScope({ children, kind = 'unknown' }: { children: ReactNode; kind?: FlowKind }) {
  const [values, setValues] = useState<Record<string, string | boolean>>({});
  const scope: FormScope = {
    scopeId: 'ory-node',
    kind,
    getValue: (n) => {
      const v = values[n.key];
      return typeof v === 'string' ? v : serverValue(n);
    },
    getChecked: (n) => {
      const v = values[n.key];
      return typeof v === 'boolean' ? v : serverChecked(n);
    },
    setValue: (n, v) => setValues((s) => ({ ...s, [n.key]: v })),
    busy: false,
    busyKey: undefined,
    noValidate: () => false,
    isPrimary: () => true,
    runWebAuthn: (_n, trigger) => callWebAuthn(trigger),
  };
  return <FormScopeContext.Provider value={scope}>{children}</FormScopeContext.Provider>;
}
