import { returnToUrl, type VerificationFlow } from '@orykit/client';
import { useMemo } from 'react';
import { useUrlPolicy } from '@orykit/react-query';
import { useTranslate } from '../context.tsx';
import { isRecord, str } from '../model.ts';
import { withFlowErrorBoundary } from '../form/FlowErrorBoundary.tsx';
import { enVerification } from '../i18n/messages/en/verification.ts';
import { kratosVerification } from '../i18n/kratos-texts/verification.ts';
import { SelfServiceCard } from './SelfServiceCard.tsx';
import { link, resolveFlowProps, uiOf, type FlowViewProps } from './shared.tsx';

export type VerificationProps = FlowViewProps<VerificationFlow> & {
  /** The signed-in person's address: fills the empty email field, so "Verify now" needs no typing. */
  address?: string | undefined;
};

/** A `ui` whose empty `email` field holds `address` (the server's value wins when it has one). */
function withAddress(ui: unknown, address: string | undefined): unknown {
  if (!address || !isRecord(ui) || !Array.isArray(ui['nodes'])) return ui;
  return {
    ...ui,
    nodes: ui['nodes'].map((n: unknown) => {
      if (!isRecord(n) || !isRecord(n['attributes'])) return n;
      const a = n['attributes'];
      return a['name'] === 'email' && a['type'] === 'email' && !str(a['value']) ? { ...n, attributes: { ...a, value: address } } : n;
    }),
  };
}

/** The code a verification link brought: Kratos puts it in the `code` field of the flow it shows. */
function linkCode(ui: unknown): string | undefined {
  if (!isRecord(ui) || !Array.isArray(ui['nodes'])) return undefined;
  const node = ui['nodes'].find((n: unknown) => isRecord(n) && isRecord(n['attributes']) && n['attributes']['name'] === 'code' && n['attributes']['type'] !== 'hidden');
  return isRecord(node) && isRecord(node['attributes']) ? str(node['attributes']['value']) : undefined;
}

function hasFlowError(ui: unknown): boolean {
  return isRecord(ui) && Array.isArray(ui['messages']) && ui['messages'].some((m: unknown) => isRecord(m) && m['type'] === 'error');
}

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
  const given = resolveFlowProps(props);
  const rawUi = uiOf(given.flow);
  const filledUi = useMemo(() => withAddress(rawUi, props.address), [rawUi, props.address]);
  const resolved = filledUi === rawUi ? given : { ...given, flow: { ...(given.flow as object), ui: filledUi } as VerificationFlow };
  const { flow } = resolved;
  const f = isRecord(flow) ? flow : undefined;
  const passed = f?.['state'] === 'passed_challenge';
  // return_to is where the person goes next: only on the app's origin or its allow-list.
  const continueHref = returnToUrl(str(f?.['return_to']), useUrlPolicy()) ?? props.hrefs?.home;
  // Kratos v0.11 sends its own "Continue" link node once passed; only add one when it did not.
  const ui = uiOf(flow);
  // A link from the email: the code is there, so the form is sent once by itself (an error stops it).
  const fromLink = !passed && linkCode(ui) !== undefined && !hasFlowError(ui);
  const hasAnchor = isRecord(ui) && Array.isArray(ui['nodes']) && ui['nodes'].some((n: unknown) => isRecord(n) && n['type'] === 'a');
  return (
    <SelfServiceCard
      kind="verification"
      view={props}
      resolved={resolved}
      title={tr.t('ui.verification.title')}
      links={passed ? [] : link('login', props.hrefs?.login, tr.t('ui.recovery.back_to_login'))}
      form={fromLink ? { autoSubmitField: 'code' } : undefined}
      subtitle={fromLink && resolved.status === 'submitting' ? tr.t('ui.verification.completing') : undefined}
      after={passed && continueHref && !hasAnchor ? (
        <div className="ory-actions">
          <a className="ory-button ory-button--primary" href={continueHref}>
            <span className="ory-button__label">{tr.t('ui.verification.continue')}</span>
          </a>
        </div>
      ) : null}
    />
  );
}, { english: enVerification, kratos: kratosVerification });

