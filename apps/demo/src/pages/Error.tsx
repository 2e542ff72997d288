import { ErrorView } from '@orykit/react';
import { problemOf, useGetSelfServiceError } from '@orykit/react-query';
import { useSearchParams } from '../router.tsx';
import { hrefs } from './flow-options.ts';
import { usePageTitle } from '../title.ts';

/** `/error?id=`: the self-service error Kratos stored and sent the browser to. */
export function ErrorPage() {
  usePageTitle('Something went wrong');
  const id = useSearchParams().get('id') ?? '';
  const query = useGetSelfServiceError({ id }, { enabled: id !== '', retry: false });
  return (
    <ErrorView
      error={query.data}
      status={query.isPending && id !== '' ? 'loading' : 'ready'}
      problem={
        id === ''
          ? { kind: 'error', message: 'No error id in the address (?id=…).', retryable: false }
          : query.error
            ? problemOf(query.error)
            : undefined
      }
      onRetry={() => void query.refetch()}
      hrefs={hrefs}
    />
  );
}
