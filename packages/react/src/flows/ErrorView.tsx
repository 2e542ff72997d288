import type { SelfServiceError } from '@orykit/client';
import { useTranslate } from '../context.tsx';
import { isRecord, str } from '../model.ts';
import type { FlowHrefs, FlowProblem, FlowStatus } from '../types.ts';
import { withFlowErrorBoundary } from '../form/FlowErrorBoundary.tsx';
import { detailsText } from './read.ts';
import { presentProblem } from './problem-text.ts';
import { FlowShell, link } from './shared.tsx';

export interface ErrorViewProps {
  /** The self-service error (`getSelfServiceError` with the `id` from the URL). */
  error: SelfServiceError | undefined;
  status?: FlowStatus | undefined;
  problem?: FlowProblem | undefined;
  onRetry?: (() => void) | undefined;
  hrefs?: FlowHrefs | undefined;
  className?: string | undefined;
}

/**
 * Shows a Kratos self-service error: a translated sentence for what happened (by its error id or status),
 * the way back, and the server's message, reason, status and ids in a collapsed "Technical details".
 *
 * @example
 * ```tsx
 * <ErrorView error={error} hrefs={{ login: '/login', home: '/' }} />
 * ```
 */
export const ErrorView = /* @__PURE__ */ withFlowErrorBoundary(function ErrorView(props: ErrorViewProps) {
  const tr = useTranslate();
  const { error } = props;
  const e = isRecord(error?.error) ? (error.error as Record<string, unknown>) : {};
  const code = typeof e['code'] === 'number' ? e['code'] : undefined;
  const errorId = str(e['id']);
  const id = str(error?.id);
  const links = [...link('login', props.hrefs?.login, tr.t('ui.error_view.back')), ...link('home', props.hrefs?.home, tr.t('ui.error_view.home'))];
  // The stored error read as a problem, so it gets the same sentence as the alert would.
  const known = errorId !== undefined || code !== undefined;
  const stored: FlowProblem = { kind: code !== undefined && code >= 500 ? 'server' : 'error', message: '', retryable: false, ...(errorId ? { id: errorId } : {}), ...(code !== undefined ? { status: code } : {}) };
  const technical = [str(e['message']), str(e['reason']), [code, str(e['status'])].filter(Boolean).join(' '), errorId, id ? tr.t('ui.error_view.id', { id }) : undefined].filter(
    (line): line is string => line !== undefined && line !== '',
  );
  const details = Object.keys(e).length ? detailsText(e) : undefined;
  return (
    <FlowShell
      variant="error"
      title={tr.t('ui.error_view.title')}
      problem={props.problem}
      onRetry={props.onRetry}
      hrefs={props.hrefs}
      status={props.status ?? (error ? 'ready' : 'loading')}
      ready={error !== undefined}
      links={links}
      className={props.className}
    >
      <div className="ory-error-view">
        <p className="ory-text__body">{known ? tr.t(presentProblem(stored).headline) : tr.t('ui.error_view.text')}</p>
        {technical.length || details ? (
          <details className="ory-error-view__details">
            <summary>{tr.t('ui.problem.details')}</summary>
            <pre>{[...technical, ...(details ? [details] : [])].join('\n')}</pre>
          </details>
        ) : null}
      </div>
    </FlowShell>
  );
});
