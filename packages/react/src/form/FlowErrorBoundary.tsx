import { Component, type ComponentType, type ErrorInfo, type ReactNode } from 'react';
import type { AlertProps } from '../components.tsx';
import { EnglishPart, useComponents, useTranslate, type Translate } from '../context.tsx';
import type { CatalogPart } from '../i18n/translator.ts';
import { OryRoot } from '../flows/shared.tsx';
import { Card } from '../primitives/layout.tsx';
import { Alert } from '../primitives/messages.tsx';
import type { FlowProblem } from '../types.ts';

// The last resort: the readers (model.ts, flows/read.ts) make server data safe to render, and this
// catches whatever still throws (an override component, a bug) so a person reads a sentence and has a
// way on, never a blank screen.

export interface FlowErrorBoundaryProps {
  /** When this changes, the children are rendered again (an array is compared item by item). */
  resetKey: unknown;
  /** Starts over (e.g. the flow controller's `retry`); without it the fallback offers to reload the page. */
  onRetry?: (() => void) | undefined;
  /** `inline` (default): an alert in place of the form; `card`: a card of its own for a whole component. */
  variant?: 'inline' | 'card' | undefined;
  children?: ReactNode;
}

interface BoundaryState {
  error: boolean;
  resetKey: unknown;
}

/** `Object.is`, so a `NaN` key does not count as a change on every render (that loops forever). */
function sameKey(a: unknown, b: unknown): boolean {
  if (Object.is(a, b)) return true;
  return Array.isArray(a) && Array.isArray(b) && a.length === b.length && a.every((x, i) => Object.is(x, b[i]));
}

const MALFORMED: FlowProblem = { kind: 'malformed', message: '', retryable: false };

/**
 * Catches a render error below it and shows "we received a response we couldn't understand" with an
 * action: try again (`onRetry`, then render again) or reload the page.
 * @example
 * ```tsx
 * <FlowErrorBoundary resetKey={flow} onRetry={controller.retry}>
 *   <MyCustomFlowBody flow={flow} />
 * </FlowErrorBoundary>
 * ```
 */
export class FlowErrorBoundary extends Component<FlowErrorBoundaryProps, BoundaryState> {
  override state: BoundaryState = { error: false, resetKey: this.props.resetKey };

  static getDerivedStateFromError(): Partial<BoundaryState> {
    return { error: true };
  }

  static getDerivedStateFromProps(props: FlowErrorBoundaryProps, state: BoundaryState): Partial<BoundaryState> | null {
    return sameKey(props.resetKey, state.resetKey) ? null : { resetKey: props.resetKey, error: false };
  }

  override componentDidCatch(error: unknown, info: ErrorInfo): void {
    if (typeof console !== 'undefined') console.error('[orykit] a flow failed to render', error, info.componentStack);
  }

  private readonly retry = () => {
    this.setState({ error: false });
    this.props.onRetry?.();
  };

  override render(): ReactNode {
    if (!this.state.error) return this.props.children;
    const onRetry = this.props.onRetry ? this.retry : undefined;
    if (this.props.variant === 'card') return <CardFallback onRetry={onRetry} />;
    return (
      <div className="ory-flow ory-flow--error">
        <MalformedFlowAlert onRetry={onRetry} />
      </div>
    );
  }
}

/** "We received a response we couldn't understand" with "Try again" (given `onRetry`) or "Reload page". */
export function MalformedFlowAlert({ onRetry }: { onRetry?: (() => void) | undefined }) {
  const C = useComponents();
  return <C.Alert {...malformedAlert(useTranslate(), onRetry)} />;
}

function malformedAlert(tr: Translate, onRetry: (() => void) | undefined): AlertProps {
  return { problem: MALFORMED, title: tr.t('ui.error.malformed_flow'), onRetry: onRetry ?? reloadPage, retryLabel: tr.t(onRetry ? 'ui.retry' : 'ui.reload') };
}

function reloadPage(): void {
  if (typeof location !== 'undefined') location.reload();
}

// The built-in card and alert, not the app's overrides: a broken override may be why we are here.
function CardFallback({ onRetry }: { onRetry: (() => void) | undefined }) {
  const tr = useTranslate();
  return (
    <OryRoot>
      <Card variant="error" title={tr.t('ui.error_view.title')}>
        <Alert {...malformedAlert(tr, onRetry)} />
      </Card>
    </OryRoot>
  );
}

/** A retry function among a component's props: its own `onRetry`, or its controller's `retry`. */
function retryOf(props: object): (() => void) | undefined {
  const p = props as { onRetry?: unknown; controller?: { retry?: unknown } | null };
  if (typeof p.onRetry === 'function') return p.onRetry as () => void;
  const retry = p.controller?.retry;
  return typeof retry === 'function' ? (retry as () => void) : undefined;
}

/**
 * The component inside a card-sized {@link FlowErrorBoundary}: a render error shows a sentence and
 * "Try again" (the component's `onRetry` or controller) or "Reload page", instead of a blank screen.
 * Every public flow component of this package is wrapped this way, with its part of the catalog (`part`,
 * see `i18n/messages/en.ts`) for itself and everything it renders.
 * @example
 * ```tsx
 * export const MyFlow = withFlowErrorBoundary(function MyFlow(props: MyFlowProps) { … });
 * ```
 */
// Calling it has no side effect: bundlers drop the flow components a page does not import.
/* @__NO_SIDE_EFFECTS__ */
export function withFlowErrorBoundary<P extends object>(Inner: ComponentType<P>, part?: CatalogPart): ((props: P) => ReactNode) & { displayName?: string | undefined } {
  function Guarded(props: P) {
    const inner = <Inner {...props} />;
    return (
      <FlowErrorBoundary resetKey={Object.values(props)} onRetry={retryOf(props)} variant="card">
        {part ? <EnglishPart part={part}>{inner}</EnglishPart> : inner}
      </FlowErrorBoundary>
    );
  }
  Guarded.displayName = Inner.displayName ?? Inner.name;
  return Guarded;
}
