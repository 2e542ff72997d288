import { useEffect } from 'react';
import { EnglishPart } from '../context.tsx';
import { settingsSupplies } from '../flows/settings-parts.tsx';
import { kratosTexts } from '../i18n/kratos-texts.ts';
import { en } from '../i18n/messages/en.ts';
import { SettingsSuppliesContext } from '../nodes/settings-slots.tsx';
import { preloadConfirmDialog } from '../primitives/confirm-dialog-slot.tsx';
import { FlowCore, type FlowProps } from './Flow.tsx';

// An app's own `<Flow>` may render any kind of flow, so it carries what the flow components bring one
// part at a time: every flow's English and Kratos texts, and the settings flow's renderers and questions.
// A page with only `<Login>` never imports this module.
const everyPart = { english: en, kratos: kratosTexts };

/**
 * Renders any `ui` container as real forms: `<form action={ui.action} method={ui.method}>` posts
 * natively without JavaScript; with `onSubmit`, submits are intercepted and turned into a JSON body
 * (including the clicked button's name/value), double submits are blocked, typed values survive new
 * flows (passwords excepted) and focus moves to the first invalid field. Any kind of flow renders
 * complete: its English, and for a settings flow the backup codes, the TOTP secret, the On/Off state and
 * the questions before destructive submits.
 *
 * @example
 * ```tsx
 * <Flow ui={flow.ui} kind="login" onSubmit={(body) => submitLogin(flow.id, body)} />
 * ```
 */
export function Flow(props: FlowProps) {
  const settings = props.kind === 'settings';
  // The dialog's code is fetched ahead of the first destructive click, as `SettingsView` does.
  useEffect(() => {
    if (settings) preloadConfirmDialog();
  }, [settings]);
  return (
    <EnglishPart part={everyPart}>
      <SettingsSuppliesContext.Provider value={settingsSupplies}>
        <FlowCore {...props} />
      </SettingsSuppliesContext.Provider>
    </EnglishPart>
  );
}
