/** CORS headers with credentials for allowed origins (Kratos' and Hydra's `serve.*.cors`). */
export function corsHeaders(origin: string | undefined, allowed: readonly string[], preflight: { method?: string; headers?: string } | undefined): Record<string, string> {
  if (!origin || !(allowed.includes('*') || allowed.includes(origin))) return {};
  const h: Record<string, string> = {
    'access-control-allow-origin': origin,
    'access-control-allow-credentials': 'true',
    'access-control-expose-headers': 'Content-Type, Location, Link, X-Total-Count, X-Kratos-Authenticated-Identity-Id',
  };
  if (preflight) {
    h['access-control-allow-methods'] = 'GET, POST, PUT, PATCH, DELETE, OPTIONS';
    h['access-control-allow-headers'] = preflight.headers || 'Authorization, Content-Type, Accept, Cookie, X-Session-Token, X-CSRF-Token';
    h['access-control-max-age'] = '600';
  }
  return h;
}

/** Adds `Origin` to a `Vary` header value. */
export function varyOrigin(vary: string | undefined): string {
  if (!vary) return 'Origin';
  return vary.split(',').some((v) => v.trim().toLowerCase() === 'origin') ? vary : `${vary}, Origin`;
}
