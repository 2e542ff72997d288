// Linking an authenticator app after another save on /settings. A successful save answers with the same
// flow id but a fresh flow's `ui` (Kratos' PostSettingsHook copies only `ui` from settings.Handler.NewFlow):
// a new TOTP secret and QR code, and `ui.action` pointing at the new flow, whose internal context holds
// that secret. The old flow keeps the earlier secret. So a form must post where `ui.action` says; then
// the secret the person sees is the one the server accepts.
import { describe, expect } from 'vitest';
import type { APIRequestContext } from 'playwright-core';
import { strongPassword, uniqueEmail, useHarness, steps, type Person } from '../harness.ts';
import { HomePage } from '../pages/home.ts';
import { LoginPage } from '../pages/login.ts';
import { RegistrationPage } from '../pages/registration.ts';
import { SettingsPage } from '../pages/settings.ts';
import { totpAt } from '../totp.ts';

interface UiNode {
  attributes: { name?: string; id?: string; value?: unknown; text?: { id: number; text: string } };
  messages?: { id: number; text: string }[];
}
interface SettingsFlow {
  id: string;
  state: string;
  ui: { action: string; messages?: { id: number }[]; nodes: UiNode[] };
}

const node = (flow: SettingsFlow, name: string) => flow.ui.nodes.find((n) => n.attributes.name === name || n.attributes.id === name);
const csrfOf = (flow: SettingsFlow) => String(node(flow, 'csrf_token')?.attributes.value ?? '');
const secretOf = (flow: SettingsFlow) => node(flow, 'totp_secret_key')?.attributes.text?.text ?? '';
const actionFlowId = (flow: SettingsFlow) => new URL(flow.ui.action).searchParams.get('flow');
/** `ui.action` with another flow id: where a client that posts by `flow.id` ends up. */
const postUrlFor = (flow: SettingsFlow, id: string) => {
  const url = new URL(flow.ui.action);
  url.searchParams.set('flow', id);
  return url.toString();
};

/** The browser's own JSON calls to Kratos (same cookies as the page, through the demo's prefix). */
const kratos = (request: APIRequestContext) => ({
  async get(path: string) {
    const response = await request.get(`/.ory/kratos/public${path}`, { headers: { Accept: 'application/json' } });
    return { status: response.status(), flow: (await response.json()) as SettingsFlow };
  },
  async post(url: string, body: Record<string, unknown>) {
    const response = await request.post(url, { headers: { Accept: 'application/json', 'Content-Type': 'application/json' }, data: body });
    return { status: response.status(), flow: (await response.json()) as SettingsFlow };
  },
});

describe('TOTP linking after another settings save', () => {
  const h = useHarness();
  const step = steps(h);
  const email = uniqueEmail('totp-after-save');
  let password = strongPassword();
  let person: Person;
  let firstSecret = '';
  let shownSecret = '';
  const code = async (secret: string) => totpAt(secret, () => h.serverNow());

  step('signs up and opens the settings: an authenticator app secret is shown', async () => {
    person = await h.newPerson();
    const registration = new RegistrationPage(person.page);
    await registration.open();
    await registration.signUp({ email, password });
    await new HomePage(person.page).welcome.waitFor();

    const settings = new SettingsPage(person.page);
    await settings.open();
    firstSecret = await settings.totpSecret();
    expect(firstSecret).toMatch(/^[A-Z2-7]{16,}=*$/);
  });

  step('saves a new password: the secret and QR code shown change', async () => {
    const settings = new SettingsPage(person.page);
    password = strongPassword();
    await settings.changePassword(password);
    await settings.saved.waitFor();
    await expect.poll(() => settings.totpSecret()).not.toBe(firstSecret);
    shownSecret = await settings.totpSecret();
  });

  step('the server: the answer keeps the flow id, its form posts to a new flow that holds the shown secret', async () => {
    const api = kratos(person.page.request);
    const shownFlowId = new URL(person.page.url()).searchParams.get('flow');
    expect(shownFlowId).toBeTruthy();
    const { status, flow } = await api.get(`/self-service/settings/flows?id=${shownFlowId}`);
    expect(status).toBe(200);
    expect(flow.state).toBe('success');
    expect(secretOf(flow)).toBe(shownSecret);
    expect(actionFlowId(flow)).not.toBe(flow.id);
    // Posting the shown secret's code by the old flow id is what failed: the old flow holds the earlier secret.
    const byOldId = await api.post(postUrlFor(flow, flow.id), { method: 'totp', totp_code: await code(shownSecret), csrf_token: csrfOf(flow) });
    expect(byOldId.status).toBe(400);
    expect(node(byOldId.flow, 'totp_code')?.messages?.map((m) => m.id)).toEqual([4000008]);
  });

  step('a code for the earlier secret is refused in the form', async () => {
    const settings = new SettingsPage(person.page);
    await settings.enableTotp(await code(firstSecret));
    await settings.section(/Authenticator app/i).getByText(/authentication code is invalid/i).waitFor();
    expect(await settings.totpUnlinkButton.count()).toBe(0);
  });

  step('a code for the secret shown links the authenticator app', async () => {
    const settings = new SettingsPage(person.page);
    shownSecret = await settings.totpSecret();
    await settings.enableTotp(await code(shownSecret));
    await settings.saved.waitFor();
    await settings.totpUnlinkButton.waitFor();
    expect(person.problems).toEqual([]);
  });

  step('signs in with the new password and the secret that was shown, at aal2', async () => {
    const home = new HomePage(person.page);
    await home.open();
    await home.signOut();
    const login = new LoginPage(person.page);
    await login.signIn(email, password);
    await login.open({ aal: 'aal2' });
    await login.submitTotp(await code(shownSecret));
    await home.welcome.waitFor();
    expect(await home.assuranceLevel()).toBe('aal2');
    expect(await home.methods()).toMatch(/Authenticator app/);
  });

  step('the server: a code for the earlier secret, posted by the old flow id, is accepted', async () => {
    const other = await h.newPerson();
    const registration = new RegistrationPage(other.page);
    await registration.open();
    await registration.signUp({ email: uniqueEmail('totp-old-flow'), password: strongPassword() });
    await new HomePage(other.page).welcome.waitFor();

    const api = kratos(other.page.request);
    const created = await api.get('/self-service/settings/browser');
    expect(created.status).toBe(200);
    const before = created.flow;
    const saved = await api.post(before.ui.action, { method: 'password', password: strongPassword(), csrf_token: csrfOf(before) });
    expect(saved.status).toBe(200);
    expect(saved.flow.id).toBe(before.id);
    expect(secretOf(saved.flow)).not.toBe(secretOf(before));
    expect(actionFlowId(saved.flow)).not.toBe(before.id);

    const linked = await api.post(postUrlFor(saved.flow, before.id), { method: 'totp', totp_code: await code(secretOf(before)), csrf_token: csrfOf(saved.flow) });
    expect(linked.status).toBe(200);
    expect(node(linked.flow, 'totp_unlink')).toBeDefined();
  });
});
