import { useMemo } from 'react';
import { imageUrl } from '@orykit/client';
import type { NodeProps } from '../components.tsx';
import { useComponents, useTranslate } from '../context.tsx';
import { useFormScope } from '../form/scope.tsx';
import { nodeDomId } from './helpers.ts';

/** An `img` node. The TOTP QR code (`totp_qr`, 1050005) gets a descriptive alt text. */
export function ImageNode({ node }: NodeProps) {
  const C = useComponents();
  const tr = useTranslate();
  const scope = useFormScope();
  const a = node.attributes;
  // Checking a 17 kB QR data URI is linear in its length: once per node, not once per render.
  const src = useMemo(() => (a.node_type === 'img' ? (imageUrl(a.src) ?? '') : ''), [a]);
  if (a.node_type !== 'img') return null;
  const isQr = a.id === 'totp_qr' || node.label?.id === 1050005;
  const label = node.label ? tr.text(node.label, node.raw) : undefined;
  const alt = isQr ? tr.t('ui.totp.qr_alt') : (label ?? '');
  return (
    <C.Image
      node={node.raw}
      src={src}
      alt={alt}
      width={a.width}
      height={a.height}
      label={isQr ? undefined : label}
      id={nodeDomId(scope?.scopeId ?? 'ory', node)}
    />
  );
}
