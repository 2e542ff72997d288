import type { LoginFlow, UiContainer } from '@orykit/client';
import { useTranslate } from '../context.tsx';
import { Flow } from '../form/Flow.tsx';
import { isRecord } from '../model.ts';
import { FlowShell, link, resolveFlowProps, uiOf, type FlowViewProps } from './shared.tsx';

export type LoginProps = FlowViewProps<LoginFlow>;

/**
 * The login flow (first factor, `refresh`, and `aal2` second factor), rendered from `flow.ui`.
 *
 * @example
 * ```tsx
 * <Login flow={flow} onSubmit={(body) => submitLogin(flow.id, body)} hrefs={{ registration: '/signup', recovery: '/recover' }} />
 * ```
 */
export function Login(props: LoginProps) {
  const tr = useTranslate();
  const { flow, onSubmit, status, problem, onRetry } = resolveFlowProps(props);
  const f = isRecord(flow) ? (flow as Partial<LoginFlow>) : undefined;
  const aal2 = f?.requested_aal === 'aal2';
  const refresh = f?.refresh === true;
  const title = props.title ?? tr.t(aal2 ? 'ui.login.title_aal2' : refresh ? 'ui.login.title_refresh' : 'ui.login.title');
  const h = props.hrefs ?? {};
  const links =
    aal2 || refresh
      ? link('logout', h.logout, tr.t('ui.login.sign_out_instead'))
      : [
          ...link('recovery', h.recovery, tr.t('ui.login.forgot_password')),
          ...link('registration', h.registration, tr.t('ui.login.sign_up'), tr.t('ui.login.no_account')),
        ];
  return (
    <FlowShell
      variant="login"
      title={title}
      subtitle={props.subtitle}
      logo={props.logo}
      problem={problem}
      onRetry={onRetry}
      status={status}
      ready={flow !== undefined}
      links={links}
      className={props.className}
    >
      <Flow
        ui={uiOf(flow) as UiContainer}
        kind="login"
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
 * The controlled login view (same as `Login` until the managed mode lands).
 * @example
 * ```ts
 * <LoginView controller={useLoginFlow()} />
 * ```
 */
export const LoginView = Login;
