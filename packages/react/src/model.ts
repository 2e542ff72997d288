import type { UiNode, UiText } from '@orykit/client';

// Everything the server sends passes through here before it is rendered: a wrong type (a number where a
// string belongs, an object where a list belongs) becomes a safe default, never an exception.

/**
 * The node groups Kratos v0.9–v0.11 emit. Anything else renders in a section of its own.
 * @example
 * ```ts
 * KNOWN_GROUPS.includes(node.group);
 * ```
 */
export const KNOWN_GROUPS = [
  'default',
  'password',
  'oidc',
  'profile',
  'link',
  'code',
  'totp',
  'lookup_secret',
  'webauthn',
] as const;
export type KnownGroup = (typeof KNOWN_GROUPS)[number];

/**
 * Input types rendered natively; any other type falls back to a text input.
 * @example
 * ```ts
 * KNOWN_INPUT_TYPES.includes('datetime-local'); // true
 * ```
 */
export const KNOWN_INPUT_TYPES = [
  'text',
  'email',
  'password',
  'hidden',
  'submit',
  'button',
  'checkbox',
  'number',
  'tel',
  'url',
  'date',
  'datetime-local',
] as const;

export const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/** A string, or a number/boolean as its text; anything else is undefined. */
export function str(v: unknown): string | undefined {
  if (typeof v === 'string') return v;
  if (typeof v === 'number' && Number.isFinite(v)) return String(v);
  if (typeof v === 'boolean') return String(v);
  return undefined;
}

export function bool(v: unknown): boolean {
  return v === true || v === 'true';
}

export function num(v: unknown): number | undefined {
  if (typeof v === 'number' && Number.isFinite(v)) return v;
  if (typeof v === 'string' && v.trim() !== '' && Number.isFinite(Number(v))) return Number(v);
  return undefined;
}

/** A well-formed UiText, or undefined when the value is not one. */
export function asUiText(v: unknown): UiText | undefined {
  if (!isRecord(v)) return undefined;
  const text = str(v['text']);
  const id = num(v['id']);
  if (text === undefined && id === undefined) return undefined;
  const out: UiText = { id: id ?? 0, text: text ?? '', type: str(v['type']) ?? 'info' };
  if (isRecord(v['context'])) (out as { context?: unknown }).context = v['context'];
  return out;
}

export function asUiTexts(v: unknown): UiText[] {
  if (!Array.isArray(v)) return [];
  const out: UiText[] = [];
  for (const m of v) {
    const t = asUiText(m);
    if (t) out.push(t);
  }
  return out;
}

export type MessageKind = 'error' | 'success' | 'info';

/** Kratos sends `info`, `error` and (v0.11) `success`; unknown types are shown as info. */
export function messageKind(t: UiText): MessageKind {
  const type = typeof t.type === 'string' ? t.type : '';
  if (type === 'error') return 'error';
  if (type === 'success') return 'success';
  return 'info';
}

export interface InputAttrs {
  node_type: 'input';
  name: string;
  /** The input type as sent (lower-cased); may be one we do not know. */
  type: string;
  value: unknown;
  disabled: boolean;
  required: boolean;
  pattern: string | undefined;
  autocomplete: string | undefined;
  maxlength: number | undefined;
  onclick: string | undefined;
  onclickTrigger: string | undefined;
  label: UiText | undefined;
}

export interface ImageAttrs {
  node_type: 'img';
  id: string;
  src: string;
  width: number | undefined;
  height: number | undefined;
}

export interface AnchorAttrs {
  node_type: 'a';
  id: string;
  href: string;
  title: UiText | undefined;
}

export interface TextAttrs {
  node_type: 'text';
  id: string;
  text: UiText;
}

export interface ScriptAttrs {
  node_type: 'script';
  id: string;
  src: string;
  async: boolean;
  crossorigin: string | undefined;
  integrity: string | undefined;
  nonce: string | undefined;
  referrerpolicy: string | undefined;
  type: string | undefined;
}

