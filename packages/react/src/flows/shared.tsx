import type { ReactNode } from 'react';
import type { LinksProps } from '../components.tsx';
import { useComponents, useDirection, useTheme, useTranslate } from '../context.tsx';
import { isRecord } from '../model.ts';
import type { FlowControllerLike, FlowHrefs, FlowProblem, FlowStatus, NodeOrder, SubmitHandler } from '../types.ts';
import { cx } from '../util/cx.ts';
import { ProblemAlert } from './problem.tsx';
import type { WebAuthnScriptMode } from '../form/webauthn.ts';

/**
 * The theme wrapper every top-level component renders (carries `data-theme` when forced).
 * @example
 * ```ts
 * <OryRoot><MyCustomCard /></OryRoot>
 * ```
 */
export function OryRoot({ children, className }: { children: ReactNode; className?: string | undefined }) {
  const theme = useTheme();
  const dir = useDirection();
  return (
    <div className={cx('ory-root', className)} data-theme={theme === 'system' ? undefined : theme} dir={dir}>
      {children}
    </div>
  );
}

/** Props every self-service flow view shares (controlled mode). */
export interface FlowViewProps<TFlow> {
  /** The flow from Kratos. Without it (and without `problem`) a loading state is shown. */
  flow?: TFlow | undefined;
  /** Submits a body built from the form (with the clicked button's name/value). */
  onSubmit?: SubmitHandler | undefined;
  status?: FlowStatus | undefined;
  /** A problem shown above the form; the flow and typed input are kept. */
  problem?: FlowProblem | undefined;
  /** Called by the problem's retry button. */
  onRetry?: (() => void) | undefined;
  /** A flow hook's result (`useLoginFlow()` …); explicit props win over it. */
  controller?: FlowControllerLike<TFlow> | undefined;
  /** Links to the other flows (login ↔ registration ↔ recovery …). */
  hrefs?: FlowHrefs | undefined;
  /** Replace the title / subtitle. */
  title?: ReactNode;
  subtitle?: ReactNode;
  /** Rendered above the title (e.g. your logo). */
  logo?: ReactNode;
  groupOrder?: readonly string[] | undefined;
  hiddenGroups?: readonly string[] | undefined;
  nodeOrder?: NodeOrder | undefined;
  /** Focus the first field when the flow is first shown (default: true, except in settings). */
  autoFocus?: boolean | undefined;
  className?: string | undefined;
  /** Who runs WebAuthn: the kit (default, no Kratos script) or Kratos' `webauthn.js` (see `FlowProps`). */
  webauthnScript?: WebAuthnScriptMode | undefined;
  /** Extra content under the form (inside the card). */
  children?: ReactNode;
}

export interface ResolvedFlowProps<TFlow> {
  flow: TFlow | undefined;
  onSubmit: SubmitHandler | undefined;
  status: FlowStatus;
  problem: FlowProblem | undefined;
  onRetry: (() => void) | undefined;
}

/**
 * Merges a controller with explicit props (explicit props win).
 * @example
 * ```ts
 * const { flow, onSubmit, status, problem, onRetry } = resolveFlowProps(props);
 * ```
 */
export function resolveFlowProps<TFlow>(p: FlowViewProps<TFlow>): ResolvedFlowProps<TFlow> {
  const c = p.controller;
  const flow = p.flow ?? c?.flow;
  return {
    flow,
    onSubmit: p.onSubmit ?? (c?.nativeSubmit ? undefined : c?.submit),
    status: p.status ?? c?.status ?? (flow === undefined ? 'loading' : 'ready'),
    problem: p.problem ?? c?.problem,
    onRetry: p.onRetry ?? c?.retry,
  };
}

export interface FlowShellProps {
  variant: string;
  title: ReactNode;
  subtitle?: ReactNode;
  logo?: ReactNode;
  problem: FlowProblem | undefined;
  onRetry: (() => void) | undefined;
  /** Where the problem's "Sign in again" / "Go to the home page" lead. */
  hrefs?: FlowHrefs | undefined;
  /** The ids of the flow's own messages: a problem they already state gets no second alert. */
  flowMessageIds?: readonly number[] | undefined;
  status: FlowStatus;
  /** Whether there is something to render (a flow); else loading (or only the problem). */
  ready: boolean;
  links?: LinksProps['links'];
  children?: ReactNode;
  className?: string | undefined;
}

/**
 * The card around a flow: title, the problem (with retry), a loading state when there is no flow yet,
 * the form, and links to other flows. Never blank.
 * @example
 * ```ts
 * <FlowShell variant="custom" title="Link your account" problem={problem} onRetry={retry} status={status} ready={flow !== undefined}>
 *   <Flow ui={flow.ui} onSubmit={submit} />
 * </FlowShell>
 * ```
 */
export function FlowShell(p: FlowShellProps) {
  const C = useComponents();
  const tr = useTranslate();
  const links = p.links ?? [];
  return (
    <OryRoot className={p.className}>
      <C.Card
        variant={p.variant}
        title={p.title}
        subtitle={p.subtitle}
        logo={p.logo}
        busy={p.status === 'loading' || p.status === 'submitting'}
        footer={links.length ? <C.Links links={links} /> : undefined}
      >
        <ProblemAlert problem={p.problem} onRetry={p.onRetry} hrefs={p.hrefs} flowMessageIds={p.flowMessageIds} />
        {p.ready ? (
          <>
            {p.status === 'done' ? <C.Loading label={tr.t('ui.flow.redirecting')} /> : null}
            {p.children}
          </>
        ) : p.problem ? null : (
          <C.Loading label={tr.t('ui.loading')} />
        )}
      </C.Card>
    </OryRoot>
  );
}

/** The `ui` of a flow-ish value, whatever its shape (malformed flows are handled by `<Flow>`). */
export function uiOf(flow: unknown): unknown {
  return isRecord(flow) ? flow['ui'] : undefined;
}

/** A link entry for the footer if the href is set. */
export function link(key: string, href: string | undefined, label: string, prefix?: string): LinksProps['links'] {
  return href ? [{ key, href, label, prefix }] : [];
}
