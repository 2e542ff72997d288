import type { JsonObject } from '../../http/body.ts';
import { text } from '../../../nodes/text.ts';
import { ValidationError, type ValidationEntry } from '../identity/validate.ts';
import { codePointLength } from '../../util/strings.ts';

export interface FieldRule {
  required?: boolean;
  minLength?: number;
}

/**
 * Checks a method's payload the way its JSON Schema (selfservice/strategy/*\/.schema) would:
 * missing required fields (4000002) and too-short strings (4000001), on the field's node.
 */
export function checkPayload(body: JsonObject, rules: Record<string, FieldRule>): void {
  const entries: ValidationEntry[] = [];
  for (const [name, rule] of Object.entries(rules)) {
    const v = body[name];
    if (v === undefined || v === null) {
      if (rule.required) entries.push({ path: name, message: text.validationRequired(name) });
      continue;
    }
    const length = typeof v === 'string' ? codePointLength(v) : undefined;
    if (rule.minLength !== undefined && length !== undefined && length < rule.minLength) {
      entries.push({ path: name, message: text.validationGeneric(`length must be >= ${rule.minLength}, but got ${length}`) });
    }
  }
  if (entries.length) throw new ValidationError(entries);
}
