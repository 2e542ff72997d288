import { createContext, useContext, type ComponentType } from 'react';
import type { LookupSecretsProps, TotpSecretProps } from '../components.tsx';
import { useComponents } from '../context.tsx';
import type { confirmationOf } from '../form/confirm.ts';
import type { methodState } from '../form/method-state.ts';

// What only a settings flow needs comes with the settings flow component (`SettingsParts`), not with
// every page: the backup codes and TOTP secret renderers (list, copy, download), which sections say
// On/Off, and which buttons ask first. The default LookupSecrets and TotpSecret slots below render what
// it supplies, else plain text; the forms read the rest (form/FlowForm.tsx).

/** What a settings flow supplies to the forms and node slots below it. */
export interface SettingsSupplies {
  LookupSecrets: ComponentType<LookupSecretsProps>;
  TotpSecret: ComponentType<TotpSecretProps>;
  /** The question a destructive submit needs first (form/confirm.ts). */
  confirmationOf: typeof confirmationOf;
  /** Whether a section's method is on (form/method-state.ts). */
  methodState: typeof methodState;
}

export const SettingsSuppliesContext = /* @__PURE__ */ createContext<SettingsSupplies | null>(null);

/** Backup codes: the settings renderer, else the codes as text. */
export function LookupSecrets(props: LookupSecretsProps) {
  const C = useComponents();
  const Own = useContext(SettingsSuppliesContext)?.LookupSecrets;
  return Own ? <Own {...props} /> : <C.Text node={props.node} text={props.codes.map((c) => c.text).join(', ')} label={props.label} id={props.id} />;
}

/** The TOTP secret: the settings renderer, else the secret as text. */
export function TotpSecret(props: TotpSecretProps) {
  const C = useComponents();
  const Own = useContext(SettingsSuppliesContext)?.TotpSecret;
  return Own ? <Own {...props} /> : <C.Text node={props.node} text={props.secret} label={props.label} id={props.id} />;
}
