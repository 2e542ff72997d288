import { useEffect } from 'react';

/**
 * The browser tab's title for a page: "Sign in · orykit demo".
 * @example
 * ```ts
 * usePageTitle('Sign in');
 * ```
 */
export function usePageTitle(title: string): void {
  useEffect(() => {
    const before = document.title;
    document.title = `${title} · orykit demo`;
    return () => {
      document.title = before;
    };
  }, [title]);
}
