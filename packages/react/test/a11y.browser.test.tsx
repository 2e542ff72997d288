// Real Chromium: every flow state in light and dark, axe-core on the rendered DOM (0 violations, color
// contrast included), and a screenshot of each into test/__screenshots__/.
import '../src/theme/styles.css';
import { render } from '@testing-library/react';
import axe from 'axe-core';
import type { ReactElement } from 'react';
import { cdp, commands, page } from 'vitest/browser';
import {
  Consent,
  defaultComponents,
  ErrorView,
  Flow,
  Login,
  Logout,
  OAuth2Login,
  OAuth2Logout,
  OryComponentsProvider,
  Recovery,
  Registration,
  Sessions,
  Settings,
  Verification,
  type OryTheme,
  LoginView,
} from '../src/index.ts';
import * as f from './fixtures/flows.ts';
import { fullScreenshot } from './helpers/fullshot.ts';
import { addStyle } from './helpers/style.ts';

const hrefs = { login: '/login', registration: '/registration', recovery: '/recovery', logout: '/logout', home: '/' };
const noop = async () => {};

const states: Array<[string, ReactElement, number?]> = [
  ['login', <Login flow={f.loginFlow} onSubmit={noop} hrefs={hrefs} />],
  ['login-error', <Login flow={f.loginInvalidCredentials} onSubmit={noop} hrefs={hrefs} />],
  ['login-field-error', <Login flow={f.loginFieldError} onSubmit={noop} hrefs={hrefs} />],
  ['login-aal2', <Login flow={f.loginAal2} onSubmit={noop} hrefs={hrefs} />],
  ['login-webauthn', <Login flow={f.loginWebAuthnTrigger} onSubmit={noop} hrefs={hrefs} />],
  ['login-refresh', <Login flow={f.loginRefresh} onSubmit={noop} hrefs={hrefs} />],
  ['login-loading', <LoginView hrefs={hrefs} />],
  ['login-network-problem', <Login flow={f.loginFlow} problem={{ kind: 'network', message: 'Failed to fetch', retryable: true }} onRetry={() => {}} hrefs={hrefs} />],
  ['login-problem-no-flow', <Login problem={{ kind: 'server', message: 'Internal Server Error', retryable: true, id: 'srv-1' }} onRetry={() => {}} />],
  ['login-submitting', <Login flow={f.loginFlow} status="submitting" onSubmit={noop} />],
  ['login-done', <Login flow={f.loginFlow} status="done" onSubmit={noop} />],
  ['registration', <Registration flow={f.registrationFlow} onSubmit={noop} hrefs={hrefs} />],
  ['registration-errors', <Registration flow={f.registrationErrors} onSubmit={noop} hrefs={hrefs} />],
  ['registration-webauthn', <Registration flow={f.registrationWebAuthn} onSubmit={noop} hrefs={hrefs} />],
  ['recovery', <Recovery flow={f.recoveryChooseMethod} onSubmit={noop} hrefs={hrefs} />],
  ['recovery-sent', <Recovery flow={f.recoverySentEmail} onSubmit={noop} hrefs={hrefs} />],
  ['recovery-invalid-code', <Recovery flow={f.recoveryInvalidCode} onSubmit={noop} hrefs={hrefs} />],
  ['verification', <Verification flow={f.verificationChooseMethod} onSubmit={noop} hrefs={hrefs} />],
  ['verification-sent', <Verification flow={f.verificationSentEmail} onSubmit={noop} hrefs={hrefs} />],
  ['verification-passed', <Verification flow={f.verificationPassed} onSubmit={noop} hrefs={hrefs} />],
  ['settings', <Settings flow={f.settingsFlow} onSubmit={noop} hrefs={hrefs} />, 760],
  ['settings-success', <Settings flow={f.settingsSuccess} onSubmit={noop} />, 760],
  ['settings-lookup', <Settings flow={f.settingsLookupRevealed} onSubmit={noop} />, 760],
  ['settings-password-error', <Settings flow={f.settingsPasswordError} onSubmit={noop} />, 760],
  ['settings-totp-linked', <Settings flow={f.settingsTotpLinked} onSubmit={noop} />, 760],
  ['consent', <Consent request={f.consentRequest} identity={f.identity} requiredScopes={['openid']} onAccept={noop} onReject={noop} />],
  ['oauth2-login-skip', <OAuth2Login request={f.loginRequestSkip} action="/oauth2/login" />],
  ['oauth2-login-signed-in', <OAuth2Login request={f.loginRequestFresh} identity={f.identity} switchAccountHref="/logout" onContinue={noop} onCancel={noop} />],
  ['oauth2-login-form', <OAuth2Login request={f.loginRequestFresh} hrefs={hrefs} onContinue={noop}><Flow ui={f.loginFlow.ui} kind="login" onSubmit={noop} /></OAuth2Login>],
  [
    'confirm-dialog',
    <div className="ory-root">
      <defaultComponents.ConfirmDialog title="Remove the authenticator app?" body="You won't be asked for a code from the app when you sign in." confirmLabel="Remove app" cancelLabel="Cancel" onConfirm={noop} onCancel={noop} />
    </div>,
  ],
  ['oauth2-logout', <OAuth2Logout request={f.logoutRequest} onAccept={noop} onReject={noop} />],
  ['logout', <Logout logoutUrl="http://127.0.0.1:4433/self-service/logout?token=t" hrefs={hrefs} />],
  ['error', <ErrorView error={f.selfServiceError} hrefs={hrefs} />],
  ['sessions', <Sessions current={f.currentSession} sessions={f.otherSessions} onRevoke={noop} onRevokeOthers={noop} />, 760],
];

