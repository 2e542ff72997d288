// Managed mode: the components run their flows with the hooks, against the emulator (msw/node).
import { createOryClient } from '@orykit/client';
import { createEmulator, DEMO_IDENTITY, type Emulator } from '@orykit/emulator';
import { emulatorHandlers } from '@orykit/emulator/msw';
import { OryProvider } from '@orykit/react-query';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render, screen, waitFor } from '@testing-library/react';
import { person } from './helpers/person.ts';
import { http, HttpResponse } from 'msw';
import { setupServer } from 'msw/node';
import type { ReactNode } from 'react';
import { renderToString } from 'react-dom/server';
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { Consent, ErrorView, Login, Registration, Sessions, Settings } from '../src/index.ts';
import { consentRequest } from './fixtures/flows.ts';

const server = setupServer();
let emulator: Emulator;
let queryClient: QueryClient;

beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterAll(() => server.close());
beforeEach(() => {
  emulator = createEmulator();
  server.resetHandlers(...emulatorHandlers(emulator));
  queryClient = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  window.history.replaceState(null, '', '/');
});

function Providers({ children }: { children: ReactNode }) {
  const client = createOryClient({ baseUrl: emulator.options.urls, mode: 'browser', retry: 0 });
  return (
    <QueryClientProvider client={queryClient}>
      <OryProvider client={client}>{children}</OryProvider>
    </QueryClientProvider>
  );
}

async function signIn(user: ReturnType<typeof person>, password: string = DEMO_IDENTITY.password) {
  const navigate = vi.fn();
  const view = render(<Login options={{ navigate }} />, { wrapper: Providers });
  await user.fill(await screen.findByLabelText(/ID/), DEMO_IDENTITY.email);
  await user.fill(screen.getByLabelText(/^Password/), password);
  await user.click(screen.getByRole('button', { name: 'Sign in' }));
  return { navigate, view };
}

describe('managed components', () => {
  it('Login: a person signs in with the seeded identity', async () => {
    const user = person();
    const { navigate } = await signIn(user);
    await waitFor(() => expect(navigate).toHaveBeenCalledWith('/'));
  });

  it('Login: a wrong password shows Kratos\' message, keeps the identifier and focuses the first invalid field', async () => {
    const user = person();
    await signIn(user, 'not-the-password');
    expect(await screen.findByText(/credentials are invalid/i)).toBeInTheDocument();
    expect(screen.getByLabelText(/ID/)).toHaveValue(DEMO_IDENTITY.email);
    expect(screen.getByLabelText(/^Password/)).toHaveValue('');
  });

  it('Registration: the server\'s field error lands on its field, focused; typed traits survive', async () => {
    const user = person();
    render(<Registration options={{ navigate: () => {} }} />, { wrapper: Providers });
    await user.fill(await screen.findByLabelText(/E-?mail/i), 'ada@example.com');
    await user.fill(screen.getByLabelText(/^Password/), 'short');
    await user.click(screen.getByRole('button', { name: /sign up/i }));
    await waitFor(() => expect(screen.getByLabelText(/^Password/)).toHaveAttribute('aria-invalid', 'true'));
    expect(screen.getByLabelText(/^Password/)).toHaveFocus();
    expect(screen.getByLabelText(/E-?mail/i)).toHaveValue('ada@example.com');
  });

  it('Settings and Sessions: with a session, settings render their sections and sessions list the current one', async () => {
    const user = person();
    const { view, navigate } = await signIn(user);
    await waitFor(() => expect(navigate).toHaveBeenCalled());
    view.unmount();
    render(
      <>
        <Settings />
        <Sessions />
      </>,
      { wrapper: Providers },
    );
    expect(await screen.findByRole('heading', { name: /change password/i })).toBeInTheDocument();
    expect((await screen.findAllByText(/this device|current session/i)).length).toBeGreaterThan(0);
  });

  it('ErrorView: fetches a self-service error by id', async () => {
    render(<ErrorView id="stub:500" />, { wrapper: Providers });
    await waitFor(() => expect(screen.queryByRole('status')).toBeNull());
    expect(screen.getByRole('heading')).toBeInTheDocument();
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('Consent: reads the request by challenge and accepts with the granted scopes', async () => {
    const hydraAdmin = emulator.options.urls.hydraAdmin;
    const accepted = vi.fn();
    server.use(
      http.get(`${hydraAdmin}/admin/oauth2/auth/requests/consent`, () => HttpResponse.json(consentRequest)),
      http.put(`${hydraAdmin}/admin/oauth2/auth/requests/consent/accept`, async ({ request }) => {
        accepted(new URL(request.url).searchParams.get('consent_challenge'), await request.json());
        return HttpResponse.json({ redirect_to: 'http://app.example/cb?code=1' });
      }),
    );
    const navigate = vi.fn();
    const user = person();
    render(<Consent challenge="c-1" options={{ navigate }} />, { wrapper: Providers });
    await user.click(await screen.findByRole('button', { name: /allow/i }));
    await waitFor(() => expect(navigate).toHaveBeenCalledWith('http://app.example/cb?code=1'));
    expect(accepted.mock.calls[0]![0]).toBe('c-1');
    expect(accepted.mock.calls[0]![1]).toMatchObject({ grant_scope: consentRequest.requested_scope });
  });

  it('renders on the server without touching window (managed Login inside the providers)', () => {
    const html = renderToString(
      <Providers>
        <Login />
      </Providers>,
    );
    expect(html).toContain('Sign in');
  });
});
