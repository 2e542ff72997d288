import { linkUrl } from '@orykit/client';
import { useEffect } from 'react';
import type { AlertAction } from '../components.tsx';
import { useComponents, useTranslate, type Translate } from '../context.tsx';
import type { FlowHrefs, FlowProblem } from '../types.ts';
import { presentProblem, problemDetails, problemRepeats, type ProblemActionKind } from './problem-text.ts';

/**
 * The same page without `?flow=`: there the flow hooks create a fresh flow.
 * @example
 * ```ts
 * withoutFlowId('https://app.example/login?flow=f1&return_to=%2Fhome'); // 'https://app.example/login?return_to=%2Fhome'
 * ```
 */
export function withoutFlowId(href: string): string {
  const url = new URL(href);
  url.searchParams.delete('flow');
  return url.toString();
}

/** Where the alert's buttons go: this page. An object, so a test can watch the calls. */
export const problemNavigation = {
  reload(): void {
    window.location.reload();
  },
  startOver(): void {
    window.location.assign(withoutFlowId(window.location.href));
  },
  back(): void {
    window.history.back();
  },
};

/** The button or link for an action, given what the view can offer (a retry, links to other pages). */
export function problemAction(tr: Translate, kind: ProblemActionKind, onRetry: (() => void) | undefined, hrefs: FlowHrefs | undefined): AlertAction | undefined {
  switch (kind) {
    case 'retry':
      return onRetry ? { label: tr.t('ui.retry'), onClick: onRetry } : problemAction(tr, 'reload', undefined, hrefs);
    case 'reload':
      return { label: tr.t('ui.reload'), onClick: () => problemNavigation.reload() };
    case 'start_over':
      return { label: tr.t('ui.problem.start_over'), onClick: () => problemNavigation.startOver() };
    case 'sign_in': {
      const login = linkUrl(hrefs?.login);
      return login ? { label: tr.t('ui.problem.sign_in'), href: login } : problemAction(tr, 'start_over', undefined, hrefs);
    }
    case 'back': {
      const home = linkUrl(hrefs?.home);
      return home ? { label: tr.t('ui.error_view.home'), href: home } : { label: tr.t('ui.problem.go_back'), onClick: () => problemNavigation.back() };
    }
    case 'none':
      return undefined;
  }
}

// Once per problem, however often it renders (StrictMode renders and runs effects twice).
const logged = new WeakSet<FlowProblem>();

/** Writes a problem's technical details to the console, once per problem. */
export function logProblem(problem: FlowProblem): void {
  if (logged.has(problem) || typeof console === 'undefined') return;
  logged.add(problem);
  console.error(`[orykit] ${problem.kind} problem:`, problemDetails(problem).join('\n'));
}

export interface ProblemAlertProps {
  problem: FlowProblem | undefined;
  /** The controller's retry (or your own): "Try again" calls it. */
  onRetry?: (() => void) | undefined;
  /** Where "Sign in again" and "Go to the home page" lead. */
  hrefs?: FlowHrefs | undefined;
  /** The ids of the messages the flow shows: a problem they already state gets no second alert. */
  flowMessageIds?: readonly number[] | undefined;
}

/**
 * The problem of a request as one alert: a translated sentence, one action that works (try again, start
 * over, sign in again, go back, reload), and the technical details collapsed (and in the console).
 * @example
 * ```tsx
 * <ProblemAlert problem={{ kind: 'network', message: 'POST /self-service/login: the server could not be reached', retryable: true }} onRetry={retry} />
 * ```
 */
export function ProblemAlert({ problem, onRetry, hrefs, flowMessageIds }: ProblemAlertProps) {
  const C = useComponents();
  const tr = useTranslate();
  useEffect(() => {
    if (problem) logProblem(problem);
  }, [problem]);
  if (!problem || problemRepeats(problem, flowMessageIds ?? [])) return null;
  const shown = presentProblem(problem);
  return (
    <C.Alert
      problem={problem}
      title={tr.t(shown.headline)}
      details={problemDetails(problem)}
      action={problemAction(tr, shown.action, onRetry, hrefs)}
      retryLabel={tr.t('ui.retry')}
    />
  );
}
