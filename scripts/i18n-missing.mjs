#!/usr/bin/env node
// Lists, per locale, the catalog keys missing from (or extra to) the English catalog of @orykit/react,
// with the English text of each missing key so a translator can fill it in. Exit code 1 when any differ.
//   node scripts/i18n-missing.mjs            # every locale
//   node scripts/i18n-missing.mjs de ja      # some locales
// It reads the catalog sources as text (one `'key': value` entry per line, as they are written).
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const dir = fileURLToPath(new URL('../packages/react/src/i18n/messages/', import.meta.url));
const ENTRY = /^ {2}'([^']+)':\s*(.*)$/;

/** The catalog's keys in order, each with its (first line of) value. */
function entries(file) {
  const lines = readFileSync(dir + file, 'utf8').split('\n');
  const out = new Map();
  lines.forEach((line, i) => {
    const m = ENTRY.exec(line);
    if (m) out.set(m[1], m[2] === '' ? (lines[i + 1] ?? '').trim() : m[2]);
  });
  return out;
}

// English is written in parts, one per flow (en/*.ts); en.ts only puts them together.
const english = new Map(readdirSync(dir + 'en').sort().flatMap((file) => [...entries(`en/${file}`)]));
const wanted = process.argv.slice(2);
const files = readdirSync(dir).filter((f) => f.endsWith('.ts') && f !== 'en.ts' && f !== 'shared.ts' && (wanted.length === 0 || wanted.includes(f.slice(0, -3))));
let differing = 0;
for (const file of files.sort()) {
  const own = entries(file);
  const missing = [...english.keys()].filter((k) => !own.has(k));
  const extra = [...own.keys()].filter((k) => !english.has(k));
  if (missing.length === 0 && extra.length === 0) continue;
  differing++;
  console.log(`${file.slice(0, -3)}: ${missing.length} missing, ${extra.length} extra`);
  for (const key of missing) console.log(`  + '${key}': ${english.get(key)}`);
  for (const key of extra) console.log(`  - '${key}'`);
}
console.log(differing === 0 ? `all ${files.length} locales have exactly the ${english.size} English keys` : `${differing} of ${files.length} locales differ`);
process.exitCode = differing === 0 ? 0 : 1;
