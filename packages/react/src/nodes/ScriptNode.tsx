import type { NodeProps } from '../components.tsx';
import { useComponents } from '../context.tsx';

/** A `script` node (Kratos' webauthn.js): loaded once per page, with its integrity and CSP attributes. */
export function ScriptNode({ node }: NodeProps) {
  const C = useComponents();
  const a = node.attributes;
  if (a.node_type !== 'script' || a.src === '') return null;
  return (
    <C.Script
      src={a.src}
      async={a.async}
      integrity={a.integrity}
      crossOrigin={a.crossorigin}
      nonce={a.nonce}
      referrerPolicy={a.referrerpolicy}
      type={a.type}
      id={a.id}
    />
  );
}
