// Rewrites one `## section` of BENCHMARKS.md, leaving the others as they are.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';

const file = new URL('../BENCHMARKS.md', import.meta.url);
const header = '# Benchmarks\n\nMeasured on this repository\'s CI machine kind (2 cores). Regenerate with `pnpm bench`.\n';

export function updateSection(title, body) {
  const text = existsSync(file) ? readFileSync(file, 'utf8') : header;
  const sections = text.split(/^(?=## )/m);
  const block = `## ${title}\n\n_Measured ${new Date().toISOString().slice(0, 10)}._\n\n${body}\n\n`;
  const i = sections.findIndex((s) => s.startsWith(`## ${title}\n`));
  if (i === -1) sections.push(block);
  else sections[i] = block;
  writeFileSync(file, sections.join(''));
}
