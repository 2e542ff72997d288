// Issue 13, point 4: settings and sessions a person understands. Destructive actions ask first in an
// accessible dialog (focus inside, back on the button after), each method says whether it is on, a saved
// security key's name leaves its box, sessions read as device and browser, newest first, methods in words.
import { render, screen, waitFor, within } from '@testing-library/react';
import { useState } from 'react';
import type { SettingsFlow } from '@orykit/client';
import { Login, Sessions, Settings } from '../src/index.ts';
import { withoutPort } from '../src/util/user-agent.ts';
import { confirmationKeys, type Confirmation } from '../src/form/confirm.ts';
import { en } from '../src/i18n/messages/en.ts';
import { currentSession, loginFlow, otherSessions, settingsFlow, settingsLookupRevealed, settingsSuccess, settingsTotpLinked } from './fixtures/flows.ts';
import { person } from './helpers/person.ts';

const withUi = (flow: SettingsFlow, nodes: SettingsFlow['ui']['nodes'], messages: SettingsFlow['ui']['messages'] = []): SettingsFlow => ({
  ...flow,
  ui: { ...flow.ui, nodes, messages },
});

describe('destructive settings ask first', () => {
  test.each([
    ['Remove authenticator app', settingsTotpLinked, 'Remove the authenticator app?', 'Remove app', { totp_unlink: true }],
    ['Turn off this method', settingsLookupRevealed, 'Turn off backup codes?', 'Turn off', { lookup_secret_disable: true }],
    ['Create new backup recovery codes', settingsLookupRevealed, 'Create new backup codes?', 'Create new codes', { lookup_secret_regenerate: true }],
    ['Remove security key “YubiKey 5C”', settingsFlow, 'Remove this security key?', 'Remove key', { webauthn_remove: '6d7974657374746f6b656e' }],
  ])('%s: a dialog; Cancel sends nothing and gives focus back; the danger button sends it', async (button, flow, question, yes, body) => {
    const user = person();
    const onSubmit = vi.fn().mockResolvedValue(undefined);
    render(<Settings flow={flow} onSubmit={onSubmit} />);
    const opener = screen.getByRole('button', { name: button });
    await user.click(opener);

    // The dialog's code is fetched when Settings mounts: the first question may take a moment to appear.
    const dialog = await screen.findByRole('alertdialog', { name: question });
    expect(dialog).toHaveAttribute('aria-modal', 'true');
    expect(dialog).toHaveAccessibleDescription();
    // Focus starts on the safe choice and stays inside: Tab wraps from the last button to the first.
    const cancel = within(dialog).getByRole('button', { name: 'Cancel' });
    expect(cancel).toHaveFocus();
    await user.tab();
    expect(within(dialog).getByRole('button', { name: yes })).toHaveFocus();
    await user.tab();
    expect(cancel).toHaveFocus();

    await user.click(cancel);
    expect(screen.queryByRole('alertdialog')).toBeNull();
    expect(onSubmit).not.toHaveBeenCalled();
    expect(opener).toHaveFocus();

    await user.click(opener);
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('alertdialog')).toBeNull();
    expect(onSubmit).not.toHaveBeenCalled();

    await user.click(opener);
    await user.click(within(screen.getByRole('alertdialog')).getByRole('button', { name: yes }));
    expect(screen.queryByRole('alertdialog')).toBeNull();
    expect(onSubmit).toHaveBeenCalledTimes(1);
    expect(onSubmit).toHaveBeenCalledWith(expect.objectContaining(body));
  });

  test('saving a profile or a password asks nothing', async () => {
    const user = person();
    const onSubmit = vi.fn().mockResolvedValue(undefined);
    render(<Settings flow={settingsFlow} onSubmit={onSubmit} />);
    await user.click(screen.getAllByRole('button', { name: 'Save' })[0] as HTMLElement);
    expect(screen.queryByRole('alertdialog')).toBeNull();
    expect(onSubmit).toHaveBeenCalledTimes(1);
  });

  test('confirmDestructive={false}: the app asks itself', async () => {
    const user = person();
    const onSubmit = vi.fn().mockResolvedValue(undefined);
    render(<Settings flow={settingsTotpLinked} onSubmit={onSubmit} confirmDestructive={false} />);
    await user.click(screen.getByRole('button', { name: 'Remove authenticator app' }));
    expect(screen.queryByRole('alertdialog')).toBeNull();
    expect(onSubmit).toHaveBeenCalledTimes(1);
  });

  test('every question is in the catalogue', () => {
    const all: Array<Confirmation | 'revoke_session' | 'revoke_others'> = ['totp_unlink', 'lookup_secret_disable', 'lookup_secret_regenerate', 'webauthn_remove', 'unlink', 'revoke_session', 'revoke_others'];
    for (const c of all) for (const key of Object.values(confirmationKeys(c))) expect(en).toHaveProperty([key]);
  });
});

