import { useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import type { CheckboxProps, FieldProps, HiddenInputProps, LabelProps } from '../components.tsx';
import { useComponents, useTranslate } from '../context.tsx';
import { cx } from '../util/cx.ts';
import { slot } from '../util/slot.ts';
import { useHydrated } from '../util/hooks.ts';
import { EYE, EYE_OFF, icon } from './icons.tsx';
import { nodeMessages } from './messages.tsx';

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

/**
 * Label, control and messages in one `div`: a hook, not a component (one component less per field). The
 * label and messages are the same elements while only the value changes.
 */
function useFieldShell(p: FieldProps, control: ReactNode) {
  const C = useComponents();
  const label = useMemo(() => slot(C.Label, Label, { htmlFor: p.id, required: p.required, children: p.label }), [C, p.id, p.required, p.label]);
  const messages = useMemo(() => nodeMessages(C, p.messages), [C, p.messages]);
  return (
    <div className={cx('ory-field', `ory-field--${p.type}`, p.invalid && 'ory-field--invalid', p.disabled && 'ory-field--disabled')}>
      {label}
      {control}
      {messages}
    </div>
  );
}

/**
 * A field's value outside React. The form gives it to the default text slots only: they follow it
 * themselves, so typing renders no component at all. Overrides get `value` on every change instead.
 */
export interface FieldStore {
  get(): string;
  subscribe(onChange: () => void): () => void;
}

/** The props of the default text slots: a slot's props, and the store when the form passes it. */
type DefaultFieldProps = FieldProps & { store?: FieldStore | undefined };

/**
 * The input keeps what the person types itself (uncontrolled), so React writes nothing to it on a
 * keystroke. A value that differs from what it shows (the server's after a save, an app's
 * `scope.setValue`) is written into it; not on mount, so text typed before hydration stays.
 */
function useShownValue(value: string, store: FieldStore | undefined) {
  const ref = useRef<HTMLInputElement>(null);
  const [defaultValue] = useState(value);
  const mounted = useRef(false);
  useEffect(() => {
    const el = ref.current;
    if (mounted.current && el && el.value !== value) el.value = value;
    mounted.current = true;
  }, [value]);
  useEffect(() => {
    if (!store) return undefined;
    const show = () => {
      const el = ref.current;
      const v = store.get();
      if (el && el.value !== v) el.value = v;
    };
    if (store.get() !== value) show(); // changed between render and now
    return store.subscribe(show);
    // `value` is what this render showed; a later one runs the effect above.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [store]);
  return { inputRef: ref, defaultValue };
}

/**
 * The field's `<input>`: the same element while only the value changes, so a keystroke renders nothing
 * here (React would otherwise reset the input's name and type on every update).
 */
function useInputElement(p: DefaultFieldProps, type: string, password?: boolean) {
  const { inputRef, defaultValue } = useShownValue(p.value, p.store);
  const { id, name, onChange, required, disabled, autoComplete, pattern, maxLength, inputMode, invalid, describedBy, group } = p;
  return useMemo(
    () => (
      <input
        ref={inputRef}
        type={type}
        id={id}
        name={name}
        defaultValue={defaultValue}
        onChange={(e) => onChange(e.target.value)}
        required={required || undefined}
        disabled={disabled || undefined}
        autoComplete={autoComplete}
        pattern={pattern}
        maxLength={maxLength}
        inputMode={inputMode}
        aria-invalid={invalid || undefined}
        aria-describedby={describedBy}
        data-ory-group={group}
        className="ory-input"
        {...(password ? { autoCapitalize: 'off', spellCheck: false } : undefined)}
      />
    ),
    [inputRef, defaultValue, type, id, name, onChange, required, disabled, autoComplete, pattern, maxLength, inputMode, invalid, describedBy, group, password],
  );
}

/** A text-like field (text, email, number, tel, url, date, datetime-local, and unknown types as text). */
export function Input(p: DefaultFieldProps) {
  return useFieldShell(p, useInputElement(p, p.type));
}

/** A password field with a show/hide toggle (the toggle appears once JavaScript runs). */
export function PasswordInput(p: DefaultFieldProps) {
  const { t } = useTranslate();
  const [shown, setShown] = useState(false);
  const hydrated = useHydrated();
  const input = useInputElement(p, shown ? 'text' : 'password', true);
  return useFieldShell(
    p,
    <div className="ory-input-wrap">
      {input}
      <button
        type="button"
        className="ory-password-toggle"
        aria-controls={p.id}
        aria-pressed={shown}
        hidden={!hydrated}
        disabled={p.disabled || undefined}
        onClick={() => setShown((s) => !s)}
      >
        {icon(shown ? EYE_OFF : EYE)}
        {/* Words, not aria-label: a test's getByLabelText(/password/i) still finds one field. */}
        <span className="ory-visually-hidden">{t('ui.show_password')}</span>
      </button>
    </div>,
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
        {slot(C.Label, Label, { htmlFor: p.id, required: p.required, className: 'ory-checkbox__label', children: p.label })}
      </div>
      {nodeMessages(C, p.messages)}
    </div>
  );
}

/** A hidden field. No `data-ory-group`: the form reads groups of fields a person fills in, never of these. */
export function HiddenInput({ name, value }: HiddenInputProps) {
  return <input type="hidden" name={name} value={value} />;
}
