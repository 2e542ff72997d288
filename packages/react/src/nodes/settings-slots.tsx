import { createContext, useContext, type ComponentType } from 'react';
import type { LookupSecretsProps, TotpSecretProps } from '../components.tsx';
import { useComponents } from '../context.tsx';

// The default LookupSecrets and TotpSecret slots. Only a settings flow shows backup codes and the TOTP
// secret, so their renderers (list, copy, download) come with the settings flow component
// (`SettingsParts`), not with every page: these slots render what it supplies, else plain text.

/** The renderers a settings flow supplies to the node slots below it. */
export interface SettingsNodeRenderers {
  LookupSecrets: ComponentType<LookupSecretsProps>;
  TotpSecret: ComponentType<TotpSecretProps>;
}

export const SettingsNodesContext = /* @__PURE__ */ createContext<SettingsNodeRenderers | null>(null);

/** Backup codes: the settings renderer, else the codes as text. */
export function LookupSecrets(props: LookupSecretsProps) {
  const C = useComponents();
  const Own = useContext(SettingsNodesContext)?.LookupSecrets;
  return Own ? <Own {...props} /> : <C.Text node={props.node} text={props.codes.map((c) => c.text).join(', ')} label={props.label} id={props.id} />;
}

/** The TOTP secret: the settings renderer, else the secret as text. */
export function TotpSecret(props: TotpSecretProps) {
  const C = useComponents();
  const Own = useContext(SettingsNodesContext)?.TotpSecret;
  return Own ? <Own {...props} /> : <C.Text node={props.node} text={props.secret} label={props.label} id={props.id} />;
}
