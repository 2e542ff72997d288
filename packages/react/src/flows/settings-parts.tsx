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

/** The renderers and questions only a settings flow needs, for the node slots (nodes/settings-slots.tsx). */
export const settingsSupplies: SettingsSupplies = { LookupSecrets, TotpSecret, confirmationOf, methodState };
const part = { english: enSettings, kratos: kratosSettings };

/**
 * What a settings flow brings to the forms and nodes it renders, so a page without one carries none of
 * it: the settings English, the backup codes list and TOTP secret with copy (and download) buttons, each
 * section's On/Off state, and the questions before destructive submits (the dialog's code fetched ahead
 * of the first click). `SettingsView` renders it; `Flow` carries the same parts.
 */
export function SettingsParts({ children }: { children?: ReactNode }) {
  useEffect(preloadConfirmDialog, []);
  return (
    <EnglishPart part={part}>
      <SettingsSuppliesContext.Provider value={settingsSupplies}>{children}</SettingsSuppliesContext.Provider>
    </EnglishPart>
  );
}
