import { useEffect, useState } from 'react';

/**
 * `false` during server rendering and the first client render, `true` after hydration. Controls that
 * only work with JavaScript (show password, copy, download) render hidden until then, so the HTML
 * is the same on server and client and nothing useless shows when JavaScript is off.
 */
export function useHydrated(): boolean {
  const [hydrated, setHydrated] = useState(false);
  useEffect(() => setHydrated(true), []);
  return hydrated;
}
