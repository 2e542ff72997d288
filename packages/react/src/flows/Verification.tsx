import { returnToUrl, type VerificationFlow } from '@orykit/client';
import { useUrlPolicy } from '@orykit/react-query';
import { useTranslate } from '../context.tsx';
import { isRecord, str } from '../model.ts';
import { withFlowErrorBoundary } from '../form/FlowErrorBoundary.tsx';
import { SelfServiceCard } from './SelfServiceCard.tsx';
import { link, resolveFlowProps, uiOf, type FlowViewProps } from './shared.tsx';

export type VerificationProps = FlowViewProps<VerificationFlow>;

/**
 * The verification flow (`choose_method` → `sent_email` → `passed_challenge`). Once passed, a
 * "Continue" link leads to `return_to` (or `hrefs.home`).
 *
 * @example
 * ```tsx
 * <Verification flow={flow} onSubmit={(body) => submitVerification(flow.id, body)} hrefs={{ home: '/' }} />
 * ```
 */
export const VerificationView = /* @__PURE__ */ withFlowErrorBoundary(function VerificationView(props: VerificationProps) {
  const tr = useTranslate();
  const resolved = resolveFlowProps(props);
  const { flow } = resolved;
  const f = isRecord(flow) ? flow : undefined;
  const passed = f?.['state'] === 'passed_challenge';
  // return_to is where the person goes next: only on the app's origin or its allow-list.
  const continueHref = returnToUrl(str(f?.['return_to']), useUrlPolicy()) ?? props.hrefs?.home;
  // Kratos v0.11 sends its own "Continue" link node once passed; only add one when it did not.
  const ui = uiOf(flow);
  const hasAnchor = isRecord(ui) && Array.isArray(ui['nodes']) && ui['nodes'].some((n: unknown) => isRecord(n) && n['type'] === 'a');
  return (
    <SelfServiceCard
      kind="verification"
      view={props}
      resolved={resolved}
      title={tr.t('ui.verification.title')}
      links={passed ? [] : link('login', props.hrefs?.login, tr.t('ui.recovery.back_to_login'))}
      after={passed && continueHref && !hasAnchor ? (
        <div className="ory-actions">
          <a className="ory-button ory-button--primary" href={continueHref}>
            <span className="ory-button__label">{tr.t('ui.verification.continue')}</span>
          </a>
        </div>
      ) : null}
    />
  );
});

