// The page side of the runtime benchmark: one adapter per library, the same measurements for all.
// Every timed step is synchronous (`flushSync`), so it covers render, commit and effects and nothing else.
import type { ReactElement } from 'react';
import { flows, type FlowName } from './flows.ts';

export interface Adapter {
  /** What the library renders for a flow, as the app would write it. */
  view(name: FlowName, flow: (typeof flows)[FlowName]): ReactElement;
  createRoot(el: HTMLElement): { render(el: ReactElement): void; unmount(): void };
  flushSync(fn: () => void): void;
}

export interface Bench {
  mount(name: FlowName): number;
  rerender(): number;
  /** Types one character into the field named `name`; the time until React is done with it. */
  keystroke(name: string): number;
  /** Number of elements rendered in the container. */
  elements(): number;
}

declare global {
  interface Window {
    bench: Bench;
    benchReady: boolean;
  }
}

const setValue = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')!.set!;

export function serve(adapter: Adapter) {
  let root: ReturnType<Adapter['createRoot']> | undefined;
  let container: HTMLElement | undefined;
  let current: FlowName = 'login';
  let tick = 0;
  // A parent whose own state changes and whose child gets the same flow object.
  function Parent({ name }: { name: FlowName; tick: number }) {
    return adapter.view(name, flows[name]);
  }
  const timed = (fn: () => void) => {
    const t0 = performance.now();
    adapter.flushSync(fn);
    return performance.now() - t0;
  };
  window.bench = {
    mount(name) {
      root?.unmount();
      container?.remove();
      container = document.createElement('div');
      document.body.append(container);
      const r = adapter.createRoot(container);
      root = r;
      current = name;
      return timed(() => r.render(<Parent name={name} tick={tick++} />));
    },
    rerender() {
      const r = root!;
      return timed(() => r.render(<Parent name={current} tick={tick++} />));
    },
    keystroke(name) {
      const el = container!.querySelector<HTMLInputElement>(`input[name="${name}"]`);
      if (!el) throw new Error(`no input named ${name}`);
      return timed(() => {
        setValue.call(el, `${el.value}a`);
        el.dispatchEvent(new Event('input', { bubbles: true }));
      });
    },
    elements: () => container!.querySelectorAll('*').length,
  };
  // `?view=login`: the login page as an app would show it on load (for requests per page view).
  const view = new URLSearchParams(location.search).get('view') as FlowName | null;
  if (view) window.bench.mount(view);
  window.benchReady = true;
}
