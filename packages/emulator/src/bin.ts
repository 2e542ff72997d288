#!/usr/bin/env node
// `npx orykit-emulator [flags]`: the emulator on real ports (cli.ts lists the flags).
import { main } from './cli.ts';

main(process.argv.slice(2)).catch((e: unknown) => {
  process.stderr.write(`orykit emulator: ${e instanceof Error ? e.message : String(e)}\n`);
  process.exit(1);
});
