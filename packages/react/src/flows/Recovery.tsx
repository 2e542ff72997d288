import type { RecoveryFlow } from '@orykit/client';
import { useTranslate } from '../context.tsx';
import { withFlowErrorBoundary } from '../form/FlowErrorBoundary.tsx';
import { enRecovery } from '../i18n/messages/en/recovery.ts';
import { kratosRecovery } from '../i18n/kratos-texts/recovery.ts';
import { SelfServiceCard } from './SelfServiceCard.tsx';
import { link, resolveFlowProps, type FlowViewProps } from './shared.tsx';

export type RecoveryProps = FlowViewProps<RecoveryFlow>;

/**
 * The recovery flow (`choose_method` → `sent_email` → `passed_challenge`), by code or link.
 *
 * @example
 * ```tsx
 * <Recovery flow={flow} onSubmit={(body) => submitRecovery(flow.id, body)} hrefs={{ login: '/login' }} />
 * ```
 */
export const RecoveryView = /* @__PURE__ */ withFlowErrorBoundary(function RecoveryView(props: RecoveryProps) {
  const tr = useTranslate();
  const resolved = resolveFlowProps(props);
  const h = props.hrefs ?? {};
  return (
    <SelfServiceCard
      kind="recovery"
      view={props}
      resolved={resolved}
      title={tr.t('ui.recovery.title')}
      links={link('login', h.login, tr.t('ui.recovery.back_to_login'))}
    />
  );
}, { english: enRecovery, kratos: kratosRecovery });

