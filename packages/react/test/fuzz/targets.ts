// What the fuzz tests mutate: every public component with the server data it reads, taken from our own
// fixtures (the hand-written ones and the responses captured from real Kratos and Hydra).
import { createElement as h, type ReactElement, type ReactNode } from 'react';
import {
  Consent,
  ErrorView,
  Flow,
  Login,
  Logout,
  OAuth2Login,
  OAuth2Logout,
  Recovery,
  Registration,
  Sessions,
  Settings,
  Verification,
} from '../../src/index.ts';
import * as f from '../fixtures/flows.ts';

/** A component and the server data it is rendered from (the part the fuzzer mutates). */
export interface Target {
  name: string;
  data: Record<string, unknown>;
  render: (data: Record<string, unknown>) => ReactElement;
}

const noop = () => {};
const flowComponents = { login: Login, registration: Registration, recovery: Recovery, verification: Verification, settings: Settings };
type FlowName = keyof typeof flowComponents;

const flowTarget = (name: string, kind: FlowName, flow: unknown): Target => ({
  name,
  data: { flow },
  render: (d) => h(flowComponents[kind] as (p: Record<string, unknown>) => ReactNode, { flow: d['flow'], onSubmit: noop, hrefs: { login: '/login', registration: '/registration', recovery: '/recovery', home: '/' } } as never),
});

const kindOf = (text: string): FlowName | undefined => (Object.keys(flowComponents) as FlowName[]).find((k) => text.includes(k));

// Responses captured from a real Kratos v0.11 and Hydra v2 by the e2e harness.
const captures = Object.entries(import.meta.glob('../../../../e2e/servers/fixtures/*.json', { eager: true, import: 'default' }) as Record<string, unknown>).map(
  ([path, json]) => [path.split('/').pop()?.replace(/\.json$/, '') ?? path, json as Record<string, unknown>] as const,
);

function captureTargets(): Target[] {
  const out: Target[] = [];
  for (const [name, json] of captures) {
    if (typeof json !== 'object' || json === null) continue;
    const kind = 'ui' in json ? kindOf(String(json['request_url'] ?? name)) : undefined;
    if (kind) out.push(flowTarget(`captured ${name}`, kind, json));
    else if (name === 'self-service-error') out.push({ name: `captured ${name}`, data: { error: json }, render: (d) => h(ErrorView, d as never) });
    else if (name.startsWith('whoami-') && 'identity' in json) out.push({ name: `captured ${name}`, data: { current: json, sessions: [json] }, render: (d) => h(Sessions, { ...d, onRevoke: noop, onRevokeOthers: noop } as never) });
    else if (name === 'hydra-admin-consent-request') out.push({ name: `captured ${name}`, data: { request: json }, render: (d) => h(Consent, { ...d, onAccept: noop, onReject: noop } as never) });
    else if (name === 'hydra-admin-login-request') out.push({ name: `captured ${name}`, data: { request: json }, render: (d) => h(OAuth2Login, { ...d, onContinue: noop, onCancel: noop } as never) });
    else if (name === 'logout-browser') out.push({ name: `captured ${name}`, data: json, render: (d) => h(Logout, { logoutUrl: d['logout_url'] as never }) });
  }
  return out;
}

/** Every target, hand-written fixtures first; the order is part of the seed's meaning. */
export const targets: readonly Target[] = [
  ...Object.entries(f.allFlows).map(([name, flow]) => flowTarget(name, kindOf(name.toLowerCase()) ?? 'login', flow)),
  { name: 'Flow (ui only)', data: { ui: f.settingsFlow.ui }, render: (d) => h(Flow, { ui: d['ui'] as never, layout: 'grouped', onSubmit: noop }) },
  { name: 'Consent', data: { request: f.consentRequest, identity: f.identity }, render: (d) => h(Consent, { ...d, onAccept: noop, onReject: noop } as never) },
  { name: 'Consent native', data: { request: f.consentRequest, identity: f.identity }, render: (d) => h(Consent, { ...d, action: '/consent' } as never) },
  { name: 'OAuth2Login skip', data: { request: f.loginRequestSkip }, render: (d) => h(OAuth2Login, { ...d, onContinue: noop, onCancel: noop } as never) },
  { name: 'OAuth2Login fresh', data: { request: f.loginRequestFresh }, render: (d) => h(OAuth2Login, d as never, h(Login, { flow: f.loginFlow, onSubmit: noop })) },
  { name: 'OAuth2Logout', data: { request: f.logoutRequest }, render: (d) => h(OAuth2Logout, { ...d, onAccept: noop, onReject: noop } as never) },
  { name: 'Logout', data: { logoutUrl: 'http://127.0.0.1:4433/self-service/logout?token=t', hrefs: { home: '/', login: '/login' }, state: 'confirm' }, render: (d) => h(Logout, { logoutUrl: d['logoutUrl'], hrefs: d['hrefs'], state: d['state'] } as never) },
  { name: 'ErrorView', data: { error: f.selfServiceError }, render: (d) => h(ErrorView, { ...d, hrefs: { login: '/login', home: '/' } } as never) },
  { name: 'Sessions', data: { current: f.currentSession, sessions: [f.currentSession, ...f.otherSessions] }, render: (d) => h(Sessions, { ...d, onRevoke: noop, onRevokeOthers: noop } as never) },
  ...captureTargets(),
];
