import { useEffect, type ReactNode } from 'react';
import { EnglishPart } from '../context.tsx';
import { kratosSettings } from '../i18n/kratos-texts/settings.ts';
import { enSettings } from '../i18n/messages/en/settings.ts';
import { confirmationOf } from '../form/confirm.ts';
import { methodState } from '../form/method-state.ts';
import { LookupSecrets } from '../nodes/LookupSecrets.tsx';
import { SettingsSuppliesContext, type SettingsSupplies } from '../nodes/settings-slots.tsx';
import { TotpSecret } from '../nodes/TotpSecret.tsx';
import { preloadConfirmDialog } from '../primitives/confirm-dialog-slot.tsx';

const supplies: SettingsSupplies = { LookupSecrets, TotpSecret, confirmationOf, methodState };
const part = { english: enSettings, kratos: kratosSettings };

/**
 * What a settings flow brings to the forms and nodes it renders, so a page without one carries none of
 * it: the settings English, the backup codes list and TOTP secret with copy (and download) buttons, each
 * section's On/Off state, and the questions before destructive submits (the dialog's code fetched ahead
 * of the first click). `SettingsView` renders it;
 * wrap a `<Flow>` that renders a settings flow in it.
 *
 * @example
 * ```tsx
 * <SettingsParts>
 *   <Flow ui={flow.ui} kind="settings" layout="grouped" onSubmit={submit} />
 * </SettingsParts>
 * ```
 */
export function SettingsParts({ children }: { children?: ReactNode }) {
  useEffect(preloadConfirmDialog, []);
  return (
    <EnglishPart part={part}>
      <SettingsSuppliesContext.Provider value={supplies}>{children}</SettingsSuppliesContext.Provider>
    </EnglishPart>
  );
}
