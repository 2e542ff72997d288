import { returnToUrl } from '@orykit/client';
import type { LoginFlowOptions } from '@orykit/react-query';
import { urlPolicy } from '../ory.ts';
import { navigate } from '../router.tsx';

/** Links between the flows, for the cards' footers. */
export const hrefs = {
  login: '/login',
  registration: '/registration',
  recovery: '/recovery',
  verification: '/verification',
  settings: '/settings',
  logout: '/logout',
  home: '/',
};

/**
 * The options every flow page gives its hook: the router's navigate, and `return_to` from the page's URL
 * (Kratos keeps it on the flow and sends the browser there when the flow completes) when it stays on this
 * app (absolute, as Kratos wants it); a foreign or script URL is left out.
 */
export function flowOptions(search: URLSearchParams) {
  const returnTo = returnToUrl(search.get('return_to'), urlPolicy());
  return { navigate, ...(returnTo ? { returnTo } : {}) };
}

/** The login page's options: those of every flow page, and `refresh`/`aal` from the page's URL. */
export function loginOptions(search: URLSearchParams): LoginFlowOptions {
  const aal = search.get('aal');
  return {
    ...flowOptions(search),
    refresh: search.get('refresh') === 'true',
    ...(aal === 'aal2' || aal === 'aal1' ? { aal } : {}),
  };
}
