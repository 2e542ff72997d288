// Line icons as one `<svg>` with one `<path>` each: a mounted icon is two elements, whatever its shapes
// (circles and rectangles are written as arcs and lines in the same path). Decorative: hidden from
// screen readers; the button around an icon carries the words.

// Path data of the kit's icons (24 × 24, stroked with the text colour), one constant each so a page
// bundles only the icons it shows.
export const EYE = 'M2 12s3.6-7 10-7 10 7 10 7-3.6 7-10 7S2 12 2 12zM15 12a3 3 0 1 1-6 0 3 3 0 0 1 6 0z';
export const EYE_OFF = `${EYE}M3 3l18 18`;
export const KEY = 'M12 15.5a4.5 4.5 0 1 1-9 0 4.5 4.5 0 0 1 9 0zM10.7 12.3l9.8-9.8M16 7l3 3M19 4l2 2';
export const COPY = 'M11 9h8a2 2 0 0 1 2 2v8a2 2 0 0 1-2 2h-8a2 2 0 0 1-2-2v-8a2 2 0 0 1 2-2zM5 15V5a2 2 0 0 1 2-2h10';
export const CHECK = 'M20 6 9 17l-5-5';
export const DOWNLOAD = 'M12 3v12m0 0-4-4m4 4 4-4M4 17v2a2 2 0 0 0 2 2h12a2 2 0 0 0 2-2v-2';
export const GLOBE = 'M21 12a9 9 0 1 1-18 0 9 9 0 0 1 18 0zM3 12h18M12 3a14 14 0 0 1 0 18M12 3a14 14 0 0 0 0 18';

/**
 * A decorative line icon (its size in px also holds without the stylesheet). A function, not a
 * component: an icon adds no component to the tree.
 * @example
 * ```tsx
 * <button>{icon(KEY, 18)} Add security key</button>
 * ```
 */
export function icon(d: string, size = 20, className?: string) {
  return (
    <svg
      viewBox="0 0 24 24"
      width={size}
      height={size}
      fill="none"
      stroke="currentColor"
      strokeWidth="2"
      strokeLinecap="round"
      strokeLinejoin="round"
      aria-hidden="true"
      className={className}
    >
      <path d={d} />
    </svg>
  );
}
