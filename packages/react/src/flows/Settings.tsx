import type { SettingsFlow, UiContainer } from '@orykit/client';
import { useTranslate } from '../context.tsx';
import { Flow } from '../form/Flow.tsx';
import { FlowShell, link, resolveFlowProps, uiOf, type FlowViewProps } from './shared.tsx';

export type SettingsProps = FlowViewProps<SettingsFlow> & {
  /** Only render these groups (e.g. `['password']` for a password page). */
  onlyGroups?: readonly string[] | undefined;
};

/**
 * The settings flow: one titled section per method (profile, password, authenticator app, backup
 * codes, security keys, social accounts), each its own `<form>` as Kratos expects.
 *
 * @example
 * ```tsx
 * <Settings flow={flow} onSubmit={(body) => submitSettings(flow.id, body)} hiddenGroups={['webauthn']} />
 * ```
 */
export function Settings(props: SettingsProps) {
  const tr = useTranslate();
  const { flow, onSubmit, status, problem, onRetry } = resolveFlowProps(props);
  return (
    <FlowShell
      variant="settings"
      title={props.title ?? tr.t('ui.settings.title')}
      subtitle={props.subtitle}
      logo={props.logo}
      problem={problem}
      onRetry={onRetry}
      status={status}
      ready={flow !== undefined}
      links={link('home', props.hrefs?.home, tr.t('ui.back'))}
      className={props.className}
    >
      <Flow
        ui={uiOf(flow) as UiContainer}
        kind="settings"
        layout="grouped"
        onSubmit={onSubmit}
        status={status}
        groupOrder={props.groupOrder}
        hiddenGroups={props.hiddenGroups}
        onlyGroups={props.onlyGroups}
        nodeOrder={props.nodeOrder}
      />
      {props.children}
    </FlowShell>
  );
}

/**
 * The controlled settings view (the same component as `Settings` until the managed mode lands).
 * @example
 * ```ts
 * <SettingsView controller={useSettingsFlow()} />
 * ```
 */
export const SettingsView = Settings;
