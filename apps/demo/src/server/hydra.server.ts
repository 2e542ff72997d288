// Hydra's admin API for the OAuth2 pages' loaders and actions, and what they share: the same-origin check on
// form posts, the way back to Hydra, and a request Hydra does not know said as the kit's problem. Server only.
import { createOryClient, isOryError, type OryClient } from '@orykit/client';
import type { FlowProblem } from '@orykit/react';
import { redirect, redirectDocument } from 'react-router';
import { ADMIN_TOKEN_HEADER, ORY_PREFIXES } from '../prefixes.ts';
import { oauth2Problem } from '../pages/oauth2/problem.ts';
import { sharedAdminToken } from './admin-token.ts';

/**
 * Hydra's admin API through the demo's guarded prefix on this origin (the emulator, or the proxy to a real
 * Hydra), with the run's secret: one code path for both backends, and the guard stays the only way in.
 */
export function hydraAdmin(request: Request): OryClient {
  const token = sharedAdminToken();
  return createOryClient({
    baseUrl: { hydraAdmin: new URL(ORY_PREFIXES.hydraAdmin, request.url).href },
    mode: 'server',
    retry: 0,
    ...(token ? { headers: { [ADMIN_TOKEN_HEADER]: token } } : {}),
  });
}

/** An OAuth2 page of this app, for its challenge. */
export const pageOf = (path: string, challengeField: string, challenge: string) => `${path}?${challengeField}=${encodeURIComponent(challenge)}`;

/**
 * Refuses a form post another site made (CSRF): only this app's own pages may answer Hydra for the person.
 * Browsers send `Origin` with every form POST; `Sec-Fetch-Site` says the same where they send it.
 */
function assertSameOrigin(request: Request): void {
  const origin = request.headers.get('origin');
  const site = request.headers.get('sec-fetch-site');
  const foreign = (origin !== null && origin !== new URL(request.url).origin) || (site !== null && site !== 'same-origin');
  if (foreign) throw new Response('Cross-origin OAuth2 answer refused.', { status: 403, headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
}

/** The browser goes on to where Hydra said (Hydra's public prefix: a document, not a route of this app). */
export const toHydra = (redirectTo: string, headers?: Headers) => redirectDocument(redirectTo, { status: 303, ...(headers ? { headers } : {}) });

/** What a page without its challenge in the address shows. */
export const noChallenge = (name: string): FlowProblem => ({ kind: 'error', message: `No ${name} in the address.`, retryable: false });

/**
 * Runs a Hydra call; its 4xx answer (a challenge Hydra does not know, already answered or expired) becomes
 * the kit's problem for the page, anything else is thrown.
 */
export async function orProblem<T>(call: Promise<T>): Promise<{ value: T; problem?: undefined } | { value?: undefined; problem: FlowProblem }> {
  try {
    return { value: await call };
  } catch (error) {
    if (isOryError(error) && error.status < 500) return { problem: oauth2Problem(error) ?? noChallenge('challenge') };
    throw error;
  }
}

/**
 * A card's form post, answered at Hydra by `answer`: refused when another site made it; a challenge Hydra no
 * longer knows (already answered, expired) sends the browser back to the page, which says so.
 */
export async function answerForm(request: Request, path: string, challengeField: string, answer: (form: FormData, challenge: string) => Promise<Response>): Promise<Response> {
  assertSameOrigin(request);
  const form = await request.formData();
  const challenge = String(form.get(challengeField) ?? '');
  const answered = await orProblem(answer(form, challenge));
  return answered.value ?? redirect(pageOf(path, challengeField, challenge), 303);
}
