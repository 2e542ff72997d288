/**
 * An href that is safe to render: http(s), mailto, tel, protocol-relative or relative URLs, and
 * `data:image/*` when `allowDataImage` (QR codes). Anything else (`javascript:`, `vbscript:`, other
 * `data:` URLs) gives `undefined`.
 * @example
 * ```ts
 * safeUrl('https://app.test/a'); // 'https://app.test/a'
 * safeUrl('javascript:alert(1)'); // undefined
 * ```
 */
export function safeUrl(url: unknown, allowDataImage = false): string | undefined {
  if (typeof url !== 'string') return undefined;
  // Browsers ignore ASCII whitespace and control characters inside a scheme: strip them before looking.
  let compact = '';
  for (const ch of url) {
    const c = ch.charCodeAt(0);
    if (c > 0x20 && c !== 0x7f) compact += ch;
  }
  if (compact === '') return undefined;
  const scheme = /^([a-zA-Z][a-zA-Z0-9+.-]*):/.exec(compact);
  if (!scheme) return url.trim();
  const s = (scheme[1] ?? '').toLowerCase();
  if (s === 'http' || s === 'https' || s === 'mailto' || s === 'tel') return url.trim();
  if (allowDataImage && s === 'data' && /^data:image\/(png|jpeg|gif|webp|svg\+xml)[;,]/i.test(compact)) return url.trim();
  return undefined;
}
