import type { Json } from './body.ts';
import { isUnsafeKey } from './keys.ts';

type Container = Json[] | { [k: string]: Json };

function parsePointer(p: string): string[] {
  if (p === '') return [];
  if (!p.startsWith('/')) throw new Error(`invalid JSON pointer: ${p}`);
  const path = p
    .slice(1)
    .split('/')
    .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'));
  if (path.some(isUnsafeKey)) throw new Error(`path not found: ${p}`);
  return path;
}

function parentOf(doc: Json, path: string[]): { parent: Container; key: string } {
  let cur: Json = doc;
  for (const seg of path.slice(0, -1)) {
    if (Array.isArray(cur)) cur = cur[Number(seg)] ?? null;
    else if (cur && typeof cur === 'object') cur = Object.hasOwn(cur, seg) ? (cur[seg] ?? null) : null;
    else cur = null;
    if (cur === null || typeof cur !== 'object') throw new Error(`path not found: /${path.join('/')}`);
  }
  if (cur === null || typeof cur !== 'object') throw new Error(`path not found: /${path.join('/')}`);
  return { parent: cur, key: path[path.length - 1] ?? '' };
}

function get(doc: Json, path: string[]): Json {
  let cur: Json = doc;
  for (const seg of path) {
    if (Array.isArray(cur) && Object.hasOwn(cur, seg)) cur = cur[Number(seg)]!;
    else if (cur && typeof cur === 'object' && !Array.isArray(cur) && Object.hasOwn(cur, seg)) cur = cur[seg]!;
    else throw new Error(`path not found: /${path.join('/')}`);
  }
  return cur;
}

function add(doc: Json, path: string[], value: Json): Json {
  if (!path.length) return value;
  const { parent, key } = parentOf(doc, path);
  if (Array.isArray(parent)) {
    const i = key === '-' ? parent.length : Number(key);
    if (!Number.isInteger(i) || i < 0 || i > parent.length) throw new Error(`index out of range: ${key}`);
    parent.splice(i, 0, value);
  } else parent[key] = value;
  return doc;
}

function remove(doc: Json, path: string[]): Json {
  const { parent, key } = parentOf(doc, path);
  if (Array.isArray(parent)) {
    const i = Number(key);
    if (!Object.hasOwn(parent, i)) throw new Error(`path not found: /${path.join('/')}`);
    parent.splice(i, 1);
  } else {
    if (!Object.hasOwn(parent, key)) throw new Error(`path not found: /${path.join('/')}`);
    delete parent[key];
  }
  return doc;
}

/**
 * Applies an RFC 6902 JSON Patch. Operations on `ignore`d paths are skipped, as Kratos does for
 * `/id` and `/credentials`.
 */
export function applyJsonPatch(input: Json, ops: unknown, ignore: string[] = []): Json {
  if (!Array.isArray(ops)) throw new Error('json patch document must be an array');
  let doc = structuredClone(input);
  for (const raw of ops) {
    if (typeof raw !== 'object' || raw === null) throw new Error('invalid patch operation');
    const op = raw as { op?: string; path?: string; from?: string; value?: Json };
    const path = op.path ?? '';
    if (ignore.some((p) => path === p || path.startsWith(p + '/'))) continue;
    const ptr = parsePointer(path);
    switch (op.op) {
      case 'add':
        doc = add(doc, ptr, structuredClone(op.value ?? null));
        break;
      case 'remove':
        doc = remove(doc, ptr);
        break;
      case 'replace':
        get(doc, ptr);
        doc = ptr.length ? add(remove(doc, ptr), ptr, structuredClone(op.value ?? null)) : structuredClone(op.value ?? null);
        break;
      case 'move': {
        const from = parsePointer(op.from ?? '');
        const v = get(doc, from);
        doc = add(remove(doc, from), ptr, v);
        break;
      }
      case 'copy':
        doc = add(doc, ptr, structuredClone(get(doc, parsePointer(op.from ?? ''))));
        break;
      case 'test':
        if (JSON.stringify(get(doc, ptr)) !== JSON.stringify(op.value)) throw new Error(`test operation for path ${path} failed`);
        break;
      default:
        throw new Error(`unsupported operation: ${String(op.op)}`);
    }
  }
  return doc;
}
