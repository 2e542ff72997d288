import type { UiNode } from '@orykit/client';
import { useComponents } from '../context.tsx';
import { isRecord, normalizeNodes, type InputNode as InputNodeT, type NormalizedNode } from '../model.ts';
import { cx } from '../util/cx.ts';
import { StandaloneScope, useFieldChecked, useFieldValue, useFormScope } from '../form/scope.tsx';
import { InputNode } from './InputNode.tsx';

function isNormalized(n: unknown): n is NormalizedNode {
  return isRecord(n) && 'raw' in n && 'key' in n && isRecord(n['attributes']);
}

export interface NodeComponentProps {
  /** A node as the server sent it (or as normalized by `<Flow>`). */
  node: UiNode | NormalizedNode;
}

/**
 * Renders one node. This is the one place that dispatches on the node type: `input`, `img`, `a`,
 * `text`, `script`, and a visible fallback for anything else. Each type is a replaceable slot.
 *
 * @example
 * ```tsx
 * <Node node={flow.ui.nodes[0]} />
 * ```
 */
export function Node({ node }: NodeComponentProps) {
  const scope = useFormScope();
  const C = useComponents();
  if (!scope) {
    return (
      <StandaloneScope>
        <Node node={node} />
      </StandaloneScope>
    );
  }
  const n = isNormalized(node) ? node : (normalizeNodes([node])[0] as NormalizedNode);
  return nodeSwitch(C, n);
}

/** A function, not a component: one component per node instead of two (every node of a flow mounts one). */
function nodeSwitch(C: ReturnType<typeof useComponents>, node: NormalizedNode) {
  const a = node.attributes;
  switch (a.node_type) {
    case 'input': {
      if (a.type === 'hidden') return <C.InputNode node={node} />;
      const Input = C.InputNode === InputNode ? InputNode : OverriddenInputNode;
      return (
        <div className={cx('ory-node', 'ory-node--input', `ory-node--input-${a.type.replace(/[^a-z-]/g, '')}`)} data-node-name={a.name || undefined}>
          <Input node={node} />
        </div>
      );
    }
    case 'script':
      return <C.ScriptNode node={node} />;
    case 'img':
      return (
        <div className="ory-node ory-node--img" data-node-id={a.id || undefined}>
          <C.ImageNode node={node} />
        </div>
      );
    case 'a':
      return (
        <div className="ory-node ory-node--a" data-node-id={a.id || undefined}>
          <C.AnchorNode node={node} />
        </div>
      );
    case 'text':
      return (
        <div className="ory-node ory-node--text" data-node-id={a.id || undefined}>
          <C.TextNode node={node} />
        </div>
      );
    default:
      return (
        <div className="ory-node ory-node--unknown">
          <C.UnknownNode node={node} />
        </div>
      );
  }
}

/**
 * An `InputNode` override may read `scope.getValue(node)`, which does not subscribe: render it again
 * when its own field changes, so what the user types shows up (the default subscribes by itself).
 */
function OverriddenInputNode({ node }: { node: NormalizedNode }) {
  const C = useComponents();
  useFieldValue(node as InputNodeT);
  useFieldChecked(node as InputNodeT);
  return <C.InputNode node={node} />;
}
