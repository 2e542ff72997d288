import { useEffect, useState, type ComponentType } from 'react';
import type { ConfirmDialogProps } from '../components.tsx';
import { useComponents, useTranslate } from '../context.tsx';
import { loadDeferred } from '../load-deferred.ts';

// The default ConfirmDialog slot. The dialog opens only after a click on a destructive settings or
// sessions button, never on the server, so its code (ConfirmDialog.tsx, in ../deferred.ts) is fetched
// with import(): ahead of time by the components that may ask (`preloadConfirmDialog`), else when it
// first opens.

type Dialog = ComponentType<ConfirmDialogProps>;

let loaded: Dialog | undefined;

function load(): Promise<Dialog> {
  return loadDeferred().then((m) => (loaded = m.ConfirmDialog));
}

/**
 * Fetches the dialog's code before the first question (Settings and Sessions call it when they mount).
 * @example
 * ```ts
 * useEffect(preloadConfirmDialog, []);
 * ```
 */
export function preloadConfirmDialog(): void {
  load().catch(() => {});
}

/**
 * The question before a destructive action, as the default slot renders it: the dialog itself once its
 * code is here. If the code cannot be fetched (offline, or a deploy replaced it), the person reads so,
 * with "Try again"; nothing destructive is sent without the question answered.
 */
export function ConfirmDialog(props: ConfirmDialogProps) {
  const C = useComponents();
  const tr = useTranslate();
  const [Loaded, setLoaded] = useState<Dialog | undefined>(() => loaded);
  const [failure, setFailure] = useState<unknown>();
  const [attempt, setAttempt] = useState(0);
  useEffect(() => {
    if (Loaded) return;
    let live = true;
    load().then(
      (dialog) => live && setLoaded(() => dialog),
      (error: unknown) => {
        console.warn('[orykit] the confirmation dialog could not be loaded:', error);
        if (live) setFailure(() => error ?? new Error('unknown'));
      },
    );
    return () => {
      live = false;
    };
  }, [Loaded, attempt]);
  if (Loaded) return <Loaded {...props} />;
  if (failure === undefined) return null;
  return (
    <C.Alert
      problem={{ kind: 'error', message: String(failure), retryable: true }}
      title={tr.t('ui.error.network')}
      retryLabel={tr.t('ui.retry')}
      onRetry={() => {
        setFailure(undefined);
        setAttempt((n) => n + 1);
      }}
    />
  );
}
