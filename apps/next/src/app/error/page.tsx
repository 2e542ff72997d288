import { getSelfServiceError, isOryError, type SelfServiceError } from '@orykit/client';
import { ErrorView } from '@orykit/react';
import { HREFS } from '../../ory/hrefs.ts';
import { kratosFor } from '../../ory/kratos.ts';
import { pageRequest, type SearchParams } from '../../ory/request.ts';

// Rendered whole on each request (no streamed part), so it works without JavaScript.
export const instant = false;

/** `/error?id=`: the self-service error Kratos stored and sent the browser to, read on the server. */
export default async function ErrorPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const id = (await searchParams)['id'];
  if (typeof id !== 'string' || id === '') {
    return <ErrorView error={undefined} problem={{ kind: 'error', message: 'No error id in the address (?id=…).', retryable: false }} hrefs={HREFS} />;
  }
  let error: SelfServiceError;
  try {
    error = await getSelfServiceError(kratosFor(await pageRequest('/error', {})), { id });
  } catch (failure) {
    // Kratos' own answer (404: no such error) is the error to show.
    if (!isOryError(failure) || !failure.error) throw failure;
    error = { id, error: failure.error };
  }
  return <ErrorView error={error} hrefs={HREFS} />;
}
