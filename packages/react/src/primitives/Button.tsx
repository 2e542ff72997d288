import type { ButtonProps } from '../components.tsx';
import { cx } from '../util/cx.ts';

/**
 * A `<button>`; submit buttons carry the node's name/value so the server sees which one was clicked. The
 * label is the button's own text (no wrapper: every element counts when a flow mounts); `icon` is decorative.
 */
export function Button({
  type,
  name,
  value,
  children,
  variant = 'primary',
  disabled,
  busy,
  blocked,
  onClick,
  formNoValidate,
  group,
  describedBy,
  className,
  id,
  icon,
}: ButtonProps) {
  return (
    <button
      id={id}
      type={type}
      name={name || undefined}
      value={value}
      className={cx('ory-button', `ory-button--${variant}`, busy && 'ory-button--busy', className)}
      disabled={disabled || undefined}
      aria-disabled={(blocked || busy) && !disabled ? true : undefined}
      aria-busy={busy || undefined}
      aria-describedby={describedBy}
      formNoValidate={formNoValidate || undefined}
      data-ory-group={group}
      onClick={(e) => {
        if (blocked || busy) {
          e.preventDefault();
          return;
        }
        onClick?.(e);
      }}
    >
      {busy ? <span className="ory-spinner" aria-hidden="true" /> : icon}
      {children}
    </button>
  );
}
