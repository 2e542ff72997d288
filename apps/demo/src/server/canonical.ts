// The redirect of the demo server's host canonicalisation (Node only).

/**
 * The request's path on the canonical origin, normalised by the URL parser. The request target is
 * treated as a path: extra leading slashes or backslashes (`//evil.example/x`, `/\evil.example`) would
 * make it protocol-relative, so they collapse into one, and the Location never names another host.
 *
 * @example
 * canonicalLocation('//evil.example/x', new URL('http://localhost:5173')) // 'http://localhost:5173/evil.example/x'
 */
export function canonicalLocation(requestTarget: string | undefined, canonical: URL): string {
  const path = `/${(requestTarget ?? '/').replace(/^[/\\]+/, '')}`;
  const url = new URL(path, canonical.origin);
  return url.origin === canonical.origin ? url.href : `${canonical.origin}/`;
}
