import { oryError, OryError } from '../../errors.ts';

/** session.NewErrNoActiveSessionFound (401 `session_inactive`). */
export function noActiveSession(reason = 'No active session was found in this request.'): OryError {
  return oryError(401, { id: 'session_inactive', reason, message: 'request does not have a valid authentication session' });
}

/** session.NewErrAALNotSatisfied (403 `session_aal2_required`), with `redirect_browser_to`. */
export function aalNotSatisfied(redirectTo: string, detailsRedirect = redirectTo): OryError {
  return oryError(
    403,
    {
      id: 'session_aal2_required',
      reason:
        'An active session was found but it does not fulfill the requested Authenticator Assurance Level. Please verify yourself with a second factor to resolve this issue.',
      message: 'Session does not fulfill the requested Authenticator Assurance Level',
      details: { redirect_browser_to: detailsRedirect },
    },
    { redirect_browser_to: redirectTo },
  );
}

export function isAalError(e: unknown): e is OryError {
  return e instanceof OryError && e.id === 'session_aal2_required';
}

export function isNoSession(e: unknown): e is OryError {
  return e instanceof OryError && e.id === 'session_inactive';
}
