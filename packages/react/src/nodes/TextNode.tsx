import type { UiText } from '@orykit/client';
import type { LookupSecretCode, NodeProps } from '../components.tsx';
import { useComponents, useTranslate, type Translate } from '../context.tsx';
import { asUiText, contextValue, str } from '../model.ts';
import { useFormScope } from '../form/scope.tsx';
import { nodeDomId } from './helpers.ts';

/** Backup codes from a 1050015 text: `context.secrets` holds 1050009 (a code) or 1050014 (used). */
export function lookupCodes(tr: Translate, text: UiText): LookupSecretCode[] | undefined {
  const secrets = contextValue(text, 'secrets');
  if (!Array.isArray(secrets)) return undefined;
  const out: LookupSecretCode[] = [];
  for (const item of secrets) {
    const t = asUiText(item);
    if (!t) continue;
    if (t.id === 1050014) {
      out.push({ code: '', used: true, text: tr.text(t) });
      continue;
    }
    const code = str(contextValue(t, 'secret')) ?? t.text;
    if (code) out.push({ code, used: false, text: code });
  }
  return out;
}

/**
 * A `text` node. Backup codes (1050015) render as a list with copy and download; the TOTP secret
 * (1050006) as a code with a copy button; anything else as plain text (never as HTML).
 */
export function TextNode({ node }: NodeProps) {
  const C = useComponents();
  const tr = useTranslate();
  const scope = useFormScope();
  const a = node.attributes;
  if (a.node_type !== 'text') return null;
  const id = nodeDomId(scope?.scopeId ?? 'ory', node);
  const label = node.label ? tr.text(node.label, node.raw) : undefined;

  if (a.text.id === 1050015 || a.id === 'lookup_secret_codes') {
    const codes = lookupCodes(tr, a.text);
    if (codes) return <C.LookupSecrets node={node.raw} codes={codes} label={label} id={id} />;
  }
  if (a.text.id === 1050006 || a.id === 'totp_secret_key') {
    const secret = str(contextValue(a.text, 'secret')) ?? a.text.text;
    if (secret) return <C.TotpSecret node={node.raw} secret={secret} label={label} id={id} />;
  }
  return <C.Text node={node.raw} text={tr.text(a.text, node.raw)} label={label} id={id} />;
}
