import type { OryClientError } from '@orykit/client';
import { useState, type ReactNode } from 'react';
import { errorMessage } from './ory.ts';

/** An error from a hook, as an alert (nothing when there is none). */
export function ErrorNote({ error }: { error: OryClientError | Error | null | undefined }) {
  if (!error) return null;
  return (
    <p className="demo-alert" role="alert">
      {errorMessage(error)}
    </p>
  );
}

export const formatDate = (value: string | undefined | null) => (value ? new Date(value).toLocaleString() : '—');

/** A JSON text area that reports whether its content parses. */
export function useJsonText(initial: unknown) {
  const [text, setText] = useState(() => JSON.stringify(initial ?? {}, null, 2));
  let value: unknown;
  let invalid: string | undefined;
  try {
    value = JSON.parse(text);
  } catch (error) {
    invalid = (error as Error).message;
  }
  return { text, setText, value, invalid };
}

export function JsonField({ label, json, rows = 8 }: { label: string; json: ReturnType<typeof useJsonText>; rows?: number }) {
  return (
    <label className="demo-field">
      <span>{label}</span>
      <textarea
        className="demo-textarea"
        rows={rows}
        spellCheck={false}
        value={json.text}
        onChange={(e) => json.setText(e.target.value)}
        aria-invalid={json.invalid ? true : undefined}
      />
      {json.invalid ? <small className="demo-field__error">Not valid JSON: {json.invalid}</small> : null}
    </label>
  );
}

/** A button that asks "Sure?" before it acts. */
export function ConfirmButton({ onConfirm, children, busy, label }: { onConfirm: () => void; children: ReactNode; busy?: boolean; label?: string }) {
  const [asking, setAsking] = useState(false);
  if (!asking) {
    return (
      <button type="button" className="demo-button demo-button--danger" onClick={() => setAsking(true)} disabled={busy} aria-label={label}>
        {children}
      </button>
    );
  }
  return (
    <span className="demo-confirm" role="group" aria-label="Confirm">
      <button
        type="button"
        className="demo-button demo-button--danger"
        onClick={() => {
          setAsking(false);
          onConfirm();
        }}
      >
        Yes, {typeof children === 'string' ? children.toLowerCase() : 'do it'}
      </button>
      <button type="button" className="demo-button demo-button--ghost" onClick={() => setAsking(false)}>
        Cancel
      </button>
    </span>
  );
}

/** A labelled value that can be copied. */
export function Secret({ label, value }: { label: string; value: string }) {
  const [copied, setCopied] = useState(false);
  return (
    <div className="demo-secret">
      <span className="demo-secret__label">{label}</span>
      <code className="demo-secret__value">{value}</code>
      <button
        type="button"
        className="demo-button demo-button--ghost demo-button--small"
        onClick={() => {
          void navigator.clipboard?.writeText(value).then(() => setCopied(true));
        }}
      >
        {copied ? 'Copied' : 'Copy'}
      </button>
    </div>
  );
}
