// After a settings save Kratos answers with the saved flow's id but a fresh flow's `ui`: a new TOTP secret,
// and `ui.action` naming the new flow that holds it. The hook must submit where `ui.action` says, so the
// secret a person sees is the one the server accepts (issue 10, "TOTP linking after another save").
import { createOryClient, type OryClient } from '@orykit/client';
import { createEmulator, DEMO_IDENTITY, manualClock, totp, type Emulator } from '@orykit/emulator';
import { emulatorHandlers } from '@orykit/emulator/msw';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { act, renderHook, waitFor } from '@testing-library/react';
import { setupServer } from 'msw/node';
import type { ReactNode } from 'react';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { OryProvider, submitFlowId, useLoginFlow, useSettingsFlow, type FlowController } from '../src/index.ts';

const server = setupServer();
let clock: ReturnType<typeof manualClock>;
let emulator: Emulator;
let client: OryClient;
let queryClient: QueryClient;

beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterAll(() => server.close());
beforeEach(() => {
  clock = manualClock();
  emulator = createEmulator({ clock });
  server.resetHandlers(...emulatorHandlers(emulator));
  client = createOryClient({ baseUrl: emulator.options.urls, mode: 'browser', retry: 0 });
  queryClient = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  window.history.replaceState(null, '', '/');
});
afterEach(() => queryClient.clear());

const wrapper = ({ children }: { children: ReactNode }) => (
  <QueryClientProvider client={queryClient}>
    <OryProvider client={client}>{children}</OryProvider>
  </QueryClientProvider>
);

interface Node {
  attributes: { name?: string; id?: string; value?: unknown; text?: { id: number; context?: { secret?: string } } };
  messages?: { id: number }[];
}
type Flow = { id: string; state?: unknown; ui: { action: string; nodes: Node[] } };
const node = (flow: Flow, name: string) => flow.ui.nodes.find((n) => n.attributes.name === name || n.attributes.id === name);
const csrf = (flow: Flow) => String(node(flow, 'csrf_token')?.attributes.value ?? '');
const shownSecret = (flow: Flow) => node(flow, 'totp_secret_key')?.attributes.text?.context?.secret ?? '';

async function ready<T>(controller: () => FlowController<T>): Promise<Flow> {
  await waitFor(() => expect(controller().status).toBe('ready'));
  return controller().flow as Flow;
}

async function signIn() {
  const { result, unmount } = renderHook(() => useLoginFlow({ navigate: vi.fn() }), { wrapper });
  const flow = await ready(() => result.current);
  await act(() => result.current.submit({ method: 'password', identifier: DEMO_IDENTITY.email, password: DEMO_IDENTITY.password, csrf_token: csrf(flow) }));
  unmount();
  window.history.replaceState(null, '', '/');
}

/** Signs in, opens settings, saves a new password; returns the hook and the secrets before and after. */
async function afterPasswordSave() {
  await signIn();
  const { result } = renderHook(() => useSettingsFlow(), { wrapper });
  const before = await ready(() => result.current);
  await act(() => result.current.submit({ method: 'password', password: 'a-new-long-passphrase-2', csrf_token: csrf(before) }));
  const after = result.current.flow as Flow;
  expect(after.state).toBe('success');
  return { result, before, after };
}

describe('settings: linking TOTP after another save', () => {
  it('the secret shown after a password save is the one that links the authenticator app', async () => {
    const { result, before, after } = await afterPasswordSave();
    expect(shownSecret(after)).toMatch(/^[A-Z2-7]{16,}$/);
    expect(shownSecret(after)).not.toBe(shownSecret(before));

    await act(() => result.current.submit({ method: 'totp', totp_code: totp(shownSecret(after), clock.now()), csrf_token: csrf(after) }));
    const linked = result.current.flow as Flow;
    expect(node(linked, 'totp_code')?.messages ?? []).toEqual([]);
    expect(linked.state).toBe('success');
    expect(node(linked, 'totp_unlink')).toBeDefined();
  });

  it('a code for the secret no longer shown is refused ("The authentication code is invalid")', async () => {
    const { result, before, after } = await afterPasswordSave();
    await act(() => result.current.submit({ method: 'totp', totp_code: totp(shownSecret(before), clock.now()), csrf_token: csrf(after) }));
    const refused = result.current.flow as Flow;
    expect(node(refused, 'totp_code')?.messages?.map((m) => m.id)).toEqual([4000008]);
    expect(node(refused, 'totp_unlink')).toBeUndefined();
  });
});

describe('submitFlowId', () => {
  it('is the flow `ui.action` names, else the flow id', () => {
    expect(submitFlowId({ id: 'a', ui: { action: 'http://127.0.0.1:4433/self-service/settings?flow=b' } })).toBe('b');
    expect(submitFlowId({ id: 'a', ui: { action: '/self-service/settings?flow=b' } })).toBe('b');
    expect(submitFlowId({ id: 'a', ui: { action: 'http://127.0.0.1:4433/self-service/settings' } })).toBe('a');
    expect(submitFlowId({ id: 'a', ui: { action: 'http://[bad' } })).toBe('a');
    expect(submitFlowId({ id: 'a' })).toBe('a');
  });
});
