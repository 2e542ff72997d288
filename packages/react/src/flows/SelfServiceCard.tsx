import type { UiContainer } from '@orykit/client';
import type { ReactNode } from 'react';
import type { LinksProps } from '../components.tsx';
import { FlowCore, type FlowProps } from '../form/Flow.tsx';
import { asUiTexts, isRecord } from '../model.ts';
import type { FlowKind } from '../types.ts';
import { FlowShell, uiOf, type FlowViewProps, type ResolvedFlowProps } from './shared.tsx';

export interface SelfServiceCardProps<TFlow> {
  kind: FlowKind;
  /** The flow component's own props: title/subtitle/logo overrides, group and node order, children. */
  view: FlowViewProps<TFlow>;
  resolved: ResolvedFlowProps<TFlow>;
  /** The default title; `view.title` wins. */
  title: ReactNode;
  links: LinksProps['links'];
  form?: Pick<FlowProps, 'layout' | 'onlyGroups' | 'confirmDestructive' | 'autoSubmitField'> | undefined;
  /** The default subtitle (e.g. "Verifying your email address…"); `view.subtitle` wins. */
  subtitle?: ReactNode;
  /** Rendered after the form (e.g. a "Continue" button). */
  after?: ReactNode;
}

/**
 * The card every self-service flow renders: the shell (title, problem with retry, loading, links) around
 * the node form. Login, Registration, Recovery, Verification and Settings differ only in what they pass.
 */
export function SelfServiceCard<TFlow>({ kind, view, resolved, title, subtitle, links, form, after }: SelfServiceCardProps<TFlow>) {
  const { flow, onSubmit, status, problem, onRetry } = resolved;
  const ui = uiOf(flow);
  return (
    <FlowShell
      variant={kind}
      title={view.title ?? title}
      subtitle={view.subtitle ?? subtitle}
      logo={view.logo}
      problem={problem}
      onRetry={onRetry}
      hrefs={view.hrefs}
      flowMessageIds={asUiTexts(isRecord(ui) ? ui['messages'] : undefined).map((m) => m.id)}
      status={status}
      ready={flow !== undefined}
      links={links}
      className={view.className}
    >
      <FlowCore
        ui={ui as UiContainer}
        kind={kind}
        onSubmit={onSubmit}
        status={status}
        groupOrder={view.groupOrder}
        hiddenGroups={view.hiddenGroups}
        nodeOrder={view.nodeOrder}
        autoFocus={view.autoFocus}
        webauthnScript={view.webauthnScript}
        {...form}
      />
      {after}
      {view.children}
    </FlowShell>
  );
}
