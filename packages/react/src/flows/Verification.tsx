import type { UiContainer, VerificationFlow } from '@orykit/client';
import { useTranslate } from '../context.tsx';
import { Flow } from '../form/Flow.tsx';
import { isRecord, str } from '../model.ts';
import { safeUrl } from '../util/url.ts';
import { FlowShell, link, resolveFlowProps, uiOf, type FlowViewProps } from './shared.tsx';

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
export function Verification(props: VerificationProps) {
  const tr = useTranslate();
  const { flow, onSubmit, status, problem, onRetry } = resolveFlowProps(props);
  const f = isRecord(flow) ? flow : undefined;
  const passed = f?.['state'] === 'passed_challenge';
  const continueHref = safeUrl(str(f?.['return_to'])) ?? props.hrefs?.home;
  // Kratos v0.11 sends its own "Continue" link node once passed; only add one when it did not.
  const ui = uiOf(flow);
  const hasAnchor = isRecord(ui) && Array.isArray(ui['nodes']) && ui['nodes'].some((n: unknown) => isRecord(n) && n['type'] === 'a');
  return (
    <FlowShell
      variant="verification"
      title={props.title ?? tr.t('ui.verification.title')}
      subtitle={props.subtitle}
      logo={props.logo}
      problem={problem}
      onRetry={onRetry}
      status={status}
      ready={flow !== undefined}
      links={passed ? [] : link('login', props.hrefs?.login, tr.t('ui.recovery.back_to_login'))}
      className={props.className}
    >
      <Flow
        ui={uiOf(flow) as UiContainer}
        kind="verification"
        onSubmit={onSubmit}
        status={status}
        groupOrder={props.groupOrder}
        hiddenGroups={props.hiddenGroups}
        nodeOrder={props.nodeOrder}
      />
      {passed && continueHref && !hasAnchor ? (
        <div className="ory-actions">
          <a className="ory-button ory-button--primary" href={continueHref}>
            <span className="ory-button__label">{tr.t('ui.verification.continue')}</span>
          </a>
        </div>
      ) : null}
      {props.children}
    </FlowShell>
  );
}

/**
 * The controlled verification view (the same component as `Verification` until the managed mode lands).
 * @example
 * ```ts
 * <VerificationView controller={useVerificationFlow()} />
 * ```
 */
export const VerificationView = Verification;
