import type { LoginFlow } from '@orykit/client';
import { useTranslate } from '../context.tsx';
import { asUiTexts, isRecord } from '../model.ts';
import { withFlowErrorBoundary } from '../form/FlowErrorBoundary.tsx';
import { SelfServiceCard } from './SelfServiceCard.tsx';
import { link, resolveFlowProps, type FlowViewProps } from './shared.tsx';

export type LoginProps = FlowViewProps<LoginFlow>;

/**
 * The login flow (first factor, `refresh`, and `aal2` second factor), rendered from `flow.ui`.
 *
 * @example
 * ```tsx
 * <Login flow={flow} onSubmit={(body) => submitLogin(flow.id, body)} hrefs={{ registration: '/signup', recovery: '/recover' }} />
 * ```
 */
export const LoginView = /* @__PURE__ */ withFlowErrorBoundary(function LoginView(props: LoginProps) {
  const tr = useTranslate();
  const resolved = resolveFlowProps(props);
  const { flow } = resolved;
  const f = isRecord(flow) ? (flow as Partial<LoginFlow>) : undefined;
  const aal2 = f?.requested_aal === 'aal2';
  const refresh = f?.refresh === true;
  const title = tr.t(aal2 ? 'ui.login.title_aal2' : refresh ? 'ui.login.title_refresh' : 'ui.login.title');
  const h = props.hrefs ?? {};
  // Sign-in refused for an unverified address (the error id, or v0.11's message 4000010): offer verification.
  const unverified = resolved.problem?.kind === 'unverified' || asUiTexts(isRecord(f?.ui) ? f.ui.messages : undefined).some((m) => m.id === 4000010);
  const links =
    aal2 || refresh
      ? link('logout', h.logout, tr.t('ui.login.sign_out_instead'))
      : [
          ...(unverified ? link('verification', h.verification, tr.t('ui.login.verify_address')) : []),
          ...link('recovery', h.recovery, tr.t('ui.login.forgot_password')),
          ...link('registration', h.registration, tr.t('ui.login.sign_up'), tr.t('ui.login.no_account')),
        ];
  return (
    <SelfServiceCard
      kind="login"
      view={props}
      resolved={resolved}
      title={title}
      links={links}
    />
  );
});

