import { useEffect, type ReactNode } from 'react';
import { EnglishPart } from '../context.tsx';
import { kratosSettings } from '../i18n/kratos-texts/settings.ts';
import { enSettings } from '../i18n/messages/en/settings.ts';
import { LookupSecrets } from '../nodes/LookupSecrets.tsx';
import { SettingsNodesContext, type SettingsNodeRenderers } from '../nodes/settings-slots.tsx';
import { TotpSecret } from '../nodes/TotpSecret.tsx';
import { preloadConfirmDialog } from '../primitives/confirm-dialog-slot.tsx';

const renderers: SettingsNodeRenderers = { LookupSecrets, TotpSecret };
const part = { english: enSettings, kratos: kratosSettings };

/**
 * What a settings flow brings to the nodes it renders, so a page without one carries none of it: the
 * settings English, the backup codes list and TOTP secret with copy (and download) buttons, and the
 * confirmation dialog's code, fetched ahead of the first destructive click. `SettingsView` renders it;
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
      <SettingsNodesContext.Provider value={renderers}>{children}</SettingsNodesContext.Provider>
    </EnglishPart>
  );
}
