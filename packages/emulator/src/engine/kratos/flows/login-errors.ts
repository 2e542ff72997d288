import { oryError, OryError } from '../../errors.ts';
import type { ActiveSession } from '../session/sessions.ts';

/** login.ErrAlreadyLoggedIn (400 `session_already_available`), carrying the session. */
export class AlreadyLoggedIn extends OryError {
  constructor(readonly active?: ActiveSession) {
    super(
      oryError(400, {
        id: 'session_already_available',
        reason: 'A valid session was detected and thus login is not possible. Did you forget to set `?refresh=true`?',
        message: 'you are already logged in',
      }).error,
    );
  }
}

/** login.ErrSessionRequiredForHigherAAL (401 `session_aal1_required`). */
export function sessionRequiredForHigherAal(): OryError {
  return oryError(401, {
    id: 'session_aal1_required',
    reason: 'You can not requested a higher AAL (AAL2/AAL3) without an active session.',
    message: 'aal2 and aal3 can only be requested if a session exists already',
  });
}
