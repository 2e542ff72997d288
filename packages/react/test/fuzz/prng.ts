// A small deterministic PRNG for the fuzz tests: the same seed gives the same cases on every machine.

/** A source of randomness for one fuzz case. */
export interface Rng {
  /** A float in [0, 1). */
  next(): number;
  /** An integer in [0, n). */
  int(n: number): number;
  /** One element of a non-empty list. */
  pick<T>(list: readonly T[]): T;
  /** True with probability p. */
  chance(p: number): boolean;
}

/** mulberry32: 32 bits of state, good enough to spread cases, trivially reproducible. */
export function rng(seed: number): Rng {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (n: number) => Math.floor(next() * n);
  return { next, int, pick: (list) => list[int(list.length)] as (typeof list)[number], chance: (p) => next() < p };
}

/** The seed of case `index` in a run: each case can be replayed alone (`ORYKIT_FUZZ_CASE`). */
export const caseSeed = (runSeed: number, index: number): number => (Math.imul(runSeed ^ 0x9e3779b9, 0x85ebca6b) + index * 0x27d4eb2f) >>> 0;

const DEFAULT_SEED = 0x0ba5eba11;

function envNumber(name: string): number | undefined {
  const v = typeof process === 'undefined' ? undefined : process.env[name];
  if (v === undefined || v.trim() === '') return undefined;
  const n = Number(v);
  if (!Number.isInteger(n) || n < 0) throw new Error(`${name} must be a non-negative integer, got ${JSON.stringify(v)}`);
  return n;
}

/**
 * The run's settings: a fixed default seed (override with `ORYKIT_FUZZ_SEED`), a case count scaled by
 * `ORYKIT_FUZZ_SCALE` (e.g. 10 for a long soak), and `ORYKIT_FUZZ_CASE` to replay one case.
 */
export function fuzzSettings(defaultCases: number): { seed: number; cases: readonly number[] } {
  const seed = envNumber('ORYKIT_FUZZ_SEED') ?? DEFAULT_SEED;
  const only = envNumber('ORYKIT_FUZZ_CASE');
  const total = Math.max(1, Math.round(defaultCases * (envNumber('ORYKIT_FUZZ_SCALE') ?? 1)));
  return { seed, cases: only !== undefined ? [only] : Array.from({ length: total }, (_, i) => i) };
}
