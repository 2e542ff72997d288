// Client renders of mutated server data (seeded, bounded; see fuzz/prng.ts for the knobs): every public
// component shows either its flow or the error boundary's sentence, never a blank screen, never an
// uncaught error, never React's "Too many re-renders"; and a good flow arriving afterwards renders again.
import { act, render } from '@testing-library/react';
import { version } from 'react';
import { version as domVersion } from 'react-dom';
import { FALLBACK_SENTENCE, fuzz, summary } from './fuzz/run.ts';

/** What FlowErrorBoundary logs when it catches. */
const BOUNDARY_LOG = '[orykit] a flow failed to render';

// Bounded by the case count, not by time; the timeout only stops a hang.
test(`client renders survive mutated server data (React ${version})`, { timeout: 300_000 }, () => {
  expect(domVersion).toBe(version); // one React: the React 18 project must not mix in React 19
  const logged: string[] = [];
  const uncaught: string[] = [];
  const spy = vi.spyOn(console, 'error').mockImplementation((...args: unknown[]) => {
    logged.push(args.map((a) => (a instanceof Error ? a.message : String(a))).join(' '));
  });
  const onError = (e: ErrorEvent) => {
    uncaught.push(e.error instanceof Error ? e.error.message : String(e.message));
    e.preventDefault();
  };
  window.addEventListener('error', onError);
  try {
    const report = fuzz(`client, React ${version}`, version.startsWith('18.') ? 200 : 300, ({ target, data }) => {
      logged.length = 0;
      uncaught.length = 0;
      const view = render(target.render(data));
      try {
        const text = view.container.textContent?.trim() ?? '';
        const loop = logged.find((m) => m.includes('Too many re-renders'));
        if (loop) return `render loop: ${loop.slice(0, 160)}`;
        if (uncaught.length) return `uncaught: ${uncaught[0]?.slice(0, 160)}`;
        if (!text) return 'rendered nothing';
        const caught = logged.some((m) => m.includes(BOUNDARY_LOG));
        if (caught && !text.includes(FALLBACK_SENTENCE)) return `the error boundary caught but showed: ${text.slice(0, 160)}`;
        // The same component given its fixture again (a new flow after "Try again") renders it.
        act(() => view.rerender(target.render(target.data)));
        const after = view.container.textContent ?? '';
        if (uncaught.length || !after.trim() || after.includes(FALLBACK_SENTENCE)) return `did not recover with good data: ${after.slice(0, 160)}`;
        return caught ? 'fallback' : undefined;
      } finally {
        view.unmount();
      }
    });
    console.log(summary(report));
    expect(report.failures.slice(0, 20)).toEqual([]);
  } finally {
    window.removeEventListener('error', onError);
    spy.mockRestore();
  }
});
