import type { SettingsFlow } from '@orykit/client';
import { useTranslate } from '../context.tsx';
import { withFlowErrorBoundary } from '../form/FlowErrorBoundary.tsx';
import { SelfServiceCard } from './SelfServiceCard.tsx';
import { SettingsParts } from './settings-parts.tsx';
import { link, resolveFlowProps, type FlowViewProps } from './shared.tsx';

export type SettingsProps = FlowViewProps<SettingsFlow> & {
  /** Only render these groups (e.g. `['password']` for a password page). */
  onlyGroups?: readonly string[] | undefined;
  /** Ask before removing the authenticator app, a security key, backup codes or a social account (default true). */
  confirmDestructive?: boolean | undefined;
};

/**
 * The settings flow: one titled section per method (profile, password, authenticator app, backup
 * codes, security keys, social accounts), each its own `<form>` as Kratos expects. Submit to the flow
 * `ui.action` names (`submitFlowId` from `@orykit/react-query`): after a save it is a new flow.
 *
 * @example
 * ```tsx
 * <Settings flow={flow} onSubmit={(body) => submitSettings(submitFlowId(flow), body)} hiddenGroups={['webauthn']} />
 * ```
 */
export const SettingsView = /* @__PURE__ */ withFlowErrorBoundary(function SettingsView(props: SettingsProps) {
  return (
    <SettingsParts>
      <SettingsCard {...props} />
    </SettingsParts>
  );
});

function SettingsCard(props: SettingsProps) {
  const tr = useTranslate();
  const resolved = resolveFlowProps(props);
  return (
    <SelfServiceCard
      kind="settings"
      view={props}
      resolved={resolved}
      title={tr.t('ui.settings.title')}
      links={link('home', props.hrefs?.home, tr.t('ui.back'))}
      form={{ layout: 'grouped', onlyGroups: props.onlyGroups, confirmDestructive: props.confirmDestructive }}
    />
  );
}
