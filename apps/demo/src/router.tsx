import { redirectBrowserToUrl } from '@orykit/client';
import { useSyncExternalStore, type AnchorHTMLAttributes, type MouseEvent } from 'react';
import { urlPolicy } from './ory.ts';
import { isBackendPath } from './prefixes.ts';

/**
 * A router of a few lines on the History API. A location carries a navigation counter, so a page
 * remounts when the user navigates, but not when a flow hook rewrites `?flow=` with `replaceState`.
 */
export interface AppLocation {
  pathname: string;
  search: string;
  /** Increases on every navigation (push, replace through `navigate`, back/forward). */
  key: number;
}

let current: AppLocation = read(0);
const listeners = new Set<() => void>();

function read(key: number): AppLocation {
  return { pathname: window.location.pathname, search: window.location.search, key };
}

function notify() {
  current = read(current.key + 1);
  for (const listener of listeners) listener();
}

window.addEventListener('popstate', notify);

/**
 * Goes to a URL: in-app paths without a reload, anything else (another origin, a backend prefix such as
 * `/.ory/kratos/public/self-service/login/browser`) with a full page load. Only http(s) URLs: a
 * `javascript:` or `data:` URL (or one the policy refuses for another reason) is not followed.
 */
export function navigate(to: string, options: { replace?: boolean } = {}) {
  const href = redirectBrowserToUrl(to, urlPolicy());
  if (!href) {
    console.error(`[demo] refused to navigate to ${JSON.stringify(to)}: not an http(s) URL.`);
    return;
  }
  const url = new URL(href);
  if (url.origin !== window.location.origin || isBackendPath(url.pathname)) {
    window.location.assign(url.href);
    return;
  }
  const target = url.pathname + url.search + url.hash;
  if (options.replace) window.history.replaceState(null, '', target);
  else window.history.pushState(null, '', target);
  window.scrollTo(0, 0);
  notify();
}

/** A pathname as the routes name it: without trailing slashes. */
export const routePath = (pathname: string) => (pathname.length > 1 ? pathname.replace(/\/+$/, '') : pathname);

/** The current location; re-renders on navigation. */
export function useLocation(): AppLocation {
  return useSyncExternalStore(
    (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    () => current,
  );
}

/** The current query string's parameters (read when the page mounted). */
export function useSearchParams(): URLSearchParams {
  const { search } = useLocation();
  return new URLSearchParams(search);
}

/** The absolute URL of an in-app path (Kratos wants absolute `return_to` URLs). */
export const absolute = (path: string) => new URL(path, window.location.origin).href;

/** An `<a>` that navigates in-app, keeping modifier-click (new tab) behaviour. */
export function Link({ href, onClick, ...rest }: AnchorHTMLAttributes<HTMLAnchorElement> & { href: string }) {
  const { pathname } = useLocation();
  const active = href === pathname || (href !== '/' && pathname.startsWith(href + '/'));
  return (
    <a
      {...rest}
      href={href}
      aria-current={active ? 'page' : undefined}
      onClick={(event: MouseEvent<HTMLAnchorElement>) => {
        onClick?.(event);
        if (event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
        if (rest.target && rest.target !== '_self') return;
        event.preventDefault();
        navigate(href);
      }}
    />
  );
}
