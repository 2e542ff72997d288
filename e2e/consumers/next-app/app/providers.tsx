'use client';
// Verbatim from @orykit/react's README ("Server rendering with Next.js App Router", step 2).
import { createOryClient } from '@orykit/client';
import { OryComponentsProvider } from '@orykit/react';
import { OryProvider } from '@orykit/react-query';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { useState, type ReactNode } from 'react';

export function Providers({ children }: { children: ReactNode }) {
  const [queryClient] = useState(() => new QueryClient());
  // Relative: the server (which makes no request here) and the browser agree on Kratos' URL.
  const [ory] = useState(() => createOryClient({ baseUrl: { kratosPublic: '/.ory' }, mode: 'browser' }));
  return (
    <QueryClientProvider client={queryClient}>
      <OryProvider client={ory}>
        <OryComponentsProvider>{children}</OryComponentsProvider>
      </OryProvider>
    </QueryClientProvider>
  );
}