describe('each method says whether it is on', () => {
  const stateOf = (title: string) => screen.getByRole('group', { name: title }).querySelector('.ory-section__state')?.textContent;

  test('off before it is set up, on after; a security key since the day it was added', () => {
    const { rerender } = render(<Settings flow={settingsFlow} onSubmit={vi.fn()} />);
    expect(stateOf('Authenticator app')).toBe('Off');
    expect(stateOf('Backup recovery codes')).toBe('On');
    expect(stateOf('Security keys')).toBe(`On since ${new Intl.DateTimeFormat('en', { dateStyle: 'medium' }).format(new Date('2024-04-01T09:30:00Z'))}`);
    expect(stateOf('Sign in with social accounts')).toBe('On');
    expect(screen.getByRole('group', { name: 'Profile' }).querySelector('.ory-section__state')).toBeNull();
    rerender(<Settings flow={settingsTotpLinked} onSubmit={vi.fn()} />);
    expect(stateOf('Authenticator app')).toBe('On');
  });

  test("after a security key is saved its name leaves the box; after an error it stays", async () => {
    const user = person();
    const name = () => screen.getByRole('textbox', { name: 'Security key name' });
    function Page() {
      const [flow, setFlow] = useState(settingsFlow);
      return (
        <>
          <Settings flow={flow} onSubmit={vi.fn()} />
          <button type="button" onClick={() => (document.querySelector('input[name="webauthn_register_displayname"]')?.closest('form') as HTMLFormElement).submit()}>
            key created
          </button>
          <button type="button" onClick={() => setFlow(withUi(settingsFlow, settingsFlow.ui.nodes.map((n) => ({ ...n })), [{ id: 4000001, text: 'bad key', type: 'error' }]))}>
            refused
          </button>
          <button type="button" onClick={() => setFlow(withUi(settingsSuccess, settingsFlow.ui.nodes.map((n) => ({ ...n })), settingsSuccess.ui.messages))}>
            saved
          </button>
        </>
      );
    }
    render(<Page />);
    await user.type(name(), 'YubiKey Nano');
    await user.click(screen.getByRole('button', { name: 'key created' }));
    await user.click(screen.getByRole('button', { name: 'refused' }));
    expect(name()).toHaveValue('YubiKey Nano');
    await user.click(screen.getByRole('button', { name: 'key created' }));
    await user.click(screen.getByRole('button', { name: 'saved' }));
    await waitFor(() => expect(name()).toHaveValue(''));
  });
});

describe('the first field of a fresh flow has the focus', () => {
  test('login: the identifier; settings: nothing; opt out with autoFocus={false}', () => {
    const { unmount } = render(<Login flow={loginFlow} onSubmit={vi.fn()} />);
    expect(screen.getByRole('textbox', { name: /Email|ID/ })).toHaveFocus();
    unmount();
    const off = render(<Login flow={loginFlow} onSubmit={vi.fn()} autoFocus={false} />);
    expect(document.activeElement).toBe(document.body);
    off.unmount();
    render(<Settings flow={settingsFlow} onSubmit={vi.fn()} />);
    expect(document.activeElement).toBe(document.body);
  });
});

