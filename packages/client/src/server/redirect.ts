/** A 303 to `location` that also hands Kratos' cookies to the browser. */
export function redirectResponse(location: string, setCookies: readonly string[] = []): Response {
  const headers = new Headers({ Location: location });
  for (const line of setCookies) headers.append('Set-Cookie', line);
  return new Response(null, { status: 303, headers });
}

/** `url` as a same-origin path (`/login?x=1`), or undefined when it points to another origin or is not a URL. */
export function sameOriginPath(url: string | null, origin: string): string | undefined {
  if (!url) return undefined;
  try {
    const parsed = new URL(url, origin);
    return parsed.origin === origin ? parsed.pathname + parsed.search + parsed.hash : undefined;
  } catch {
    return undefined;
  }
}
