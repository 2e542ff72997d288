import { isOryError, type Session } from '@orykit/client';
import { useToSession } from '@orykit/react-query';
import { createContext, useContext } from 'react';

export type SessionState =
  | { status: 'loading'; session?: undefined }
  | { status: 'signed-in'; session: Session }
  | { status: 'signed-out'; session?: undefined }
  /** Signed in at aal1, but the identity has a second factor the server requires. */
  | { status: 'aal2-required'; session?: undefined }
  | { status: 'error'; session?: undefined; message: string };

/** What the server read for the page (root loader): shown until the browser's own query answers (or without JavaScript). */
export const ServerSession = createContext<SessionState | undefined>(undefined);

/** The session of the browser (the `ory_kratos_session` cookie), as one of a few states. */
export function useSession(): SessionState {
  const query = useToSession(undefined, { retry: false, staleTime: 30_000 });
  const server = useContext(ServerSession);
  if (query.isPending) return server ?? { status: 'loading' };
  // A failed refetch keeps the last session in `data` (TanStack Query keeps data on error): after signing
  // out, or when the server starts asking for a second factor, the error is the truth.
  if (query.isSuccess) return { status: 'signed-in', session: query.data };
  const error = query.error;
  if (isOryError(error, 'session_aal2_required')) return { status: 'aal2-required' };
  if (isOryError(error) && error.status === 401) return { status: 'signed-out' };
  return { status: 'error', message: error?.message ?? 'Unknown error' };
}

/** The identity's email (or its first string trait), for headers and greetings. */
export function displayName(session: Session | undefined): string {
  const traits = (session?.identity?.traits ?? {}) as Record<string, unknown>;
  if (typeof traits['email'] === 'string') return traits['email'];
  const first = Object.values(traits).find((v): v is string => typeof v === 'string');
  return first ?? session?.identity?.id ?? '';
}
