// Server rendering, in the plain Node project (no window, no document): importing the package and
// rendering every component must not touch the DOM.
import { createElement as h, type ReactElement } from 'react';
import { renderToString } from 'react-dom/server';
import {
  Consent,
  ErrorView,
  Flow,
  Login,
  Logout,
  Node,
  OAuth2Login,
  OAuth2Logout,
  OryComponentsProvider,
  Recovery,
  Registration,
  Sessions,
  Settings,
  Verification,
  LoginView,
} from '../src/index.ts';
import * as f from './fixtures/flows.ts';
import { csrf, input, info } from './fixtures/nodes.ts';

const cases: Array<[string, ReactElement]> = [
  ['Login', h(Login, { flow: f.loginFlow, hrefs: { registration: '/r', recovery: '/rec' } })],
  ['Login loading', h(LoginView, {})],
  ['Login problem', h(Login, { problem: { kind: 'network', message: 'x', retryable: true }, onRetry: () => {} })],
  ['Login aal2', h(Login, { flow: f.loginAal2 })],
  ['Login webauthn trigger', h(Login, { flow: f.loginWebAuthnTrigger })],
  ['Login error', h(Login, { flow: f.loginInvalidCredentials })],
  ['Registration', h(Registration, { flow: f.registrationFlow })],
  ['Registration errors', h(Registration, { flow: f.registrationErrors })],
  ['Registration webauthn', h(Registration, { flow: f.registrationWebAuthn })],
  ['Recovery', h(Recovery, { flow: f.recoverySentEmail })],
  ['Verification', h(Verification, { flow: f.verificationPassed })],
  ['Settings', h(Settings, { flow: f.settingsFlow })],
  ['Settings lookup', h(Settings, { flow: f.settingsLookupRevealed })],
  ['Consent', h(Consent, { request: f.consentRequest, identity: f.identity })],
  ['OAuth2Login', h(OAuth2Login, { request: f.loginRequestSkip })],
  ['OAuth2Logout', h(OAuth2Logout, { request: f.logoutRequest })],
  ['Logout', h(Logout, { logoutUrl: 'http://127.0.0.1:4433/self-service/logout?token=t' })],
  ['ErrorView', h(ErrorView, { error: f.selfServiceError })],
  ['Sessions', h(Sessions, { current: f.currentSession, sessions: f.otherSessions, onRevoke: () => {} })],
  ['Flow malformed', h(Flow, { ui: { nodes: 'x' } as never })],
  ['Node', h(Node, { node: input('default', 'identifier', 'text', { label: info(1070004, 'ID') }) })],
  ['Provider dark', h(OryComponentsProvider, { theme: 'dark' }, h(Login, { flow: f.loginFlow }))],
];

test('there is no DOM in this project', () => {
  expect(typeof window).toBe('undefined');
  expect(typeof document).toBe('undefined');
});

test.each(cases)('renderToString: %s', (_name, el) => {
  const html = renderToString(el);
  expect(html.length).toBeGreaterThan(50);
  expect(html).not.toContain('dangerouslySetInnerHTML');
});

test('the server HTML is a real form that posts natively, with the csrf token and named submit buttons', () => {
  const html = renderToString(h(Login, { flow: f.loginFlow, onSubmit: async () => {} }));
  expect(html).toContain(`action="${f.loginFlow.ui.action}" method="post"`);
  const tags = (re: RegExp) => html.match(re) ?? [];
  const has = (tagRe: RegExp, ...attrs: string[]) => tags(tagRe).some((t) => attrs.every((a) => t.includes(a)));
  expect(has(/<input[^>]*>/g, 'type="hidden"', 'name="csrf_token"', 'value="K5dDIuUbYwRC7bOoB8ve8n9vX4WlXbXEPCdDHtK2yN6lB9Jn0+jz4qxPq3g2ZGgqmRSb6MA4mVg3u5BPeUzsyw=="')).toBe(true);
  expect(has(/<button[^>]*>/g, 'type="submit"', 'name="method"', 'value="password"')).toBe(true);
  expect(has(/<button[^>]*>/g, 'type="submit"', 'name="provider"', 'value="google"', 'formNoValidate=""')).toBe(true);
  // JavaScript-only controls are hidden in server HTML.
  expect(html).toMatch(/class="ory-password-toggle"[^>]*hidden=""/);
  expect(html).not.toContain('novalidate');
});

test('no webauthn script by default; the security-key button is in the HTML, its onclick is not', () => {
  const html = renderToString(h('div', null, h(Login, { flow: f.loginWebAuthnTrigger }), h(Login, { flow: f.loginAal2 })));
  expect(html).not.toMatch(/<script/);
  expect(html).toContain('name="webauthn_login_trigger"');
  expect(html).not.toContain('onclick');
  expect(html).not.toContain('__oryWebAuthnLogin');
});

test('webauthnScript="kratos": the webauthn script is emitted once, with its attributes', () => {
  const opt = { webauthnScript: 'kratos' as const };
  const html = renderToString(h('div', null, h(Login, { flow: f.loginWebAuthnTrigger, ...opt }), h(Login, { flow: f.loginAal2, ...opt })));
  const scripts = html.match(/<script[^>]*webauthn\.js[^>]*>/g) ?? [];
  expect(scripts).toHaveLength(1);
  expect(scripts[0]).toContain('integrity="sha512-');
  expect(scripts[0]).toContain('crossorigin="anonymous"');
  expect(scripts[0]).toContain('nonce="b6f9c2d4-6a1b-4d54-9a0e-1c3a8e7f1b20"');
  expect(scripts[0]).toContain('async');
  // The onclick string is never put into the HTML.
  expect(html).not.toContain('onclick');
  expect(html).not.toContain('__oryWebAuthnLogin');
});

test('server text is escaped', () => {
  const html = renderToString(h(Flow, { ui: { action: '/a', method: 'POST', nodes: [csrf()], messages: [{ id: 1, text: '<img src=x onerror=alert(1)>', type: 'error' }] } as never }));
  expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;');
  expect(html).not.toContain('<img src=x');
});
