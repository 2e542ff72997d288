import type { SelfServiceError } from '@orykit/client';
import { useTranslate } from '../context.tsx';
import { isRecord, str } from '../model.ts';
import type { FlowHrefs, FlowProblem, FlowStatus } from '../types.ts';
import { withFlowErrorBoundary } from '../form/FlowErrorBoundary.tsx';
import { detailsText } from './read.ts';
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
 * Shows a Kratos self-service error: what happened (the server's message and reason, as text), its id,
 * and the way back.
 *
 * @example
 * ```tsx
 * <ErrorView error={error} hrefs={{ login: '/login', home: '/' }} />
 * ```
 */
export const ErrorView = withFlowErrorBoundary(function ErrorView(props: ErrorViewProps) {
  const tr = useTranslate();
  const { error } = props;
  const e = isRecord(error?.error) ? (error.error as Record<string, unknown>) : {};
  const message = str(e['message']);
  const reason = str(e['reason']);
  const status = str(e['status']);
  const code = str(e['code']);
  const id = str(error?.id);
  const links = [...link('login', props.hrefs?.login, tr.t('ui.error_view.back')), ...link('home', props.hrefs?.home, tr.t('ui.error_view.home'))];
  const details = Object.keys(e).length ? detailsText(e) : undefined;
  return (
    <FlowShell
      variant="error"
      title={tr.t('ui.error_view.title')}
      problem={props.problem}
      onRetry={props.onRetry}
      status={props.status ?? (error ? 'ready' : 'loading')}
      ready={error !== undefined}
      links={links}
      className={props.className}
    >
      <div className="ory-error-view">
        <p className="ory-text__body">{message ?? tr.t('ui.error_view.text')}</p>
        {reason && reason !== message ? <p className="ory-error-view__reason">{reason}</p> : null}
        {code || status ? (
          <p className="ory-error-view__status">
            {[code, status].filter(Boolean).join(' ')}
          </p>
        ) : null}
        {id ? <p className="ory-error-view__id">{tr.t('ui.error_view.id', { id })}</p> : null}
        {details ? (
          <details className="ory-error-view__details">
            <summary>{tr.t('ui.error_view.details')}</summary>
            <pre>{details}</pre>
          </details>
        ) : null}
      </div>
    </FlowShell>
  );
});
