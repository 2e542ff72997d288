/**
 * Adds a stylesheet to the test page, after every other one (so it wins ties); remove it with `.remove()`.
 * @example
 * ```ts
 * const style = addStyle('a { color: red }');
 * style.remove();
 * ```
 */
export function addStyle(css: string): HTMLStyleElement {
  const style = document.createElement('style');
  style.textContent = css;
  document.head.appendChild(style);
  return style;
}
