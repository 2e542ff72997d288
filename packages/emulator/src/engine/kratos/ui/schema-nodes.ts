import { inputNode } from '../../../nodes/builders.ts';
import { text } from '../../../nodes/text.ts';
import type { InputType, UiNode, UiNodeGroup } from '../../../nodes/types.ts';
import type { SchemaPath } from '../identity/schema.ts';

function inputType(p: SchemaPath): { type: InputType; autocomplete?: 'email' | 'tel' | 'url' } {
  switch (p.format) {
    case 'date-time':
      return { type: 'datetime-local' };
    case 'email':
      return { type: 'email', autocomplete: 'email' };
    case 'tel':
      return { type: 'tel', autocomplete: 'tel' };
    case 'date':
      return { type: 'date' };
    case 'uri':
      return { type: 'url', autocomplete: 'url' };
  }
  if (p.name === 'csrf_token') return { type: 'hidden' };
  if (p.name === 'password') return { type: 'password' };
  if (p.type === 'number' || p.type === 'integer') return { type: 'number' };
  if (p.type === 'boolean') return { type: 'checkbox' };
  return { type: 'text' };
}

/** container.NodesFromJSONSchema / node.NewInputFieldFromSchema for the identity's traits. */
export function schemaNodes(paths: SchemaPath[], group: UiNodeGroup): UiNode[] {
  return paths.map((p) => {
    const t = inputType(p);
    return inputNode(p.name, group, t.type, {
      ...(p.required ? { required: true } : {}),
      ...(t.autocomplete ? { autocomplete: t.autocomplete } : {}),
      ...(p.pattern ? { pattern: p.pattern } : {}),
      ...(p.disabled ? { disabled: true } : {}),
      ...(p.title ? { label: text.nodeLabelGenerated(p.title) } : {}),
    });
  });
}
