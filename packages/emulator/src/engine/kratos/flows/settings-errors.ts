import { oryError, OryError } from '../../errors.ts';

/** settings.NewFlowNeedsReAuth (403 `session_refresh_required`); the handler adds `redirect_browser_to`. */
export function needsReAuth(): OryError {
  return oryError(403, {
    id: 'session_refresh_required',
    reason: 'The login session is too old and thus not allowed to update these fields. Please re-authenticate.',
  });
}

export function isNeedsReAuth(e: unknown): e is OryError {
  return e instanceof OryError && e.id === 'session_refresh_required';
}
