/** Which server answers a path below the proxy's prefix. */
export type Upstream = 'kratos' | 'hydra';

// Hydra's public API; everything else the proxy serves belongs to Kratos' public API.
const HYDRA = [/^\/oauth2\//, /^\/userinfo$/, /^\/\.well-known\/(openid-configuration|jwks\.json)$/];
const KRATOS = [/^\/self-service\//, /^\/sessions(\/|$)/, /^\/schemas(\/|$)/, /^\/\.well-known\/ory\//, /^\/health\/(alive|ready)$/, /^\/version$/];

/**
 * The upstream for a path below the prefix (`/self-service/login/browser`), or undefined when the path is
 * not one of the servers' public paths or could mean another place: `.` or `..` segments (also encoded),
 * empty segments (`//evil`), backslashes, encoded slashes and encoded control characters.
 */
export function upstreamFor(path: string, hydra: boolean): Upstream | undefined {
  if (!path.startsWith('/') || /\\|%(2f|5c|[01][0-9a-f])/i.test(path)) return undefined;
  const segments = path.slice(1).split('/');
  if (segments.some((segment, i) => (segment === '' && i < segments.length - 1) || /^(\.|%2e){1,2}$/i.test(segment))) return undefined;
  if (hydra && HYDRA.some((pattern) => pattern.test(path))) return 'hydra';
  if (KRATOS.some((pattern) => pattern.test(path))) return 'kratos';
  return undefined;
}
