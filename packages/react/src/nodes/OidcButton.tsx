import type { OidcButtonProps } from '../components.tsx';
import { cx } from '../util/cx.ts';
import { knownProvider, providerLogo } from './providers.tsx';

/** A social sign-in / link / unlink button with the provider's logo. Posts `name=value` like any submit. */
export function OidcButton({ provider, label, name, value, disabled, busy, blocked, formNoValidate, group, describedBy }: OidcButtonProps) {
  const known = knownProvider(provider) ?? 'generic';
  return (
    <button
      type="submit"
      name={name}
      value={value}
      className={cx('ory-button', 'ory-oidc-button', `ory-oidc-button--${known}`, name === 'unlink' && 'ory-oidc-button--unlink', busy && 'ory-button--busy')}
      disabled={disabled || undefined}
      aria-disabled={(blocked || busy) && !disabled ? true : undefined}
      aria-busy={busy || undefined}
      aria-describedby={describedBy}
      formNoValidate={formNoValidate || undefined}
      data-ory-group={group}
      data-provider={provider}
      onClick={(e) => {
        if (blocked || busy) e.preventDefault();
      }}
    >
      {busy ? <span className="ory-spinner ory-provider-logo" aria-hidden="true" /> : providerLogo(provider)}
      {label}
    </button>
  );
}
