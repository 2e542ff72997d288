// First: the page's flow request starts before the rest of the app is evaluated.
import './preload.ts';
import '@orykit/react/styles.css';
import './styles.css';
import { OryProvider } from '@orykit/react-query';
import { QueryClientProvider } from '@tanstack/react-query';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App.tsx';
import { ory, queryClient } from './ory.ts';
import { PreferencesProvider } from './preferences.tsx';
import { navigate } from './router.tsx';
import { isBackendPath } from './prefixes.ts';

// Plain links anywhere (the kit's footers, error pages) navigate in-app when they point into the app.
document.addEventListener('click', (event) => {
  if (event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
  const anchor = (event.target as Element | null)?.closest?.('a[href]');
  if (!(anchor instanceof HTMLAnchorElement) || (anchor.target && anchor.target !== '_self') || anchor.hasAttribute('download')) return;
  const url = new URL(anchor.href);
  if (url.origin !== window.location.origin || isBackendPath(url.pathname)) return;
  event.preventDefault();
  navigate(url.pathname + url.search + url.hash);
});

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <QueryClientProvider client={queryClient}>
      <OryProvider client={ory}>
        <PreferencesProvider>
          <App />
        </PreferencesProvider>
      </OryProvider>
    </QueryClientProvider>
  </StrictMode>,
);
