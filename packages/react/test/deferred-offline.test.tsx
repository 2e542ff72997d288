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

test('a destructive settings button whose question cannot be shown does nothing, and can be pressed again', async () => {
  const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
  const user = userEvent.setup();
  const onSubmit = vi.fn().mockResolvedValue(undefined);
  render(<Settings flow={settingsTotpLinked} onSubmit={onSubmit} />);
  const remove = screen.getByRole('button', { name: 'Remove authenticator app' });
  await user.click(remove);
  await waitFor(() => expect(warn).toHaveBeenCalledWith('[orykit] the confirmation dialog could not be loaded:', expect.any(Error)));
  expect(screen.queryByRole('alertdialog')).toBeNull();
  expect(onSubmit).not.toHaveBeenCalled();
  expect(remove).not.toHaveAttribute('aria-disabled', 'true');
  warn.mockRestore();
});
