'use client';
import { createOryClient } from '@orykit/client';
import { OryComponentsProvider } from '@orykit/react';
import { OryProvider } from '@orykit/react-query';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { useState, type ReactNode } from 'react';

export function Providers({ children }: { children: ReactNode }) {
  const [queryClient] = useState(() => new QueryClient());
  const [ory] = useState(() => createOryClient({ baseUrl: typeof window === 'undefined' ? 'http://localhost/.ory' : `${window.location.origin}/.ory`, mode: 'browser' }));
  return (
    <QueryClientProvider client={queryClient}>
      <OryProvider client={ory}>
        <OryComponentsProvider>{children}</OryComponentsProvider>
      </OryProvider>
    </QueryClientProvider>
  );
}
