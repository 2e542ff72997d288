import type { RecoveryFlow, UiContainer } from '@orykit/client';
import { useTranslate } from '../context.tsx';
import { Flow } from '../form/Flow.tsx';
import { FlowShell, link, resolveFlowProps, uiOf, type FlowViewProps } from './shared.tsx';

export type RecoveryProps = FlowViewProps<RecoveryFlow>;

/**
 * The recovery flow (`choose_method` → `sent_email` → `passed_challenge`), by code or link.
 *
 * @example
 * ```tsx
 * <Recovery flow={flow} onSubmit={(body) => submitRecovery(flow.id, body)} hrefs={{ login: '/login' }} />
 * ```
 */
export function Recovery(props: RecoveryProps) {
  const tr = useTranslate();
  const { flow, onSubmit, status, problem, onRetry } = resolveFlowProps(props);
  const h = props.hrefs ?? {};
  return (
    <FlowShell
      variant="recovery"
      title={props.title ?? tr.t('ui.recovery.title')}
      subtitle={props.subtitle}
      logo={props.logo}
      problem={problem}
      onRetry={onRetry}
      status={status}
      ready={flow !== undefined}
      links={link('login', h.login, tr.t('ui.recovery.back_to_login'))}
      className={props.className}
    >
      <Flow
        ui={uiOf(flow) as UiContainer}
        kind="recovery"
        onSubmit={onSubmit}
        status={status}
        groupOrder={props.groupOrder}
        hiddenGroups={props.hiddenGroups}
        nodeOrder={props.nodeOrder}
      />
      {props.children}
    </FlowShell>
  );
}

/**
 * The controlled recovery view (the same component as `Recovery` until the managed mode lands).
 * @example
 * ```ts
 * <RecoveryView controller={useRecoveryFlow()} />
 * ```
 */
export const RecoveryView = Recovery;
