import type { NodeProps } from '../components.tsx';
import { useTranslate } from '../context.tsx';

/** A node type this kit does not know: a visible note instead of a crash. */
export function UnknownNode({ node }: NodeProps) {
  const { t } = useTranslate();
  const type = node.attributes.node_type === 'unknown' ? node.attributes.type : node.type;
  return (
    <p className="ory-unknown-node" data-node-type={type}>
      {t('ui.error.unknown_node')}
    </p>
  );
}
