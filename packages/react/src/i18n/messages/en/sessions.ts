// The English of the sessions list (brought by `Sessions`).
import type { Messages } from '../../types.ts';

export const enSessions = {
  // ── UI: sessions ───────────────────────────────────────────────────────────────────────────────
  'ui.sessions.methods': 'Signed in with: {methods}',
  'ui.sessions.current': 'Current session',
  'ui.sessions.this_device': 'This device',
  'ui.sessions.other': 'Other sessions',
  'ui.sessions.none_other': 'You have no other active sessions.',
  'ui.sessions.device': 'Device',
  'ui.sessions.unknown_device': 'Unknown device',
  'ui.sessions.ip': 'IP address',
  'ui.sessions.location': 'Location',
  'ui.sessions.last_active': 'Last active {time, relative}',
  'ui.sessions.signed_in': 'Signed in {time, datetime}',
  'ui.sessions.expires': 'Expires {time, relative}',
  'ui.sessions.revoke': 'Sign out this session',
  'ui.sessions.revoke_all_others': 'Sign out all other sessions',
  'ui.sessions.revoked': 'The session was signed out.',
  'ui.sessions.revoked_others': 'All other sessions were signed out.',

  // ── UI: confirmations ──────────────────────────────────────────────────────────────────────────
  'ui.confirm.revoke_session.title': 'Sign out this session?',
  'ui.confirm.revoke_session.body': 'That device will have to sign in again.',
  'ui.confirm.revoke_session.confirm': 'Sign out',
  'ui.confirm.revoke_others.title': 'Sign out all other sessions?',
  'ui.confirm.revoke_others.body': 'Every other device and browser will have to sign in again. This one stays signed in.',
  'ui.confirm.revoke_others.confirm': 'Sign out others',
} satisfies Messages;
