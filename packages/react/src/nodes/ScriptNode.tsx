import { scriptUrl } from '@orykit/client';
import { useUrlPolicy } from '@orykit/react-query';
import { useEffect } from 'react';
import type { NodeProps } from '../components.tsx';
import { useComponents } from '../context.tsx';
import { useFormScope } from '../form/scope.tsx';

/**
 * A `script` node. Kratos' webauthn.js is not loaded: the kit runs the ceremony itself, so the app's
 * CSP needs no Kratos origin. With `webauthnScript="kratos"` it is loaded once per page, with its
 * integrity and CSP attributes, and only from Kratos' origin (the client's, else the flow action's) or
 * the client's `allowedScriptUrls`.
 */
export function ScriptNode({ node }: NodeProps) {
  const C = useComponents();
  const scope = useFormScope();
  const policy = useUrlPolicy();
  const a = node.attributes;
  const raw = a.node_type === 'script' ? a.src : '';
  const skipped = node.group === 'webauthn' && scope?.webauthnScript !== 'kratos';
  const src = skipped ? undefined : scriptUrl(raw, policy, scope?.action);
  const refused = !skipped && raw !== '' && src === undefined;
  useEffect(() => {
    if (refused) console.error(`[orykit] refused to load the script node ${JSON.stringify(raw)}: not on Kratos' origin nor an allowed script URL.`);
  }, [refused, raw]);
  if (a.node_type !== 'script' || src === undefined) return null;
  return (
    <C.Script
      src={src}
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
