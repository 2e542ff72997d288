import type { RegistrationFlow } from '@orykit/client';
import { useTranslate } from '../context.tsx';
import { withFlowErrorBoundary } from '../form/FlowErrorBoundary.tsx';
import { enRegistration } from '../i18n/messages/en/registration.ts';
import { kratosRegistration } from '../i18n/kratos-texts/registration.ts';
import { SelfServiceCard } from './SelfServiceCard.tsx';
import { link, resolveFlowProps, type FlowViewProps } from './shared.tsx';

export type RegistrationProps = FlowViewProps<RegistrationFlow>;

/**
 * The registration flow, rendered from `flow.ui` (traits, password, WebAuthn, social sign-up).
 *
 * @example
 * ```tsx
 * <Registration flow={flow} onSubmit={(body) => submitRegistration(flow.id, body)} hrefs={{ login: '/login' }} />
 * ```
 */
export const RegistrationView = /* @__PURE__ */ withFlowErrorBoundary(function RegistrationView(props: RegistrationProps) {
  const tr = useTranslate();
  const resolved = resolveFlowProps(props);
  const h = props.hrefs ?? {};
  return (
    <SelfServiceCard
      kind="registration"
      view={props}
      resolved={resolved}
      title={tr.t('ui.registration.title')}
      links={link('login', h.login, tr.t('ui.registration.sign_in'), tr.t('ui.registration.have_account'))}
    />
  );
}, { english: enRegistration, kratos: kratosRegistration });