export interface UnknownAttrs {
  node_type: 'unknown';
  /** The node type as sent (stringified), for the fallback message. */
  type: string;
}

export type NodeAttrs = InputAttrs | ImageAttrs | AnchorAttrs | TextAttrs | ScriptAttrs | UnknownAttrs;

/** A node after normalization: every field present with the right type. */
export interface NormalizedNode<A extends NodeAttrs = NodeAttrs> {
  /** The node exactly as the server sent it (handed to override components). */
  raw: UiNode;
  type: A['node_type'];
  group: string;
  attributes: A;
  messages: UiText[];
  label: UiText | undefined;
  /** A stable key among its siblings: type, group and name/id, plus an occurrence counter. */
  key: string;
}

export type InputNode = NormalizedNode<InputAttrs>;

/**
 * Normalizes one raw node; never throws.
 * @example
 * ```ts
 * normalizeNode({ type: 'img', attributes: { src: 5 } }).attributes; // { node_type: 'img', src: '', … }
 * ```
 */
export function normalizeNode(raw: unknown): Omit<NormalizedNode, 'key'> {
  const r = isRecord(raw) ? raw : {};
  const a = isRecord(r['attributes']) ? r['attributes'] : {};
  const meta = isRecord(r['meta']) ? r['meta'] : {};
  const group = str(r['group']) ?? 'default';
  const messages = asUiTexts(r['messages']);
  const label = asUiText(meta['label']);
  const type = str(r['type']) ?? str(a['node_type']) ?? 'unknown';
  const rawNode = raw as UiNode;

  switch (type) {
    case 'input': {
      const attributes: InputAttrs = {
        node_type: 'input',
        name: str(a['name']) ?? '',
        type: (str(a['type']) ?? 'text').toLowerCase(),
        value: a['value'],
        disabled: bool(a['disabled']),
        required: bool(a['required']),
        pattern: str(a['pattern']),
        autocomplete: str(a['autocomplete']),
        maxlength: num(a['maxlength']),
        onclick: str(a['onclick']),
        onclickTrigger: str(a['onclickTrigger']),
        label: asUiText(a['label']),
      };
      return { raw: rawNode, type: 'input', group, attributes, messages, label: label ?? attributes.label };
    }
    case 'img': {
      const attributes: ImageAttrs = {
        node_type: 'img',
        id: str(a['id']) ?? '',
        src: str(a['src']) ?? '',
        width: num(a['width']),
        height: num(a['height']),
      };
      return { raw: rawNode, type: 'img', group, attributes, messages, label };
    }
    case 'a': {
      const attributes: AnchorAttrs = {
        node_type: 'a',
        id: str(a['id']) ?? '',
        href: str(a['href']) ?? '',
        title: asUiText(a['title']),
      };
      return { raw: rawNode, type: 'a', group, attributes, messages, label };
    }
    case 'text': {
      const attributes: TextAttrs = {
        node_type: 'text',
        id: str(a['id']) ?? '',
        text: asUiText(a['text']) ?? { id: 0, text: str(a['text']) ?? '', type: 'info' },
      };
      return { raw: rawNode, type: 'text', group, attributes, messages, label };
    }
    case 'script': {
      const attributes: ScriptAttrs = {
        node_type: 'script',
        id: str(a['id']) ?? '',
        src: str(a['src']) ?? '',
        async: a['async'] === undefined ? true : bool(a['async']),
        crossorigin: str(a['crossorigin']),
        integrity: str(a['integrity']),
        nonce: str(a['nonce']),
        referrerpolicy: str(a['referrerpolicy']),
        type: str(a['type']),
      };
      return { raw: rawNode, type: 'script', group, attributes, messages, label };
    }
    default:
      return {
        raw: rawNode,
        type: 'unknown',
        group,
        attributes: { node_type: 'unknown', type },
        messages,
        label,
      };
  }
}

