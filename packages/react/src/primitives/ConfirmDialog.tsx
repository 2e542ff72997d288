import { useEffect, useId, useRef, type KeyboardEvent } from 'react';
import type { ConfirmDialogProps } from '../components.tsx';
import { useComponents } from '../context.tsx';

const FOCUSABLE = 'button:not([disabled]), [href], input:not([disabled]), [tabindex]:not([tabindex="-1"])';

/**
 * "Remove the authenticator app?": a modal `<dialog role="alertdialog">` that asks before a destructive
 * action. Mounted = open. Focus starts on "Cancel" (the safe choice), stays inside the dialog (the
 * browser's modal dialog makes the page inert; Tab wraps where `showModal` is missing), and goes back to
 * the element that opened it when it closes. Escape cancels.
 */
export function ConfirmDialog({ title, body, confirmLabel, cancelLabel, onConfirm, onCancel }: ConfirmDialogProps) {
  const C = useComponents();
  const ref = useRef<HTMLDialogElement>(null);
  const id = useId();

  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    const opener = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    if (typeof dialog.showModal === 'function') {
      if (!dialog.open) dialog.showModal();
    } else {
      dialog.setAttribute('open', '');
    }
    dialog.ownerDocument.getElementById(`${id}-cancel`)?.focus();
    return () => {
      if (typeof dialog.close === 'function' && dialog.open) dialog.close();
      if (opener?.isConnected) opener.focus();
    };
  }, [id]);

  const onKeyDown = (e: KeyboardEvent<HTMLDialogElement>) => {
    if (e.key === 'Escape') {
      e.preventDefault();
      onCancel();
      return;
    }
    if (e.key !== 'Tab') return;
    const items = Array.from(e.currentTarget.querySelectorAll<HTMLElement>(FOCUSABLE));
    const first = items[0];
    const last = items[items.length - 1];
    if (!first || !last) return;
    if (e.shiftKey && document.activeElement === first) {
      e.preventDefault();
      last.focus();
    } else if (!e.shiftKey && document.activeElement === last) {
      e.preventDefault();
      first.focus();
    }
  };

  return (
    <dialog
      ref={ref}
      className="ory-dialog"
      role="alertdialog"
      aria-modal="true"
      aria-labelledby={`${id}-title`}
      aria-describedby={`${id}-body`}
      onKeyDown={onKeyDown}
      // The browser's own Escape: keep React in charge of whether the dialog is shown.
      onCancel={(e) => {
        e.preventDefault();
        onCancel();
      }}
    >
      <h2 className="ory-dialog__title" id={`${id}-title`}>
        {title}
      </h2>
      <p className="ory-dialog__body" id={`${id}-body`}>
        {body}
      </p>
      <div className="ory-actions ory-actions--split ory-dialog__actions">
        <C.Button id={`${id}-cancel`} type="button" variant="secondary" onClick={onCancel}>
          {cancelLabel}
        </C.Button>
        <C.Button type="button" variant="danger" onClick={onConfirm}>
          {confirmLabel}
        </C.Button>
      </div>
    </dialog>
  );
}
