// Mutations of server data, in the shapes a broken server, proxy or webhook could send: fields dropped,
// duplicated or retyped; null, NaN, huge and deep values; unknown node types and groups; wrong-typed
// attributes; very long strings. Every mutation is recorded so a failure says what was done.
import type { Rng } from './prng.ts';

type Container = Record<string, unknown> | unknown[];

interface Slot {
  parent: Container;
  key: string | number;
  path: string;
  depth: number;
}

const isContainer = (v: unknown): v is Container => typeof v === 'object' && v !== null;

/** The deepest level a mutation reaches (see `slots`); below it, values are shared, not copied. */
const MAX_DEPTH = 12;

/** A copy of JSON-like data, deep enough that mutating it never changes the original. */
export function clone<T>(v: T, depth = 0): T {
  if (!isContainer(v) || depth > MAX_DEPTH + 1) return v;
  if (Array.isArray(v)) return v.map((x) => clone(x, depth + 1)) as T;
  const out: Record<string, unknown> = {};
  for (const [k, x] of Object.entries(v)) out[k] = clone(x, depth + 1);
  return out as T;
}

/** Nesting `depth` levels deep, built without recursion. */
export function deep(depth: number, kind: 'array' | 'object'): unknown {
  let v: unknown = 'bottom';
  for (let i = 0; i < depth; i++) v = kind === 'array' ? [v] : { details: v };
  return v;
}

const LONG = 'ä'.repeat(20_000);

/** Values a well-typed reader must survive, with a short name for the failure report. */
const HOSTILE: ReadonlyArray<[string, () => unknown]> = [
  ['null', () => null],
  ['undefined', () => undefined],
  ['NaN', () => NaN],
  ['Infinity', () => Infinity],
  ['-Infinity', () => -Infinity],
  ['-0', () => -0],
  ['0', () => 0],
  ['1e308', () => 1e308],
  ['2^53+1', () => 2 ** 53 + 1],
  ['-1', () => -1],
  ['true', () => true],
  ['false', () => false],
  ['""', () => ''],
  ['" "', () => ' '],
  ['long string', () => LONG],
  ['control chars', () => '\u0000\u202e\u2028\ufeff'],
  ['markup', () => '<script>alert(1)</script>'],
  ['"__proto__"', () => '__proto__'],
  ['"constructor"', () => 'constructor'],
  ['{}', () => ({})],
  ['[]', () => []],
  ['[null]', () => [null]],
  ['[NaN, {}, "x"]', () => [NaN, {}, 'x']],
  ['{toString: 5}', () => ({ toString: 5, valueOf: null })],
  ['{length: 1e9}', () => ({ length: 1e9 })],
  ['null-prototype object', () => Object.assign(Object.create(null) as object, { id: 'x', text: 'y' })],
  ['deep array 5000', () => deep(5000, 'array')],
  ['deep object 5000', () => deep(5000, 'object')],
  ['deep object 30', () => deep(30, 'object')],
  ['3000 items', () => Array.from({ length: 3000 }, (_, i) => i)],
];

const NODE_TYPES = ['input', 'img', 'a', 'text', 'script', 'div', 'INPUT', '', 'constructor', '__proto__', 'toString'];
const GROUPS = ['default', 'password', 'oidc', 'profile', 'link', 'code', 'totp', 'lookup_secret', 'webauthn', 'passkey', 'identifier_first', '', 'constructor', '__proto__', 'x'.repeat(300)];
const ATTRIBUTE_NAMES = ['name', 'type', 'value', 'disabled', 'required', 'pattern', 'autocomplete', 'maxlength', 'onclick', 'onclickTrigger', 'label', 'id', 'src', 'href', 'title', 'text', 'width', 'height', 'async', 'nonce', 'integrity', 'node_type'];
const INPUT_TYPES = ['text', 'submit', 'button', 'checkbox', 'hidden', 'password', 'email', 'number', 'date', 'file', 'image', 'radio', 'reset', 'color', 'weird'];

function hostile(r: Rng): [string, unknown] {
  const [name, make] = r.pick(HOSTILE);
  return [name, make()];
}

/** Every place a value can be changed, breadth-first, bounded so huge fixtures stay cheap. */
function slots(root: unknown, limit = 4000): Slot[] {
  const out: Slot[] = [];
  const queue: Array<{ v: unknown; path: string; depth: number }> = [{ v: root, path: '', depth: 0 }];
  const seen = new Set<unknown>();
  while (queue.length && out.length < limit) {
    const { v, path, depth } = queue.shift() as { v: unknown; path: string; depth: number };
    if (!isContainer(v) || seen.has(v) || depth > MAX_DEPTH) continue;
    seen.add(v);
    const keys: Array<string | number> = Array.isArray(v) ? v.map((_, i) => i) : Object.keys(v);
    for (const key of keys) {
      const child = (v as Record<string | number, unknown>)[key];
      const p = `${path}${typeof key === 'number' ? `[${key}]` : `.${key}`}`;
      out.push({ parent: v, key, path: p, depth });
      queue.push({ v: child, path: p, depth: depth + 1 });
    }
  }
  return out;
}

function set(slot: Slot, value: unknown): void {
  (slot.parent as Record<string | number, unknown>)[slot.key] = value;
}

