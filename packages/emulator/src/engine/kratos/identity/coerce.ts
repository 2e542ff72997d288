import type { Json, JsonObject } from '../../http/body.ts';
import { dict, isUnsafeKey } from '../../http/keys.ts';
import type { IdentitySchemaDocument } from '../../options.ts';
import { deref, properties, schemaType, type SchemaNode } from './schema.ts';

/** Form posts carry strings; decoderx converts them to the schema's types. */
export function coerceTraits(doc: IdentitySchemaDocument, traits: JsonObject): JsonObject {
  const root = doc as SchemaNode;
  const traitsSchema = properties(deref(root, root)).find(([k]) => k === 'traits')?.[1];
  if (!traitsSchema) return traits;
  const walk = (raw: SchemaNode, v: Json): Json => {
    const s = deref(root, raw);
    const t = schemaType(s);
    if (typeof v === 'string') {
      if ((t === 'number' || t === 'integer') && v.trim() !== '' && !Number.isNaN(Number(v))) return Number(v);
      if (t === 'boolean' && (v === 'true' || v === 'false')) return v === 'true';
      return v;
    }
    if (typeof v === 'object' && v !== null && !Array.isArray(v)) {
      const out = dict<Json>();
      const props = new Map(properties(s));
      for (const [k, child] of Object.entries(v)) {
        if (isUnsafeKey(k)) continue;
        const ps = props.get(k);
        out[k] = ps ? walk(ps, child) : child;
      }
      return out;
    }
    return v;
  };
  return walk(traitsSchema, traits) as JsonObject;
}