function nodeIdentity(n: Omit<NormalizedNode, 'key'>): string {
  const a = n.attributes;
  switch (a.node_type) {
    case 'input':
      return `${a.type}:${a.name}`;
    case 'unknown':
      return a.type;
    default:
      return a.id;
  }
}

/**
 * Normalizes a node list, giving each node a key that is stable across re-renders of new flows.
 * @example
 * ```ts
 * normalizeNodes(flow.ui.nodes).map((n) => n.key);
 * ```
 */
export function normalizeNodes(raw: readonly unknown[]): NormalizedNode[] {
  const seen = new Map<string, number>();
  const out: NormalizedNode[] = [];
  for (const r of raw) {
    const n = normalizeNode(r);
    const base = `${n.type}:${n.group}:${nodeIdentity(n)}`;
    const count = seen.get(base) ?? 0;
    seen.set(base, count + 1);
    // Submit buttons sharing a name (method=password, method=webauthn…) are told apart by value.
    const a = n.attributes;
    const extra = a.node_type === 'input' && (a.type === 'submit' || a.type === 'button') ? `=${str(a.value) ?? ''}` : '';
    out.push({ ...n, key: count === 0 ? base + extra : `${base}${extra}#${count}` });
  }
  return out;
}

export interface NormalizedUi {
  action: string;
  method: string;
  messages: UiText[];
  nodes: NormalizedNode[];
}

export type UiProblem = 'missing_ui' | 'nodes_not_array';

/**
 * Normalizes a `ui` container. A missing container or a node list that is not a list is a problem.
 * @example
 * ```ts
 * const { ui, problem } = normalizeUi(flow.ui); // problem: 'missing_ui' | 'nodes_not_array' | undefined
 * ```
 */
export function normalizeUi(raw: unknown): { ui: NormalizedUi; problem?: UiProblem } {
  if (!isRecord(raw)) {
    return { ui: { action: '', method: 'post', messages: [], nodes: [] }, problem: 'missing_ui' };
  }
  const nodesRaw = raw['nodes'];
  const ui: NormalizedUi = {
    action: str(raw['action']) ?? '',
    method: (str(raw['method']) ?? 'post').toLowerCase() === 'get' ? 'get' : 'post',
    messages: asUiTexts(raw['messages']),
    nodes: Array.isArray(nodesRaw) ? normalizeNodes(nodesRaw) : [],
  };
  return Array.isArray(nodesRaw) ? { ui } : { ui, problem: 'nodes_not_array' };
}

export const isInput = (n: NormalizedNode): n is InputNode => n.attributes.node_type === 'input';

/** Inputs the user types into (their values are kept across new flows). */
export function isEditable(n: NormalizedNode): n is InputNode {
  if (!isInput(n)) return false;
  const t = n.attributes.type;
  return t !== 'hidden' && t !== 'submit' && t !== 'button';
}

export function isHiddenInput(n: NormalizedNode): boolean {
  return isInput(n) && n.attributes.type === 'hidden';
}

/** Visible in the page (hidden inputs and scripts are not). */
export function isVisible(n: NormalizedNode): boolean {
  return !(isHiddenInput(n) || n.attributes.node_type === 'script');
}

export function isSubmit(n: NormalizedNode): n is InputNode {
  return isInput(n) && n.attributes.type === 'submit';
}

/** The node name for inputs, the attribute id for other nodes. */
export function nodeName(n: NormalizedNode): string {
  const a = n.attributes;
  if (a.node_type === 'input') return a.name;
  if (a.node_type === 'unknown') return '';
  return a.id;
}

/** Text from a UiText context value (RFC 3339 times, names…), for display. */
export function contextValue(t: UiText | undefined, key: string): unknown {
  const c = (t as { context?: unknown } | undefined)?.context;
  return isRecord(c) ? c[key] : undefined;
}
