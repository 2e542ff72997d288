// The shared loop of the fuzz tests: one mutated case per index, failures collected with what it takes
// to replay them. A run is 2,000 cases: 1,000 server and 300 client renders on React 19 (projects node
// and dom), 500 and 200 on React 18 (project react18); server renders are cheaper, client renders also
// check error boundaries and recovery.
import { caseSeed, fuzzSettings, rng } from './prng.ts';
import { mutate } from './mutate.ts';
import { targets, type Target } from './targets.ts';

/** The error boundary's sentence (English catalog): what a person sees instead of a blank screen. */
export const FALLBACK_SENTENCE = "We received a response we couldn't understand. Please reload the page.";

export interface FuzzCase {
  index: number;
  target: Target;
  data: Record<string, unknown>;
  steps: string[];
}

export interface FuzzReport {
  name: string;
  seed: number;
  cases: number;
  failures: string[];
  /** Cases where the error boundary (not the readers) had to step in. */
  fallbacks: number;
  ms: number;
}

/** A stream name as a number, so each test (server, client, per React version) gets its own cases. */
function streamOf(name: string): number {
  let h = 0x811c9dc5;
  for (const c of name) h = Math.imul(h ^ (c.codePointAt(0) ?? 0), 0x01000193);
  return h >>> 0;
}

/**
 * Runs `check` on `defaultCases` mutated cases (round-robin over the targets) of the stream `name`;
 * `check` returns a failure description, `'fallback'` when the error boundary caught, or undefined.
 */
export function fuzz(name: string, defaultCases: number, check: (c: FuzzCase) => string | 'fallback' | undefined): FuzzReport {
  const { seed, cases } = fuzzSettings(defaultCases);
  const stream = streamOf(name);
  const failures: string[] = [];
  let fallbacks = 0;
  const started = performance.now();
  for (const index of cases) {
    const target = targets[index % targets.length] as Target;
    const { data, steps } = mutate(target.data, rng(caseSeed(seed ^ stream, index)));
    let outcome: string | undefined;
    try {
      outcome = check({ index, target, data, steps });
    } catch (err) {
      outcome = `threw ${err instanceof Error ? `${err.name}: ${err.message.slice(0, 160)}` : String(err)}`;
    }
    if (outcome === 'fallback') fallbacks++;
    else if (outcome) failures.push(`case ${index} (${target.name}; ${steps.join('; ')}): ${outcome} — replay: ORYKIT_FUZZ_SEED=${seed} ORYKIT_FUZZ_CASE=${index}`);
  }
  return { name, seed, cases: cases.length, failures, fallbacks, ms: Math.round(performance.now() - started) };
}

/** One line for the test log: how many cases, which seed, how long, and what failed. */
export function summary(r: FuzzReport): string {
  return `[fuzz] ${r.name}: ${r.cases} cases, seed ${r.seed}, ${r.ms} ms, ${r.failures.length} failed, ${r.fallbacks} caught by the error boundary`;
}
