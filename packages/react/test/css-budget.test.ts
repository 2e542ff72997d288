// The default stylesheet is what every login page downloads: minified and gzipped (the settings of
// bench/), it stays within the 4 kB budget.
import { transform } from 'esbuild';
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';

const source = readFileSync(new URL('../src/theme/styles.css', import.meta.url), 'utf8');

test('styles.css is at most 4 kB gzip, minified', async () => {
  const { code } = await transform(source, { loader: 'css', minify: true, logLevel: 'silent' });
  expect(gzipSync(code, { level: 9 }).length).toBeLessThanOrEqual(4000);
});