function get(slot: Slot): unknown {
  return (slot.parent as Record<string | number, unknown>)[slot.key];
}

/** A node of any shape: an unknown type or group, attributes of the wrong types. */
function junkNode(r: Rng): unknown {
  const attributes: Record<string, unknown> = {};
  for (let i = r.int(5); i > 0; i--) attributes[r.pick(ATTRIBUTE_NAMES)] = r.chance(0.5) ? hostile(r)[1] : r.pick(INPUT_TYPES);
  const node: Record<string, unknown> = { type: r.pick(NODE_TYPES), group: r.pick(GROUPS), attributes, messages: r.chance(0.5) ? [] : hostile(r)[1], meta: r.chance(0.5) ? {} : { label: hostile(r)[1] } };
  if (r.chance(0.2)) delete node[r.pick(['type', 'group', 'attributes', 'messages', 'meta'])];
  return node;
}

type Mutation = (r: Rng, all: Slot[], root: unknown) => string | undefined;

const MUTATIONS: ReadonlyArray<[number, Mutation]> = [
  // drop a field or a list item
  [3, (r, all) => {
    const s = r.pick(all);
    if (Array.isArray(s.parent)) s.parent.splice(s.key as number, 1);
    else delete s.parent[s.key as string];
    return `drop ${s.path}`;
  }],
  // duplicate a list item, or turn a value into a list of it twice
  [2, (r, all) => {
    const s = r.pick(all);
    const v = get(s);
    if (Array.isArray(s.parent)) s.parent.splice(s.key as number, 0, clone(v));
    else set(s, [v, clone(v)]);
    return `duplicate ${s.path}`;
  }],
  // retype: any value becomes a hostile one
  [6, (r, all) => {
    const s = r.pick(all);
    const [name, v] = hostile(r);
    set(s, v);
    return `${s.path} = ${name}`;
  }],
  // the same, near the top (ui, nodes, sessions, request…), where one change breaks the most
  [3, (r, all) => {
    const top = all.filter((s) => s.depth <= 2);
    if (!top.length) return undefined;
    const s = r.pick(top);
    const [name, v] = hostile(r);
    set(s, v);
    return `${s.path} = ${name}`;
  }],
  // a value from elsewhere in the same document (an object where a string belongs, and so on)
  [2, (r, all) => {
    const s = r.pick(all);
    const from = r.pick(all);
    set(s, clone(get(from)));
    return `${s.path} = <${from.path}>`;
  }],
  // an unknown or malformed node in a node list
  [3, (r, all) => {
    const lists = all.filter((s) => s.key === 'nodes' && Array.isArray(get(s)));
    if (!lists.length) return undefined;
    const s = r.pick(lists);
    const nodes = get(s) as unknown[];
    nodes.splice(r.int(nodes.length + 1), 0, junkNode(r));
    return `junk node in ${s.path}`;
  }],
  // a wrong-typed attribute, or a known attribute with an unknown input type, on an existing node
  [3, (r, all) => {
    const attrs = all.filter((s) => s.key === 'attributes' && isContainer(get(s)) && !Array.isArray(get(s)));
    if (!attrs.length) return undefined;
    const s = r.pick(attrs);
    const name = r.pick(ATTRIBUTE_NAMES);
    const [label, v] = r.chance(0.3) ? ['type ' + r.pick(INPUT_TYPES), r.pick(INPUT_TYPES)] : hostile(r);
    (get(s) as Record<string, unknown>)[name] = v;
    return `${s.path}.${name} = ${label}`;
  }],
  // an unknown group on an existing node
  [1, (r, all) => {
    const groups = all.filter((s) => s.key === 'group');
    if (!groups.length) return undefined;
    const s = r.pick(groups);
    set(s, r.pick(GROUPS));
    return `regroup ${s.path}`;
  }],
  // the value wrapped deep in lists or objects
  [1, (r, all) => {
    const s = r.pick(all);
    let v = get(s);
    const depth = r.pick([3, 50, 3000]);
    for (let i = 0; i < depth; i++) v = r.chance(0.5) ? [v] : { value: v };
    set(s, v);
    return `wrap ${s.path} ${depth} deep`;
  }],
];

const TOTAL_WEIGHT = MUTATIONS.reduce((sum, [w]) => sum + w, 0);

function pickMutation(r: Rng): Mutation {
  let x = r.next() * TOTAL_WEIGHT;
  for (const [w, m] of MUTATIONS) {
    x -= w;
    if (x < 0) return m;
  }
  return (MUTATIONS[0] as [number, Mutation])[1];
}

/**
 * A mutated copy of `data` (an object holding the component's server data: `{ flow }`,
 * `{ request, identity }`, `{ sessions, current }` …) and the list of what was done to it.
 */
export function mutate<T extends Record<string, unknown>>(data: T, r: Rng): { data: T; steps: string[] } {
  const copy = clone(data);
  const steps: string[] = [];
  const count = 1 + r.int(4);
  for (let attempt = 0; steps.length < count && attempt < count * 4; attempt++) {
    const all = slots(copy);
    if (!all.length) break;
    const step = pickMutation(r)(r, all, copy);
    if (step) steps.push(step);
  }
  return { data: copy, steps };
}
