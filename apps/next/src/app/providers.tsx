'use client';
// The client-side providers the managed components need: TanStack Query, the Ory client and the kit's
// components context. Rendered once by the root layout. The client's base URL is the same-origin proxy's path:
// relative, so the server (which makes no request: flows arrive as `initialFlow`) and the browser agree.
import { createOryClient } from '@orykit/client';
import { OryComponentsProvider } from '@orykit/react';
import { OryProvider } from '@orykit/react-query';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { useEffect, useState, type ReactNode } from 'react';
import { ORY_PREFIX } from '../ory/prefix.ts';

export function Providers({ children }: { children: ReactNode }) {
  const [queryClient] = useState(() => new QueryClient());
  const [ory] = useState(() => createOryClient({ baseUrl: { kratosPublic: ORY_PREFIX }, mode: 'browser' }));
  // Tests (and curious people) can tell a hydrated page from the server's HTML.
  useEffect(() => void (document.documentElement.dataset['hydrated'] = 'true'), []);
  return (
    <QueryClientProvider client={queryClient}>
      <OryProvider client={ory}>
        <OryComponentsProvider>{children}</OryComponentsProvider>
      </OryProvider>
    </QueryClientProvider>
  );
}
