import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { expect, it } from 'vitest';

it("the generated hooks match the client's operation table (run `pnpm gen`)", () => {
  const pkg = fileURLToPath(new URL('..', import.meta.url));
  expect(execFileSync('node', ['scripts/gen.mjs', '--check'], { cwd: pkg, encoding: 'utf8' })).toContain('match');
});
