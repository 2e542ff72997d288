import { useSyncExternalStore } from 'react';

const subscribe = () => () => {};

/**
 * `false` during server rendering and hydration, `true` on the client afterwards. Controls that only
 * work with JavaScript (show password, copy, download) render hidden until then, so the HTML is the
 * same on server and client and nothing useless shows when JavaScript is off.
 */
export function useHydrated(): boolean {
  return useSyncExternalStore(
    subscribe,
    () => true,
    () => false,
  );
}
