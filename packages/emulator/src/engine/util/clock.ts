import type { Clock, ManualClock } from '../types.ts';

export const systemClock: Clock = { now: () => Date.now() };

/** A clock that only moves when told to; starts at `start` (default: the real time now). */
export function manualClock(start: number = Date.now()): ManualClock {
  let t = start;
  return {
    now: () => t,
    set: (ms) => {
      t = ms;
    },
    advance: (ms) => {
      t += ms;
    },
  };
}

/** RFC 3339 in UTC, as Go's time.Time marshals (millisecond precision). */
export function rfc3339(ms: number): string {
  return new Date(ms).toISOString();
}
