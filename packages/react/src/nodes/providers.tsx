import type { ReactElement } from 'react';
import { GLOBE, icon } from '../primitives/icons.tsx';

// Provider logos as React elements (never HTML strings). Simplified marks, sized by CSS (1.25em).

export type KnownProvider = 'google' | 'github' | 'apple' | 'microsoft' | 'gitlab' | 'facebook' | 'discord' | 'slack' | 'auth0';

const NAMES: Record<KnownProvider, string> = {
  google: 'Google',
  github: 'GitHub',
  apple: 'Apple',
  microsoft: 'Microsoft',
  gitlab: 'GitLab',
  facebook: 'Facebook',
  discord: 'Discord',
  slack: 'Slack',
  auth0: 'Auth0',
};

const ORDER = Object.keys(NAMES) as KnownProvider[];

/**
 * The known provider a configured provider id refers to (`google`, `google-workspace`, `azure` → microsoft).
 * @example
 * ```ts
 * knownProvider('google-workspace'); // 'google'
 * ```
 */
export function knownProvider(id: string): KnownProvider | undefined {
  const s = id.toLowerCase();
  for (const p of ORDER) if (s === p || s.startsWith(`${p}-`) || s.startsWith(`${p}_`)) return p;
  if (s.includes('azure') || s.startsWith('microsoft')) return 'microsoft';
  for (const p of ORDER) if (s.includes(p)) return p;
  return undefined;
}

/**
 * A display name for a provider id: the brand name when known, else the id as sent.
 * @example
 * ```ts
 * providerDisplayName('github'); // 'GitHub'
 * ```
 */
export function providerDisplayName(id: string): string {
  const k = knownProvider(id);
  if (k && id.toLowerCase() === k) return NAMES[k];
  return id;
}

const svg = (children: ReactElement | ReactElement[], viewBox = '0 0 24 24') => (
  <svg viewBox={viewBox} width="20" height="20" aria-hidden="true" className="ory-provider-logo">
    {children}
  </svg>
);