describe('sessions', () => {
  const at = (minutesAgo: number) => new Date(Date.now() - minutesAgo * 60_000).toISOString();
  const withDevice = (id: string, authenticated: string, ip: string, ua: string) => ({
    ...otherSessions[0]!,
    id,
    authenticated_at: authenticated,
    devices: [{ id: `${id}-d`, ip_address: ip, user_agent: ua }],
  });

  test('this device first, then the newest sign-in; IP without port; methods in words', () => {
    const older = withDevice('older', at(600), '127.0.0.1:53878', 'Mozilla/5.0 (X11; Linux x86_64; rv:125.0) Gecko/20100101 Firefox/125.0');
    const newer = withDevice('newer', at(5), '[::1]:4433', 'Mozilla/5.0 (Linux; Android 14) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 Mobile Safari/537.36');
    render(
      <Sessions
        current={{ ...currentSession, authentication_methods: [{ method: 'code_recovery' }, { method: 'lookup_secret' }, { method: 'webauthn' }] } as typeof currentSession}
        sessions={[older, currentSession, newer]}
        onRevoke={vi.fn()}
      />,
    );
    const devices = [...document.querySelectorAll('.ory-session__device')].map((d) => d.firstChild?.textContent);
    expect(devices).toEqual(['Chrome 124 · macOS', 'Chrome 124 · Android', 'Firefox 125 · Linux']);
    expect(screen.getByText('IP address: 127.0.0.1')).toBeInTheDocument();
    expect(screen.getByText('IP address: ::1')).toBeInTheDocument();
    expect(screen.getByText('Signed in with: Recovery code, Backup code, Security key')).toBeInTheDocument();
    expect(document.body).not.toHaveTextContent('code_recovery');
  });

  test('signing out another session asks first, then says it is done', async () => {
    const user = person();
    const onRevoke = vi.fn().mockResolvedValue(undefined);
    render(<Sessions current={currentSession} sessions={otherSessions} onRevoke={onRevoke} />);
    await user.click(screen.getAllByRole('button', { name: 'Sign out this session' })[0] as HTMLElement);
    const dialog = screen.getByRole('alertdialog', { name: 'Sign out this session?' });
    expect(dialog).toHaveTextContent('That device will have to sign in again.');
    // The dialog is about the device whose button was pressed.
    expect(screen.getAllByRole('button', { name: 'Sign out this session' })[0]).toHaveAccessibleDescription(/Safari 17 · iOS/);
    await user.click(within(dialog).getByRole('button', { name: 'Cancel' }));
    expect(onRevoke).not.toHaveBeenCalled();
    await user.click(screen.getAllByRole('button', { name: 'Sign out this session' })[0] as HTMLElement);
    await user.click(within(screen.getByRole('alertdialog')).getByRole('button', { name: 'Sign out' }));
    expect(onRevoke).toHaveBeenCalledWith(otherSessions[0]!.id);
    expect(await screen.findByRole('status')).toHaveTextContent('The session was signed out.');
  });

  test('withoutPort', () => {
    expect(withoutPort('203.0.113.7:53878')).toBe('203.0.113.7');
    expect(withoutPort('[2001:db8::1]:4433')).toBe('2001:db8::1');
    expect(withoutPort('2001:db8::1')).toBe('2001:db8::1');
    expect(withoutPort('203.0.113.7')).toBe('203.0.113.7');
  });
});

test('creating the first backup codes replaces nothing: no question', async () => {
  const user = person();
  const onSubmit = vi.fn().mockResolvedValue(undefined);
  const first = withUi(settingsFlow, settingsFlow.ui.nodes.filter((n) => n.group !== 'lookup_secret').concat([
    { type: 'input', group: 'lookup_secret', attributes: { node_type: 'input', name: 'lookup_secret_regenerate', type: 'submit', value: true, disabled: false }, messages: [], meta: { label: { id: 1050008, text: 'Generate new backup recovery codes', type: 'info' } } },
  ] as SettingsFlow['ui']['nodes']));
  render(<Settings flow={first} onSubmit={onSubmit} />);
  await user.click(screen.getByRole('button', { name: 'Create new backup recovery codes' }));
  expect(screen.queryByRole('alertdialog')).toBeNull();
  expect(onSubmit).toHaveBeenCalledWith(expect.objectContaining({ lookup_secret_regenerate: true }));
});
