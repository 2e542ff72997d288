import type { Autocomplete, InputType, UiNode, UiNodeGroup, UiText } from './types.ts';

// Node builders in the exact shapes Kratos v0.11 marshals (ui/node/*.go): attribute keys in Go's
// field order, `messages: []`, `meta: {}` unless a label is set. An input's `value` is left out
// when Go's value is a nil interface; `null` is kept because Kratos sends it for typed nil pointers.

export interface InputOptions {
  value?: unknown;
  required?: boolean;
  autocomplete?: Autocomplete;
  pattern?: string;
  disabled?: boolean;
  onclick?: string;
  label?: UiText;
}

export function inputNode(name: string, group: UiNodeGroup, type: InputType, o: InputOptions = {}): UiNode {
  const attributes = {
    name,
    type,
    ...(o.value !== undefined ? { value: o.value } : {}),
    ...(o.required ? { required: true } : {}),
    ...(o.autocomplete ? { autocomplete: o.autocomplete } : {}),
    ...(o.pattern ? { pattern: o.pattern } : {}),
    disabled: o.disabled ?? false,
    ...(o.onclick ? { onclick: o.onclick } : {}),
    node_type: 'input' as const,
  };
  return { type: 'input', group, attributes, messages: [], meta: o.label ? { label: o.label } : {} };
}

/** The hidden `csrf_token` input of browser flows (node.NewCSRFNode). */
export function csrfNode(token: string): UiNode {
  return inputNode('csrf_token', 'default', 'hidden', { value: token, required: true });
}

/** A submit button, e.g. `method=password`. */
export function submitNode(name: string, value: string, group: UiNodeGroup, label?: UiText): UiNode {
  return inputNode(name, group, 'submit', { value, ...(label ? { label } : {}) });
}

export function imageNode(id: string, src: string, group: UiNodeGroup, size: { width: number; height: number }, label?: UiText): UiNode {
  return {
    type: 'img',
    group,
    attributes: { src, id, width: size.width, height: size.height, node_type: 'img' },
    messages: [],
    meta: label ? { label } : {},
  };
}

export function textNode(id: string, t: UiText, group: UiNodeGroup, label?: UiText): UiNode {
  return { type: 'text', group, attributes: { text: t, id, node_type: 'text' }, messages: [], meta: label ? { label } : {} };
}

export function anchorNode(id: string, href: string, group: UiNodeGroup, title: UiText, label?: UiText): UiNode {
  return { type: 'a', group, attributes: { href, title, id, node_type: 'a' }, messages: [], meta: label ? { label } : {} };
}

export interface ScriptOptions {
  integrity: string;
  nonce: string;
}

/** node.NewScriptField: async, `no-referrer`, `anonymous`, `text/javascript`, a fresh nonce. */
export function scriptNode(id: string, src: string, group: UiNodeGroup, o: ScriptOptions): UiNode {
  return {
    type: 'script',
    group,
    attributes: {
      src,
      async: true,
      referrerpolicy: 'no-referrer',
      crossorigin: 'anonymous',
      integrity: o.integrity,
      type: 'text/javascript',
      id,
      nonce: o.nonce,
      node_type: 'script',
    },
    messages: [],
    meta: {},
  };
}

/** The node's id as Kratos computes it: an input's name, else the attributes' id. */
export function nodeId(n: UiNode): string {
  const a = n.attributes as { name?: string; id?: string };
  return a.name ?? a.id ?? '';
}

/** The node's value as Kratos' GetValue sees it (input value, img/script src, anchor href, text). */
export function nodeValue(n: UiNode): unknown {
  const a = n.attributes as { value?: unknown; src?: string; href?: string; text?: UiText };
  switch (n.type) {
    case 'input':
      return a.value;
    case 'img':
    case 'script':
      return a.src;
    case 'a':
      return a.href;
    case 'text':
      return a.text;
  }
}
