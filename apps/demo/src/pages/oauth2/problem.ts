import type { OryClientError } from '@orykit/client';
import type { FlowProblem } from '@orykit/react';
import { problemOf } from '@orykit/react-query';

/**
 * An OAuth2 request hook's error as a problem the kit's cards show: the kit's own mapping (status and id
 * choose the sentence and the action), with Hydra's `error_description` kept for the technical details.
 */
export function oauth2Problem(error: OryClientError | null): FlowProblem | undefined {
  if (!error) return undefined;
  const problem = problemOf(error);
  const body = (error as { body?: { error_description?: unknown } }).body;
  return typeof body?.error_description === 'string' ? { ...problem, message: body.error_description } : problem;
}
