import { useTranslate, type en } from '@orykit/react';
import { useMatches } from 'react-router';
import type { DemoKey } from './i18n.tsx';

/** A page title is a kit string (`ui.login.title`, …) or a demo one (`demo.*`), so it follows the language. */
export type PageTitleKey = DemoKey | keyof typeof en;

/**
 * What a route module exports as `handle`: the key of its page's title.
 * @example
 * ```ts
 * export const handle: TitleHandle = { title: 'ui.login.title' };
 * ```
 */
export type TitleHandle = { title: PageTitleKey };

const titleOf = (handle: unknown): PageTitleKey | undefined =>
  typeof handle === 'object' && handle !== null && 'title' in handle ? (handle as TitleHandle).title : undefined;

/**
 * The browser tab's title for the current route, in the active language: "Sign in · orykit demo". A
 * `<title>` element (React hoists it into `<head>`), so the server's HTML carries it and a page read
 * without JavaScript is named too.
 */
export function PageTitle() {
  const { t } = useTranslate();
  const page = useMatches().map((match) => titleOf(match.handle)).findLast(Boolean);
  return page ? <title>{t('demo.title', { page: t(page) })}</title> : null;
}
