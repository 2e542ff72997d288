import { useMemo, useState } from 'react';
import type { CheckboxProps, FieldProps, HiddenInputProps, LabelProps } from '../components.tsx';
import { useComponents, useTranslate } from '../context.tsx';
import { cx } from '../util/cx.ts';
import { useHydrated } from '../util/hooks.ts';

export function Label({ htmlFor, children, required, className }: LabelProps) {
  return (
    <label htmlFor={htmlFor} className={cx('ory-label', className)}>
      {children}
      {required ? (
        <span className="ory-label__required" aria-hidden="true">
          {' *'}
        </span>
      ) : null}
    </label>
  );
}

function FieldShell({ p, children }: { p: FieldProps; children: React.ReactNode }) {
  const C = useComponents();
  // The same elements while only the value changes: a keystroke re-renders the input, not its label or messages.
  const label = useMemo(
    () => (
      <C.Label htmlFor={p.id} required={p.required}>
        {p.label}
      </C.Label>
    ),
    [C, p.id, p.required, p.label],
  );
  const messages = useMemo(() => <C.Messages messages={p.messages} scope="node" />, [C, p.messages]);
  return (
    <div className={cx('ory-field', `ory-field--${p.type}`, p.invalid && 'ory-field--invalid', p.disabled && 'ory-field--disabled')}>
      {label}
      {children}
      {messages}
    </div>
  );
}

function inputProps(p: FieldProps) {
  return {
    id: p.id,
    name: p.name,
    value: p.value,
    onChange: (e: React.ChangeEvent<HTMLInputElement>) => p.onChange(e.target.value),
    required: p.required || undefined,
    disabled: p.disabled || undefined,
    autoComplete: p.autoComplete,
    pattern: p.pattern,
    maxLength: p.maxLength,
    inputMode: p.inputMode,
    'aria-invalid': p.invalid || undefined,
    'aria-describedby': p.describedBy,
    'data-ory-group': p.group,
    className: 'ory-input',
  };
}

/** A text-like field (text, email, number, tel, url, date, datetime-local, and unknown types as text). */
export function Input(p: FieldProps) {
  return (
    <FieldShell p={p}>
      <input type={p.type} {...inputProps(p)} />
    </FieldShell>
  );
}

function EyeIcon({ off }: { off: boolean }) {
  return (
    <svg viewBox="0 0 24 24" width="20" height="20" fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round" strokeLinejoin="round" aria-hidden="true" focusable="false">
      <path d="M2 12s3.6-7 10-7 10 7 10 7-3.6 7-10 7S2 12 2 12z" />
      <circle cx="12" cy="12" r="3" />
      {off ? <path d="M3 3l18 18" /> : null}
    </svg>
  );
}

/** A password field with a show/hide toggle (the toggle appears once JavaScript runs). */
export function PasswordInput(p: FieldProps) {
  const { t } = useTranslate();
  const [shown, setShown] = useState(false);
  const hydrated = useHydrated();
  return (
    <FieldShell p={p}>
      <div className="ory-input-wrap">
        <input type={shown ? 'text' : 'password'} {...inputProps(p)} autoCapitalize="off" spellCheck={false} />
        <button
          type="button"
          className="ory-password-toggle"
          aria-controls={p.id}
          aria-pressed={shown}
          hidden={!hydrated}
          disabled={p.disabled || undefined}
          onClick={() => setShown((s) => !s)}
        >
          <EyeIcon off={shown} />
          <span className="ory-visually-hidden">{t('ui.show_password')}</span>
        </button>
      </div>
    </FieldShell>
  );
}

export function Checkbox(p: CheckboxProps) {
  const C = useComponents();
  return (
    <div className={cx('ory-field', 'ory-field--checkbox', p.invalid && 'ory-field--invalid')}>
      <div className="ory-checkbox">
        <input
          type="checkbox"
          className="ory-checkbox__input"
          id={p.id}
          name={p.name}
          value={p.value}
          checked={p.checked}
          onChange={(e) => p.onChange(e.target.checked)}
          required={p.required || undefined}
          disabled={p.disabled || undefined}
          aria-invalid={p.invalid || undefined}
          aria-describedby={p.describedBy}
          data-ory-group={p.group}
        />
        <C.Label htmlFor={p.id} required={p.required} className="ory-checkbox__label">
          {p.label}
        </C.Label>
      </div>
      <C.Messages messages={p.messages} scope="node" />
    </div>
  );
}

export function HiddenInput({ name, value, group }: HiddenInputProps) {
  return <input type="hidden" name={name} value={value} data-ory-group={group} />;
}
