import { useEffect } from 'react';
import { useTranslate, type en } from '@orykit/react';
import type { DemoKey } from './i18n.tsx';

/** A page title is a kit string (`ui.login.title`, …) or a demo one (`demo.*`), so it follows the language. */
export type PageTitleKey = DemoKey | keyof typeof en;

/**
 * The browser tab's title for a page, in the active language: "Sign in · orykit demo".
 * @example
 * ```ts
 * usePageTitle('ui.login.title');
 * ```
 */
export function usePageTitle(key: PageTitleKey): void {
  const { t } = useTranslate();
  const title = t('demo.title', { page: t(key) });
  useEffect(() => {
    const before = document.title;
    document.title = title;
    return () => {
      document.title = before;
    };
  }, [title]);
}
