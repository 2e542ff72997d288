import type { SelfServiceError } from '@orykit/client';
import { ErrorView, useTranslate } from '@orykit/react';
import { problemOf, useGetSelfServiceError } from '@orykit/react-query';
import { useSearchParams } from '../router.tsx';
import { hrefs } from './flow-options.ts';

/** `/error?id=`: the self-service error Kratos stored and sent the browser to (read on the server when it rendered the page). */
export function ErrorPage({ initialError }: { initialError?: SelfServiceError | undefined }) {
  const { t } = useTranslate();
  const id = useSearchParams().get('id') ?? '';
  const query = useGetSelfServiceError({ id }, { enabled: id !== '', retry: false, ...(initialError ? { initialData: initialError } : {}) });
  return (
    <ErrorView
      error={query.data}
      status={query.isPending && id !== '' ? 'loading' : 'ready'}
      problem={
        id === ''
          ? { kind: 'error', message: t('demo.error.no_id'), retryable: false }
          : query.error
            ? problemOf(query.error)
            : undefined
      }
      onRetry={() => void query.refetch()}
      hrefs={hrefs}
    />
  );
}
