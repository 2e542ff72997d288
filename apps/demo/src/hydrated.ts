import { useSyncExternalStore } from 'react';

const never = () => () => undefined;

/**
 * False in the server's HTML (and while hydrating it), true once React runs in the browser: what works
 * only with JavaScript (buttons with handlers) replaces its plain-HTML twin (links, forms) then.
 */
export const useHydrated = () =>
  useSyncExternalStore(
    never,
    () => true,
    () => false,
  );
