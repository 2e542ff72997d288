// A scripted stand-in for Kratos' HTTP answers, for hook tests that must count requests exactly.
// The emulator-backed tests cover real behaviour; this one lets a test say "the next submit answers 410".
export interface Scripted {
  status: number;
  body?: unknown;
}

export function fakeKratos() {
  const requests: { method: string; path: string; query: URLSearchParams; body: unknown }[] = [];
  const queue = new Map<string, Scripted[]>();
  const defaults = new Map<string, (query: URLSearchParams) => Scripted>();
  let networkDown = false;

  const fetch = async (input: RequestInfo | URL, init?: RequestInit) => {
    const request = new Request(input, init);
    const url = new URL(request.url);
    const text = await request.text();
    requests.push({ method: request.method, path: url.pathname, query: url.searchParams, body: text ? JSON.parse(text) : undefined });
    if (networkDown) throw new TypeError('fetch failed');
    // Like a real server, answer a moment later, and like fetch, fail when aborted meanwhile.
    await new Promise((resolve) => setTimeout(resolve, 1));
    if (request.signal.aborted) throw new DOMException('This operation was aborted', 'AbortError');
    const key = `${request.method} ${url.pathname}`;
    const next = queue.get(key)?.shift() ?? defaults.get(key)?.(url.searchParams) ?? { status: 404, body: { error: { code: 404 } } };
    return new Response(next.body === undefined ? null : JSON.stringify(next.body), {
      status: next.status,
      headers: { 'content-type': 'application/json' },
    });
  };

  return {
    fetch: fetch as typeof globalThis.fetch,
    requests,
    /** Answers for the next requests to `METHOD /path`, in order. */
    next(key: string, ...answers: Scripted[]) {
      queue.set(key, [...(queue.get(key) ?? []), ...answers]);
    },
    /** The answer when nothing is queued. */
    always(key: string, answer: (query: URLSearchParams) => Scripted) {
      defaults.set(key, answer);
    },
    setNetworkDown(down: boolean) {
      networkDown = down;
    },
    count: (key: string) => requests.filter((r) => `${r.method} ${r.path}` === key).length,
  };
}

export const loginFlow = (id: string, messages: unknown[] = []) => ({
  id,
  type: 'browser',
  expires_at: '2099-01-01T00:00:00Z',
  issued_at: '2026-01-01T00:00:00Z',
  request_url: 'http://kratos/self-service/login/browser',
  return_to: 'http://app/after-login',
  ui: {
    action: `http://kratos/self-service/login?flow=${id}`,
    method: 'POST',
    nodes: [
      { type: 'input', group: 'default', attributes: { name: 'csrf_token', type: 'hidden', value: 'csrf', node_type: 'input' }, messages: [], meta: {} },
      { type: 'input', group: 'default', attributes: { name: 'identifier', type: 'text', value: '', node_type: 'input' }, messages: [], meta: { label: { id: 1070004, text: 'ID', type: 'info' } } },
    ],
    messages,
  },
});
