/**
 * Rewrites one `Set-Cookie` line for the app's host: `Domain=` goes (the cookie then belongs to the host
 * the browser asked, the app), and `Secure` goes when the app is served over plain http, where a browser
 * would drop the cookie. Path, HttpOnly, SameSite and expiry stay as Kratos set them.
 */
export function rewriteSetCookie(line: string, appIsHttps: boolean): string {
  const [pair = '', ...attributes] = line.split(';');
  const kept = attributes.filter((attribute) => {
    const name = attribute.split('=')[0]!.trim().toLowerCase();
    return name !== 'domain' && (appIsHttps || name !== 'secure');
  });
  return [pair, ...kept].join(';');
}

/** The `Set-Cookie` lines of a response, one per cookie. */
export const setCookiesOf = (response: Response): string[] => response.headers.getSetCookie();