const LOGOS: Record<KnownProvider, () => ReactElement> = {
  google: () =>
    svg(
      [
        <path key="r" fill="#EA4335" d="M24 9.5c3.54 0 6.71 1.22 9.21 3.6l6.85-6.85C35.9 2.38 30.47 0 24 0 14.62 0 6.51 5.38 2.56 13.22l7.98 6.19C12.43 13.72 17.74 9.5 24 9.5z" />,
        <path key="b" fill="#4285F4" d="M46.98 24.55c0-1.57-.15-3.09-.38-4.55H24v9.02h12.94c-.58 2.96-2.26 5.48-4.78 7.18l7.73 6c4.51-4.18 7.09-10.36 7.09-17.65z" />,
        <path key="y" fill="#FBBC05" d="M10.53 28.59c-.48-1.45-.76-2.99-.76-4.59s.27-3.14.76-4.59l-7.98-6.19C.92 16.46 0 20.12 0 24c0 3.88.92 7.54 2.56 10.78l7.97-6.19z" />,
        <path key="g" fill="#34A853" d="M24 48c6.48 0 11.93-2.13 15.89-5.81l-7.73-6c-2.15 1.45-4.92 2.3-8.16 2.3-6.26 0-11.57-4.22-13.47-9.91l-7.98 6.19C6.51 42.62 14.62 48 24 48z" />,
      ],
      '0 0 48 48',
    ),
  github: () =>
    svg(
      <path
        fill="currentColor"
        d="M8 0C3.58 0 0 3.58 0 8c0 3.54 2.29 6.53 5.47 7.59.4.07.55-.17.55-.38 0-.19-.01-.82-.01-1.49-2.01.37-2.53-.49-2.69-.94-.09-.23-.48-.94-.82-1.13-.28-.15-.68-.52-.01-.53.63-.01 1.08.58 1.23.82.72 1.21 1.87.87 2.33.66.07-.52.28-.87.51-1.07-1.78-.2-3.64-.89-3.64-3.95 0-.87.31-1.59.82-2.15-.08-.2-.36-1.02.08-2.12 0 0 .67-.21 2.2.82.64-.18 1.32-.27 2-.27.68 0 1.36.09 2 .27 1.53-1.04 2.2-.82 2.2-.82.44 1.1.16 1.92.08 2.12.51.56.82 1.27.82 2.15 0 3.07-1.87 3.75-3.65 3.95.29.25.54.73.54 1.48 0 1.07-.01 1.93-.01 2.2 0 .21.15.46.55.38A8.013 8.013 0 0 0 16 8c0-4.42-3.58-8-8-8z"
      />,
      '0 0 16 16',
    ),
  apple: () =>
    svg(
      <path
        fill="currentColor"
        d="M16.37 1.43c0 1.14-.49 2.27-1.18 3.08-.74.9-1.99 1.57-2.99 1.57-.12 0-.23-.02-.3-.03-.01-.06-.04-.22-.04-.39 0-1.15.57-2.27 1.21-2.98.8-.94 2.14-1.64 3.25-1.68.03.13.05.28.05.43zm4.56 15.71c-.03.07-.46 1.58-1.52 3.12-.94 1.34-1.94 2.71-3.43 2.71-1.52 0-1.9-.88-3.63-.88-1.7 0-2.3.91-3.67.91-1.38 0-2.33-1.26-3.43-2.8-1.29-1.82-2.32-4.63-2.32-7.28 0-4.28 2.8-6.55 5.55-6.55 1.45 0 2.68.95 3.6.95.87 0 2.22-1.01 3.9-1.01.61 0 2.89.06 4.37 2.19-.13.09-2.38 1.37-2.38 4.19 0 3.26 2.85 4.42 2.96 4.45z"
      />,
    ),
  microsoft: () =>
    svg(
      [
        <rect key="a" x="1" y="1" width="10" height="10" fill="#F25022" />,
        <rect key="b" x="12" y="1" width="10" height="10" fill="#7FBA00" />,
        <rect key="c" x="1" y="12" width="10" height="10" fill="#00A4EF" />,
        <rect key="d" x="12" y="12" width="10" height="10" fill="#FFB900" />,
      ],
      '0 0 23 23',
    ),
  gitlab: () =>
    svg([
      <path key="a" fill="#E24329" d="M12 21.4 15.7 10H8.3zM3.1 10h5.2L6.1 3.1a.4.4 0 0 0-.7 0zM20.9 10h-5.2l2.2-6.9a.4.4 0 0 1 .7 0z" />,
      <path key="b" fill="#FC6D26" d="M12 21.4 8.3 10H3.1zM12 21.4 15.7 10h5.2z" />,
      <path key="c" fill="#FCA326" d="M3.1 10 2 13.5a.8.8 0 0 0 .3.9L12 21.4zM20.9 10l1.1 3.5a.8.8 0 0 1-.3.9L12 21.4z" />,
    ]),
  facebook: () =>
    svg([
      <circle key="c" cx="12" cy="12" r="12" fill="#1877F2" />,
      <path key="f" fill="#fff" d="m16.67 15.47.53-3.47h-3.33V9.75c0-.95.47-1.87 1.95-1.87h1.51V4.93s-1.37-.23-2.69-.23c-2.74 0-4.53 1.66-4.53 4.67V12H7.08v3.47h3.03V24h3.76v-8.53z" />,
    ]),
  discord: () =>
    svg(
      <path
        fill="#5865F2"
        d="M20.32 4.37A19.8 19.8 0 0 0 15.4 2.85l-.61 1.25a18.3 18.3 0 0 0-5.57 0l-.62-1.25a19.7 19.7 0 0 0-4.9 1.52C.58 9.04-.26 13.6.16 18.1a19.9 19.9 0 0 0 6.03 3.05l1.29-2.1a12.9 12.9 0 0 1-2.03-.97l.5-.38a14.2 14.2 0 0 0 12.1 0l.5.38c-.65.38-1.33.71-2.04.97l1.29 2.1a19.8 19.8 0 0 0 6.04-3.05c.5-5.2-.84-9.72-3.52-13.73zM8.02 15.33c-1.18 0-2.16-1.09-2.16-2.42s.96-2.42 2.16-2.42c1.21 0 2.18 1.1 2.16 2.42 0 1.33-.96 2.42-2.16 2.42zm7.97 0c-1.18 0-2.16-1.09-2.16-2.42s.96-2.42 2.16-2.42c1.21 0 2.18 1.1 2.16 2.42 0 1.33-.95 2.42-2.16 2.42z"
      />,
    ),
  // Four round-capped strokes, one per colour.
  slack: () =>
    svg(
      <g fill="none" strokeWidth="3.5" strokeLinecap="round">
        <path stroke="#E01E5A" d="M10 14.75v6.5M2.75 14.75h2" />
        <path stroke="#36C5F0" d="M2.75 10h6.5M10 2.75v2" />
        <path stroke="#2EB67D" d="M14 2.75v6.5M19.25 10h2" />
        <path stroke="#ECB22E" d="M14.75 14h6.5M14 19.25v2" />
      </g>,
    ),
  auth0: () =>
    svg(
      <path fill="#EB5424" d="M18.9 19.4 16.4 12l6.3-4.6h-7.8L12.4 0h7.8l2.4 7.4c1.4 4.3 0 9.2-3.7 12zM5.1 19.4 11.4 24l6.3-4.6L11.4 14.8zM1.3 7.4c-1.4 4.3 0 9.2 3.7 12l2.4-7.4L1.3 7.4h7.8L11.6 0H3.8z" />,
    ),
};

/** The logo of a provider id as an element (a function: the OIDC button adds no component for it). */
export function providerLogo(provider: string): ReactElement {
  const k = knownProvider(provider);
  return k ? LOGOS[k]() : icon(GLOBE, 20, 'ory-provider-logo');
}

/**
 * The logo of a provider id, or a generic globe mark.
 * @example
 * ```ts
 * <ProviderLogo provider="gitlab" />
 * ```
 */
export function ProviderLogo({ provider }: { provider: string }) {
  return providerLogo(provider);
}
