import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const pkg = fileURLToPath(new URL('..', import.meta.url));

describe('generated code', () => {
  it('matches what the vendored specs generate (run `pnpm gen` after changing spec/)', () => {
    const output = execFileSync('node', ['scripts/gen.mjs', '--check'], { cwd: pkg, encoding: 'utf8' });
    expect(output).toContain('generated files match the specs');
  });

  it('the vendored specs are the contract in ../shared/spec, byte for byte', (ctx) => {
    const shared = new URL('../../../../shared/spec/', import.meta.url);
    if (!existsSync(shared)) return ctx.skip('../shared is not beside this checkout');
    for (const file of ['ory-client-v0alpha2.json', 'kratos-v0alpha2.json']) {
      expect(readFileSync(new URL(`../spec/${file}`, import.meta.url), 'utf8')).toBe(readFileSync(new URL(file, shared), 'utf8'));
    }
  });
});