// Real Kratos v0.11.1 captures (e2e/servers/fixtures), when the e2e harness has produced them.
const captures = import.meta.glob('../../../e2e/servers/fixtures/*.json', { eager: true, import: 'default' }) as Record<string, unknown>;
const capture = (name: string) => Object.entries(captures).find(([p]) => p.endsWith(`/${name}`))?.[1] as never;
for (const [name, file, C, width] of [
  ['real-login', 'login-browser.json', Login, 520],
  ['real-login-invalid', 'login-api-submit-invalid.json', Login, 520],
  ['real-registration-invalid', 'registration-api-submit-invalid.json', Registration, 520],
  ['real-recovery-sent', 'recovery-api-submit-email.json', Recovery, 520],
  ['real-settings', 'settings-browser.json', Settings, 760],
] as const) {
  const flow = capture(file);
  if (flow) states.push([name, <C flow={flow} onSubmit={noop} hrefs={hrefs} />, width]);
}

const PAGE_BG: Record<'light' | 'dark', string> = { light: '#f4f5f7', dark: '#0b0e13' };

const VIEWPORT_HEIGHT = 900;

/** The screens the README shows (packages/react/screenshots/), kept current by this test. */
const README_SHOTS = new Set(['login', 'login-network-problem', 'settings', 'consent', 'sessions', 'error']);

async function check(theme: 'light' | 'dark', name: string, el: ReactElement, width = 520) {
  await page.viewport(width, VIEWPORT_HEIGHT);
  window.scrollTo(0, 0);
  document.body.style.margin = '0';
  document.body.style.background = PAGE_BG[theme];
  const { container } = render(
    <OryComponentsProvider theme={theme as OryTheme} now={() => f.FIXTURE_NOW} timeZone="UTC">
      <div style={{ padding: 24, background: PAGE_BG[theme] }} data-testid="stage">
        {el}
      </div>
    </OryComponentsProvider>,
  );
  // Let effects (hydration-only controls, focus) settle.
  await new Promise((r) => setTimeout(r, 30));
  const results = await axe.run(container, { resultTypes: ['violations'] });
  const violations = results.violations.map((v) => `${v.id}: ${v.help} → ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  expect(violations, `${name} (${theme})`).toEqual([]);
  // Tall flows (settings) are stitched from slices; commands.writeFile resolves paths from the project root.
  const stage = container.firstElementChild as HTMLElement;
  const png = await fullScreenshot(stage, VIEWPORT_HEIGHT);
  await commands.writeFile(`packages/react/test/__screenshots__/${name}-${theme}.png`, png, 'base64');
  if (README_SHOTS.has(name)) await commands.writeFile(`packages/react/screenshots/${name}-${theme}.png`, png, 'base64');
}

describe.each(['light', 'dark'] as const)('%s theme', (theme) => {
  test.each(states)('%s: axe finds no violations', async (name, el, width) => {
    await check(theme, name, el, width);
  });
});

test('the system theme follows prefers-color-scheme', async () => {
  const session = cdp();
  const { container } = render(<Login flow={f.loginFlow} />);
  const card = container.querySelector('.ory-card') as HTMLElement;
  await session.send('Emulation.setEmulatedMedia', { features: [{ name: 'prefers-color-scheme', value: 'light' }] });
  expect(getComputedStyle(card).backgroundColor).toBe('rgb(255, 255, 255)');
  await session.send('Emulation.setEmulatedMedia', { features: [{ name: 'prefers-color-scheme', value: 'dark' }] });
  expect(getComputedStyle(card).backgroundColor).toBe('rgb(21, 26, 33)');
  // An explicit data-theme on an ancestor wins over the media query.
  container.setAttribute('data-theme', 'light');
  expect(getComputedStyle(card).backgroundColor).toBe('rgb(255, 255, 255)');
  await session.send('Emulation.setEmulatedMedia', { features: [] });
});

test('an app rule as specific as the kit\'s (`.ory-root .ory-button`) wins when it comes later', async () => {
  const style = addStyle('.ory-root .ory-button { background: rgb(1, 2, 3); }');
  const { container } = render(<Login flow={f.loginFlow} />);
  expect(getComputedStyle(container.querySelector('.ory-button--primary') as HTMLElement).backgroundColor).toBe('rgb(1, 2, 3)');
  style.remove();
});

test('an app\'s `.ory-root { --ory-primary }` rebrands the kit, also when the provider forces a theme', async () => {
  const style = addStyle('.ory-root { --ory-primary: rgb(1, 2, 3); }');
  const { container } = render(
    <OryComponentsProvider theme="dark">
      <Login flow={f.loginFlow} />
    </OryComponentsProvider>,
  );
  expect(getComputedStyle(container.querySelector('.ory-button--primary') as HTMLElement).backgroundColor).toBe('rgb(1, 2, 3)');
  style.remove();
});

test('5 000 nodes render quickly in a real browser', async () => {
  const nodes = [{ type: 'input', group: 'default', attributes: { name: 'csrf_token', type: 'hidden', value: 't', disabled: false, node_type: 'input' }, messages: [], meta: {} }];
  for (let i = 0; i < 5000; i++) {
    nodes.push({ type: 'input', group: 'default', attributes: { name: `traits.f${i}`, type: 'text', value: '', disabled: false, node_type: 'input' }, messages: [], meta: { label: { id: 1070002, text: `Field ${i}`, type: 'info' } } } as never);
  }
  const t0 = performance.now();
  const { container } = render(<Login flow={{ ...f.loginFlow, ui: { ...f.loginFlow.ui, nodes } } as never} />);
  const ms = performance.now() - t0;
  expect(container.querySelectorAll('input')).toHaveLength(5001);
  expect(ms).toBeLessThan(15_000); // React development build, shared CI machine
});
