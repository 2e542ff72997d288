import { imageUrl, linkUrl } from '@orykit/client';

/**
 * An href (or, with `allowDataImage`, an image src) that is safe to render, by `@orykit/client`'s URL
 * policy: `linkUrl` (http(s), mailto, tel, relative) or `imageUrl` (http(s), `data:image/*`).
 * @deprecated Use `linkUrl` / `imageUrl` from `@orykit/client`, or `returnToUrl` for where a person goes next.
 * @example
 * ```ts
 * safeUrl('https://app.test/a'); // 'https://app.test/a'
 * safeUrl('\u00a0javascript:alert(1)'); // undefined
 * ```
 */
export function safeUrl(url: unknown, allowDataImage = false): string | undefined {
  return allowDataImage ? imageUrl(url) : linkUrl(url);
}
