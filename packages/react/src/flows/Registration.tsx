import type { RegistrationFlow, UiContainer } from '@orykit/client';
import { useTranslate } from '../context.tsx';
import { Flow } from '../form/Flow.tsx';
import { FlowShell, link, resolveFlowProps, uiOf, type FlowViewProps } from './shared.tsx';

export type RegistrationProps = FlowViewProps<RegistrationFlow>;

/**
 * The registration flow, rendered from `flow.ui` (traits, password, WebAuthn, social sign-up).
 *
 * @example
 * ```tsx
 * <Registration flow={flow} onSubmit={(body) => submitRegistration(flow.id, body)} hrefs={{ login: '/login' }} />
 * ```
 */
export function Registration(props: RegistrationProps) {
  const tr = useTranslate();
  const { flow, onSubmit, status, problem, onRetry } = resolveFlowProps(props);
  const h = props.hrefs ?? {};
  return (
    <FlowShell
      variant="registration"
      title={props.title ?? tr.t('ui.registration.title')}
      subtitle={props.subtitle}
      logo={props.logo}
      problem={problem}
      onRetry={onRetry}
      status={status}
      ready={flow !== undefined}
      links={link('login', h.login, tr.t('ui.registration.sign_in'), tr.t('ui.registration.have_account'))}
      className={props.className}
    >
      <Flow
        ui={uiOf(flow) as UiContainer}
        kind="registration"
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
 * The controlled registration view (the same component as `Registration` until the managed mode lands).
 * @example
 * ```ts
 * <RegistrationView controller={useRegistrationFlow()} />
 * ```
 */
export const RegistrationView = Registration;
