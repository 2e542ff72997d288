import type { OryClientError } from '@orykit/client';
import type { FlowProblem } from '@orykit/react';

/** An OAuth2 request hook's error as a problem the kit's cards show (with retry when it may help). */
export function oauth2Problem(error: OryClientError | null): FlowProblem | undefined {
  if (!error) return undefined;
  const retryable = error.kind === 'network' || error.kind === 'timeout';
  const kind = error.kind === 'network' ? 'network' : error.kind === 'timeout' ? 'timeout' : 'error';
  const body = (error as { error?: { error_description?: string; hint?: string } }).error;
  const described = (error as { body?: { error_description?: string } }).body?.error_description;
  return { kind, message: described ?? body?.error_description ?? error.message, retryable };
}
