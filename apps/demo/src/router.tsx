import { redirectBrowserToUrl } from '@orykit/client';
import { useEffect, type AnchorHTMLAttributes } from 'react';
import { Link as RouterLink, useLocation, useNavigate, useSearchParams as useRouterSearchParams, type NavigateFunction } from 'react-router';
import { appOrigin, urlPolicy } from './ory.ts';
import { isBackendPath } from './prefixes.ts';

// The pages' router API, on React Router (framework mode: src/routes.ts, src/root.tsx). The flow hooks and
// the kit take a plain `navigate(url)` function; this one is bound to React Router once the app is mounted.
let routerNavigate: NavigateFunction | undefined;

/** Binds {@link navigate} to React Router's navigate (rendered once, in the root). */
export function useBindNavigate() {
  const bound = useNavigate();
  useEffect(() => {
    routerNavigate = bound;
    return () => {
      if (routerNavigate === bound) routerNavigate = undefined;
    };
  }, [bound]);
}

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
  if (url.origin !== appOrigin || isBackendPath(url.pathname) || !routerNavigate) {
    window.location.assign(url.href);
    return;
  }
  void routerNavigate(url.pathname + url.search + url.hash, { replace: options.replace ?? false });
}

/** A pathname as the routes name it: without trailing slashes. */
export const routePath = (pathname: string) => (pathname.length > 1 ? pathname.replace(/\/+$/, '') : pathname);

export { useLocation };

/** The current query string's parameters (as React Router last navigated; a flow's `?flow=` rewrite is not a navigation). */
export function useSearchParams(): URLSearchParams {
  return useRouterSearchParams()[0];
}

/** The absolute URL of an in-app path (Kratos wants absolute `return_to` URLs). */
export const absolute = (path: string) => new URL(path, appOrigin).href;

/** An `<a>` that navigates in-app, keeping modifier-click (new tab) behaviour; marks the current page. */
export function Link({ href, ...rest }: AnchorHTMLAttributes<HTMLAnchorElement> & { href: string }) {
  const { pathname } = useLocation();
  const active = href === pathname || (href !== '/' && pathname.startsWith(href + '/'));
  return <RouterLink {...rest} to={href} aria-current={active ? 'page' : undefined} />;
}
