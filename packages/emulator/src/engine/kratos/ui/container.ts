import { csrfNode, inputNode, nodeId } from '../../../nodes/builders.ts';
import type { UiContainer, UiNode, UiNodeGroup, UiText } from '../../../nodes/types.ts';
import type { Json } from '../../http/body.ts';
import { OryError } from '../../errors.ts';
import { text } from '../../../nodes/text.ts';
import { ValidationError } from '../identity/validate.ts';

// ui/container.Container's operations, on the spec's `uiContainer` shape.

export function newContainer(action: string, method = 'POST'): UiContainer {
  return { action, method, nodes: [] };
}

export function findNode(c: UiContainer, id: string): UiNode | undefined {
  return c.nodes.find((n) => nodeId(n) === id);
}

/** Nodes.Upsert: replaces the node with the same id, else appends. */
export function upsertNode(c: UiContainer, n: UiNode): void {
  const i = c.nodes.findIndex((x) => nodeId(x) === nodeId(n));
  if (i >= 0) c.nodes[i] = n;
  else c.nodes.push(n);
}

export function appendNode(c: UiContainer, n: UiNode): void {
  c.nodes.push(n);
}

export function removeNodes(c: UiContainer, ...ids: string[]): void {
  c.nodes = c.nodes.filter((n) => !ids.includes(nodeId(n)));
}

export function setCsrf(c: UiContainer, token: string): void {
  upsertNode(c, csrfNode(token));
}

/** Attributes.SetValue for the first node with this id. */
export function setValue(c: UiContainer, id: string, value: unknown): boolean {
  const n = findNode(c, id);
  if (!n) return false;
  setNodeValue(n, value);
  return true;
}

const INPUT_KEYS = ['name', 'type', 'value', 'required', 'autocomplete', 'label', 'pattern', 'disabled', 'onclick', 'node_type'];

/** Keeps an input's attributes in Go's field order after a value was added. */
function reorderInput(a: Record<string, unknown>): void {
  const copy = { ...a };
  for (const k of Object.keys(a)) delete a[k];
  for (const k of INPUT_KEYS) if (k in copy) a[k] = copy[k];
  for (const k of Object.keys(copy)) if (!(k in a)) a[k] = copy[k];
}

function setNodeValue(n: UiNode, value: unknown): void {
  const a = n.attributes as Record<string, unknown>;
  switch (n.type) {
    case 'input':
      if (value === undefined) delete a['value'];
      else {
        const had = 'value' in a;
        a['value'] = value;
        if (!had) reorderInput(a);
      }
      break;
    case 'img':
    case 'script':
      a['src'] = typeof value === 'string' ? value : '';
      break;
    case 'a':
      a['href'] = typeof value === 'string' ? value : '';
      break;
    case 'text':
      a['text'] = value;
      break;
  }
}

/** Nodes.ResetNodes: clears the value of the named inputs (passwords, codes). */
export function resetNodes(c: UiContainer, ...ids: string[]): void {
  for (const n of c.nodes) if (ids.includes(nodeId(n)) && n.type === 'input') delete (n.attributes as Record<string, unknown>)['value'];
}

export function resetNodesWithPrefix(c: UiContainer, prefix: string): void {
  for (const n of c.nodes) if (nodeId(n).startsWith(prefix) && n.type === 'input') delete (n.attributes as Record<string, unknown>)['value'];
}

/** Container.ResetMessages. */
export function resetMessages(c: UiContainer): void {
  delete c.messages;
  for (const n of c.nodes) n.messages = [];
}

/** Container.AddMessage: to the form, or to the named fields (created as text inputs if missing). */
export function addMessage(c: UiContainer, m: UiText, ...fields: string[]): void {
  const targets = fields.filter((f) => f.trim());
  if (!targets.length) {
    c.messages = [...(c.messages ?? []), m];
    return;
  }
  for (const name of targets) {
    const n = findNode(c, name);
    if (n) n.messages.push(m);
    else {
      const created = inputNode(name, 'default', 'text');
      created.messages = [m];
      c.nodes.push(created);
    }
  }
}

export function setMessages(c: UiContainer, ...ms: UiText[]): void {
  c.messages = ms;
}

/**
 * Container.ParseError: 400 herodot errors become a 4000001 form message, validation errors go to
 * their fields. Returns false when the error is of another kind (the caller forwards it).
 */
export function parseError(c: UiContainer, err: unknown): boolean {
  if (err instanceof OryError) {
    if (err.status !== 400) return false;
    addMessage(c, text.validationGeneric(err.error.reason ?? ''));
    return true;
  }
  if (err instanceof ValidationError) {
    for (const e of err.entries) addMessage(c, e.message, e.path);
    return true;
  }
  return false;
}

/** Flattens JSON into dotted keys (ory/x jsonx.Flatten). */
export function flatten(value: Json, prefix = ''): [string, Json][] {
  if (typeof value === 'object' && value !== null) {
    const entries = Array.isArray(value) ? value.map((v, i) => [String(i), v] as [string, Json]) : Object.entries(value);
    return entries.flatMap(([k, v]) => flatten(v, prefix ? `${prefix}.${k}` : k));
  }
  return prefix ? [[prefix, value]] : [];
}

function formType(name: string, v: Json): 'hidden' | 'password' | 'number' | 'checkbox' | 'text' {
  if (name === 'csrf_token') return 'hidden';
  if (name === 'password') return 'password';
  if (typeof v === 'number') return 'number';
  if (typeof v === 'boolean') return 'checkbox';
  return 'text';
}

/** Container.UpdateNodeValuesFromJSON: sets values (and the group) of the nodes under `prefix`. */
export function updateValuesFromJSON(c: UiContainer, raw: Json, prefix: string, group: UiNodeGroup): void {
  for (const [k, v] of flatten(raw)) {
    const name = prefix ? `${prefix}.${k}` : k;
    const n = findNode(c, name);
    if (n) {
      setNodeValue(n, v);
      n.group = group;
      continue;
    }
    upsertNode(c, inputNode(name, group, formType(name, v), { value: v }));
  }
}
