import '@orykit/react/styles.css';
import type { Metadata } from 'next';
import type { ReactNode } from 'react';
import { HREFS } from '../ory/hrefs.ts';
import './app.css';
import { Providers } from './providers.tsx';

export const metadata: Metadata = { title: 'orykit on Next.js' };

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en">
      <body>
        <nav className="app-nav" aria-label="Pages">
          <a href={HREFS.home}>Home</a>
          <a href={HREFS.login}>Sign in</a>
          <a href={HREFS.registration}>Sign up</a>
          <a href={HREFS.settings}>Settings</a>
          <a href={HREFS.logout}>Sign out</a>
        </nav>
        <main>
          <Providers>{children}</Providers>
        </main>
      </body>
    </html>
  );
}
