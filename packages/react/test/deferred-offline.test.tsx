// What a person meets when the code the kit fetches after a click (deferred.ts: the WebAuthn ceremony,
// the confirmation dialog) cannot be loaded, e.g. the network dropped after the page loaded.
import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Login, Settings } from '../src/index.ts';
import { loginWebAuthnTrigger, settingsTotpLinked } from './fixtures/flows.ts';
import { installFakeWebAuthn } from './helpers/webauthn.ts';

vi.mock('../src/deferred.ts', () => {
  throw new Error('Failed to fetch dynamically imported module');
});

test('a security-key click says the code could not be loaded, with a retry; nothing is sent', async () => {
  const webauthn = installFakeWebAuthn();
  try {
    const user = userEvent.setup();
    const onSubmit = vi.fn().mockResolvedValue(undefined);
    render(<Login flow={loginWebAuthnTrigger} onSubmit={onSubmit} />);
    await user.click(screen.getByRole('button', { name: 'Continue with security key' }));
    expect(await screen.findByText("The security key script couldn't be loaded. Please reload the page.")).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Try again' })).toBeInTheDocument();
    expect(webauthn.get).not.toHaveBeenCalled();
    expect(onSubmit).not.toHaveBeenCalled();
  } finally {
    webauthn.uninstall();
  }
});

test('a destructive settings button whose question cannot be fetched says so, with a retry; nothing is sent', async () => {
  const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
  const user = userEvent.setup();
  const onSubmit = vi.fn().mockResolvedValue(undefined);
  render(<Settings flow={settingsTotpLinked} onSubmit={onSubmit} />);
  await user.click(screen.getByRole('button', { name: 'Remove authenticator app' }));
  const sentence = "We couldn't reach the server. Check your connection and try again.";
  expect(await screen.findByText(sentence)).toBeInTheDocument();
  expect(screen.queryByRole('alertdialog')).toBeNull();
  // Trying again fetches again (still failing here): the sentence comes back, and still nothing is sent.
  await user.click(screen.getByRole('button', { name: 'Try again' }));
  await waitFor(() => expect(warn).toHaveBeenCalledTimes(2)); // the first question, then the retry
  expect(await screen.findByText(sentence)).toBeInTheDocument();
  expect(onSubmit).not.toHaveBeenCalled();
  warn.mockRestore();
});
