import type { IdentitySchemaDocument } from '../../options.ts';

/** A JSON Schema node, loosely typed: identity schemas are user documents. */
export type SchemaNode = Record<string, unknown>;

/** The `ory.sh/kratos` extension of a schema property. */
export interface KratosExtension {
  credentials?: {
    password?: { identifier?: boolean };
    webauthn?: { identifier?: boolean };
    totp?: { account_name?: boolean };
  };
  verification?: { via?: string };
  recovery?: { via?: string };
}

/** A leaf of the schema as ory/x's jsonschemax.ListPaths reports it. */
export interface SchemaPath {
  name: string;
  type: string;
  format?: string;
  title?: string;
  pattern?: string;
  required: boolean;
  disabled: boolean;
}

function asNode(v: unknown): SchemaNode | undefined {
  return typeof v === 'object' && v !== null && !Array.isArray(v) ? (v as SchemaNode) : undefined;
}

/** Resolves a local `$ref` (`#/definitions/x`); other refs are left as they are. */
export function deref(root: SchemaNode, node: SchemaNode, depth = 0): SchemaNode {
  const ref = node['$ref'];
  if (typeof ref !== 'string' || !ref.startsWith('#') || depth > 16) return node;
  let cur: unknown = root;
  for (const seg of ref.slice(1).split('/').filter(Boolean)) {
    cur = asNode(cur)?.[seg.replace(/~1/g, '/').replace(/~0/g, '~')];
  }
  const target = asNode(cur);
  return target ? deref(root, { ...target, ...Object.fromEntries(Object.entries(node).filter(([k]) => k !== '$ref')) }, depth + 1) : node;
}

export function schemaType(node: SchemaNode): string {
  const t = node['type'];
  if (typeof t === 'string') return t;
  if (Array.isArray(t)) return String(t.find((x) => x !== 'null') ?? 'string');
  if (asNode(node['properties'])) return 'object';
  return 'string';
}

export function properties(node: SchemaNode): [string, SchemaNode][] {
  const props = asNode(node['properties']);
  if (!props) return [];
  return Object.entries(props).flatMap(([k, v]) => {
    const n = asNode(v);
    return n ? [[k, n] as [string, SchemaNode]] : [];
  });
}

export function requiredOf(node: SchemaNode): string[] {
  const r = node['required'];
  return Array.isArray(r) ? r.filter((x): x is string => typeof x === 'string') : [];
}

export function extensionOf(node: SchemaNode): KratosExtension | undefined {
  return asNode(node['ory.sh/kratos']) as KratosExtension | undefined;
}

/** Leaf paths (objects excluded), sorted by name as jsonschemax does. */
export function listPaths(doc: IdentitySchemaDocument): SchemaPath[] {
  const root = doc as SchemaNode;
  const out: SchemaPath[] = [];
  const walk = (node: SchemaNode, prefix: string, required: boolean, depth: number): void => {
    const n = deref(root, node);
    const type = schemaType(n);
    if (type === 'object') {
      if (depth > 32) return;
      const req = requiredOf(n);
      for (const [k, child] of properties(n)) walk(child, prefix ? `${prefix}.${k}` : k, req.includes(k), depth + 1);
      return;
    }
    if (type === 'array' || !prefix) return;
    const p: SchemaPath = { name: prefix, type, required, disabled: n['disableFormField'] === true };
    if (typeof n['format'] === 'string') p.format = n['format'];
    if (typeof n['title'] === 'string' && n['title']) p.title = n['title'];
    if (typeof n['pattern'] === 'string') p.pattern = n['pattern'];
    out.push(p);
  };
  walk(root, '', false, 0);
  return out.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
}

/** Kratos' schema.GetKeysInOrder: leaf keys in document order, dots in keys escaped. */
export function keysInOrder(doc: IdentitySchemaDocument): string[] {
  const root = doc as SchemaNode;
  const out: string[] = [];
  const walk = (node: SchemaNode, parents: string[]): void => {
    const n = deref(root, node);
    if (n['type'] === 'object') {
      for (const [k, child] of properties(n)) walk(child, [...parents, k.replace(/\./g, '\\.')]);
      return;
    }
    out.push(parents.join('.'));
  };
  walk(root, []);
  return out;
}
