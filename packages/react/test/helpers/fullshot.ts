// A screenshot of an element taller than the test iframe: Vitest's iframe paints only its viewport, so the
// page is captured in slices while scrolling and the painted part of each slice is stitched on a canvas.
import { page } from 'vitest/browser';

const frames = () => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(() => r(undefined))));

/**
 * The element's full height as a base64 PNG (the page's width), its top assumed at the page's top.
 * @example
 * ```ts
 * const png = await fullScreenshot(container, 900);
 * ```
 */
export async function fullScreenshot(element: HTMLElement, viewportHeight: number): Promise<string> {
  window.scrollTo(0, 0);
  await frames();
  const height = Math.ceil(element.getBoundingClientRect().height);
  if (height <= viewportHeight) return page.screenshot({ element, save: false });
  let canvas: HTMLCanvasElement | undefined;
  let ctx: CanvasRenderingContext2D | null = null;
  for (let y = 0; y < height; y += viewportHeight) {
    window.scrollTo(0, y);
    await frames();
    const top = window.scrollY;
    const img = new Image();
    img.src = `data:image/png;base64,${await page.screenshot({ save: false })}`;
    await img.decode();
    const scale = img.width / document.documentElement.clientWidth;
    if (!canvas) {
      canvas = document.createElement('canvas');
      canvas.width = img.width;
      canvas.height = Math.round(height * scale);
      ctx = canvas.getContext('2d');
    }
    const [from, rows] = [Math.round(top * scale), Math.round(Math.min(viewportHeight, height - top) * scale)];
    ctx?.drawImage(img, 0, from, img.width, rows, 0, from, img.width, rows);
  }
  window.scrollTo(0, 0);
  await frames();
  return canvas?.toDataURL('image/png').split(',')[1] ?? '';
}
