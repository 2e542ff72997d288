import { contextValue, isInput, str, type NormalizedNode } from '../model.ts';

/** Whether a settings method is set up, and since when where Kratos says it (security keys' `added_at`). */
export interface MethodState {
  on: boolean;
  /** RFC 3339: the earliest `added_at` of the method's credentials. */
  since?: string | undefined;
}

/**
 * The state of a settings section, read from the buttons Kratos sends for it: "Remove the authenticator
 * app" means TOTP is on, "Reveal backup codes" / "Disable" that backup codes are on, a "Remove security key"
 * per key, an "Unlink" per social account. Undefined for sections without a state (profile, password).
 * @example
 * ```ts
 * methodState('totp', nodes); // { on: true }
 * ```
 */
export function methodState(group: string, nodes: readonly NormalizedNode[]): MethodState | undefined {
  const inputs = nodes.filter(isInput).filter((n) => n.group === group);
  const has = (name: string) => inputs.some((n) => n.attributes.name === name);
  switch (group) {
    case 'totp':
      return { on: has('totp_unlink') };
    case 'lookup_secret':
      return { on: has('lookup_secret_reveal') || has('lookup_secret_disable') };
    case 'oidc':
      return { on: has('unlink') };
    case 'webauthn': {
      const added = inputs
        .filter((n) => n.attributes.name === 'webauthn_remove')
        .map((n) => str(contextValue(n.label, 'added_at')))
        .filter((t): t is string => t !== undefined && !Number.isNaN(Date.parse(t)))
        .sort((a, b) => Date.parse(a) - Date.parse(b));
      return { on: has('webauthn_remove'), since: added[0] };
    }
    default:
      return undefined;
  }
}
