// Real Chromium: every Storybook story on a hostile host page — a Tailwind-v4-style preflight and the rules
// apps add (`a { color: red }`, `button { all: unset }`, …), unlayered and after the kit's stylesheet —
// looks the same as on a clean page (screenshot diff) and keeps its contrast (axe).
// VITE_HOSTILE_DEBUG=1 writes both screenshots of each story to tmp/hostile/ and logs each difference.
import '../src/theme/styles.css';
import { composeStories, setProjectAnnotations } from '@storybook/react-vite';
import { render } from '@testing-library/react';
import axe from 'axe-core';
import type { ComponentType } from 'react';
import { commands, page } from 'vitest/browser';
import preview from '../../../.storybook/preview.tsx';
import { fullScreenshot } from './helpers/fullshot.ts';
import { addStyle } from './helpers/style.ts';
import hostileCss from './fixtures/hostile-host.css?raw';

setProjectAnnotations(preview);

const files = import.meta.glob<Record<string, unknown>>('../../../.storybook/stories/*.stories.tsx', { eager: true });
const stories = Object.entries(files).flatMap(([file, module]) =>
  Object.entries(composeStories(module as Parameters<typeof composeStories>[0]) as Record<string, ComponentType>).map(
    ([name, Story]) => [`${file.replace(/.*\//, '').replace('.stories.tsx', '')} › ${name}`, Story] as const,
  ),
);

/** Share of pixels allowed to differ (anti-aliasing of the same glyphs); the kit's own look must not move. */
const MAX_DIFF = 0.001;

// Motion and the caret would differ between two screenshots of the same page; they are stopped in both.
const STILL = '*,*::before,*::after{animation:none!important;transition:none!important;caret-color:transparent!important}';

async function pixels(base64: string) {
  const img = new Image();
  img.src = `data:image/png;base64,${base64}`;
  await img.decode();
  const canvas = document.createElement('canvas');
  canvas.width = img.width;
  canvas.height = img.height;
  const ctx = canvas.getContext('2d', { willReadFrequently: true });
  ctx?.drawImage(img, 0, 0);
  return ctx?.getImageData(0, 0, img.width, img.height);
}

/** Share of pixels whose color moved by more than a rounding step, and the images' sizes. */
async function difference(a: string, b: string) {
  const [x, y] = [await pixels(a), await pixels(b)];
  if (!x || !y || x.width !== y.width || x.height !== y.height) return { share: 1, size: `${x?.width}x${x?.height} vs ${y?.width}x${y?.height}` };
  let moved = 0;
  for (let i = 0; i < x.data.length; i += 4) {
    const d = Math.max(Math.abs(x.data[i]! - y.data[i]!), Math.abs(x.data[i + 1]! - y.data[i + 1]!), Math.abs(x.data[i + 2]! - y.data[i + 2]!));
    if (d > 8) moved++;
  }
  return { share: moved / (x.width * x.height), size: `${x.width}x${x.height}` };
}

// The tester's window is 720 px high: a taller iframe would be scaled down and compare blurred pixels.
const VIEWPORT_HEIGHT = 720;

const settle = () => new Promise((r) => setTimeout(() => requestAnimationFrame(() => requestAnimationFrame(r)), 150));

let still: HTMLStyleElement;
beforeAll(async () => {
  still = addStyle(STILL);
  await page.viewport(1280, VIEWPORT_HEIGHT);
});
afterAll(() => still.remove());

test('the hostile host page changes an unprotected page (the fixture bites)', async () => {
  const { container } = render(
    <p>
      <a href="#x">a link</a> <button type="button">a button</button>
    </p>,
  );
  const link = container.querySelector('a') as HTMLElement;
  const before = getComputedStyle(link).color;
  const hostile = addStyle(hostileCss);
  expect(getComputedStyle(link).color).not.toBe(before);
  expect(getComputedStyle(container.querySelector('button') as HTMLElement).borderTopStyle).toBe('none');
  hostile.remove();
});

test.each(stories)('%s: the same on a hostile host, contrast kept', async (name, Story) => {
  document.body.classList.add('content'); // the host's `.content a { … }` reaches the story, as in the demo
  const { container, unmount } = render(<Story />);
  await settle();
  const clean = await fullScreenshot(container, VIEWPORT_HEIGHT);
  const hostile = addStyle(hostileCss);
  try {
    await settle();
    const shot = await fullScreenshot(container, VIEWPORT_HEIGHT);
    const { share, size } = await difference(clean, shot);
    if (import.meta.env['VITE_HOSTILE_DEBUG']) {
      const base = `tmp/hostile/${name.replace(/\W+/g, '-')}`;
      await commands.writeFile(`${base}-clean.png`, clean, 'base64');
      await commands.writeFile(`${base}-hostile.png`, shot, 'base64');
      console.log(`DIFF ${name} ${share} ${size}`);
    }
    expect.soft(share, `${(share * 100).toFixed(3)} % of ${size} pixels differ`).toBeLessThanOrEqual(MAX_DIFF);
    const results = await axe.run(container, { runOnly: ['color-contrast'], resultTypes: ['violations'] });
    expect(results.violations.flatMap((v) => v.nodes.map((n) => `${n.target.join(' ')}: ${n.failureSummary}`))).toEqual([]);
  } finally {
    hostile.remove();
    document.body.classList.remove('content');
    unmount();
  }
});
