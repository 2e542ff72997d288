import { isInput, isSubmit, type InputNode, type NormalizedNode } from '../model.ts';
import { buttonVariant, isOidcButton, isResendButton } from '../nodes/helpers.ts';
import type { FieldSpec } from './body.ts';
import { serverValue } from './scope.tsx';

// The form's controls as the DOM has them at submit time: which node a clicked button is, which
// group a field belongs to, the per-group validation, and the button Enter should press.

/** The submit node a clicked button was rendered from (by name, value and group). */
export function nodeOfSubmitter(nodes: readonly NormalizedNode[], el: HTMLElement): InputNode | undefined {
  const name = el.getAttribute('name') ?? '';
  const value = el.getAttribute('value') ?? '';
  const group = el.getAttribute('data-ory-group');
  let fallback: InputNode | undefined;
  for (const n of nodes) {
    if (!isInput(n) || (n.attributes.type !== 'submit' && n.attributes.type !== 'button')) continue;
    if (n.attributes.name !== name || serverValue(n) !== value) continue;
    if (group === null || n.group === group) return n;
    fallback ??= n;
  }
  return fallback;
}

export type FormControl = HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement;

/** A field's group: its `data-ory-group`, else the first group of the nodes with its name. */
export function groupOfControl(el: FormControl, specs: Map<string, FieldSpec>): string | undefined {
  const g = el.getAttribute('data-ory-group');
  if (g) return g;
  const s = specs.get(el.name);
  return s ? [...s.groups][0] : undefined;
}

/**
 * Checks the fields of `default` and `group` (all fields without a group), and those `also` names;
 * reports and focuses the first invalid one.
 */
export function validateGroup(
  form: HTMLFormElement,
  specs: Map<string, FieldSpec>,
  group: string | undefined,
  also: (name: string) => boolean = () => false,
): boolean {
  for (const el of Array.from(form.elements)) {
    if (!(el instanceof HTMLInputElement || el instanceof HTMLSelectElement || el instanceof HTMLTextAreaElement)) continue;
    if (el.type === 'hidden' || el.type === 'submit' || el.type === 'button' || el.disabled) continue;
    const g = groupOfControl(el, specs);
    if (group !== undefined && g !== undefined && g !== 'default' && g !== group && !also(el.name)) continue;
    if (typeof el.checkValidity === 'function' && !el.checkValidity()) {
      if (typeof el.reportValidity === 'function') el.reportValidity();
      el.focus();
      return false;
    }
  }
  return true;
}

/** The submit Enter in a field of `group` presses: that group's primary one, else the form's. */
export function preferredSubmit(nodes: readonly NormalizedNode[], group: string | undefined, primaryKey: string | undefined): InputNode | undefined {
  const submits = nodes.filter((n): n is InputNode => isSubmit(n) && !isResendButton(n) && !isOidcButton(n));
  if (group && group !== 'default') {
    const own = submits.find((n) => n.group === group && buttonVariant(n) === 'primary') ?? submits.find((n) => n.group === group);
    if (own) return own;
  }
  return submits.find((n) => n.key === primaryKey) ?? submits[0];
}
