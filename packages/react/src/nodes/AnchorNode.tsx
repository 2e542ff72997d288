import { linkUrl } from '@orykit/client';
import type { NodeProps } from '../components.tsx';
import { useComponents, useTranslate } from '../context.tsx';
import { useFormScope } from '../form/scope.tsx';
import { nodeDomId } from './helpers.ts';

/** An `a` node: a link with the node's title as text; an href no policy allows renders as plain text. */
export function AnchorNode({ node }: NodeProps) {
  const C = useComponents();
  const tr = useTranslate();
  const scope = useFormScope();
  const a = node.attributes;
  if (a.node_type !== 'a') return null;
  const label = tr.text(a.title, node.raw) || tr.text(node.label, node.raw) || a.href;
  return (
    <C.Anchor node={node.raw} href={linkUrl(a.href) ?? ''} id={nodeDomId(scope?.scopeId ?? 'ory', node)}>
      {label}
    </C.Anchor>
  );
}
