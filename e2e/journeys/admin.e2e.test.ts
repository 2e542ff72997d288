// The admin console, which is built only on @orykit/react-query's admin hooks: this journey is their
// end-to-end test. Identities (create, edit traits, recovery code, sessions, delete), the courier, OAuth2
// clients (create, edit, delete) and JSON Web Keys (generate, delete).
import { describe, expect, it } from 'vitest';
import { steps, strongPassword, uniqueEmail, useHarness, type Person } from '../harness.ts';
import { AdminPage } from '../pages/admin.ts';
import { RecoveryPage } from '../pages/code-flow.ts';
import { HomePage } from '../pages/home.ts';
import { LoginPage } from '../pages/login.ts';
import { SettingsPage } from '../pages/settings.ts';

describe('admin console', () => {
  const h = useHarness();
  const step = steps(h);
  const email = uniqueEmail('admin');
  const password = strongPassword();
  let admin: Person;
  let user: Person;
  let identityPath = '';

  step('creates an identity with a password; it can sign in', async () => {
    admin = await h.newPerson();
    const console_ = new AdminPage(admin.page);
    await console_.openIdentities();
    await console_.createIdentity({ email, name: { first: 'Katherine', last: 'Johnson' } }, password);
    identityPath = new URL(admin.page.url()).pathname;
    await admin.page.getByRole('heading', { name: email, level: 1 }).waitFor();

    await console_.openIdentities();
    await console_.identityLink(email).waitFor();

    user = await h.newPerson();
    const login = new LoginPage(user.page);
    await login.open();
    await login.signIn(email, password);
    await new HomePage(user.page).welcome.waitFor();
  });

  step('edits the traits; the person sees them', async () => {
    await admin.page.goto(identityPath);
    const console_ = new AdminPage(admin.page);
    await console_.editTraits({ email, name: { first: 'Kathy', last: 'Johnson' } });
    expect(JSON.parse(await console_.traitsText())).toEqual({ email, name: { first: 'Kathy', last: 'Johnson' } });

    const home = new HomePage(user.page);
    await home.open();
    await expect.poll(() => home.welcome.innerText()).toContain('Kathy');
  });

  step('lists the person’s sessions and revokes them all', async () => {
    await admin.page.goto(identityPath);
    const console_ = new AdminPage(admin.page);
    // A header row plus one row per session.
    await expect.poll(() => console_.sessionRows.count()).toBe(2);
    await console_.confirm('Revoke all sessions');
    await admin.page.getByText('No sessions.').waitFor();

    await user.page.reload();
    await user.page.getByRole('main').getByRole('link', { name: 'Sign in' }).waitFor();
  });

  step('creates a recovery code; the person uses it and sets a new password', async () => {
    await admin.page.goto(identityPath);
    const console_ = new AdminPage(admin.page);
    await console_.button('Create recovery code').click();
    const code = (await console_.secret('Recovery code').innerText()).trim();
    const link = (await console_.secret('Enter it at').innerText()).trim();
    expect(code).toMatch(/^\d{6}$/);

    await user.page.goto(link);
    const recovery = new RecoveryPage(user.page);
    await recovery.submitCode(code);
    const settings = new SettingsPage(user.page);
    await settings.waitForForm();
    await settings.changePassword(strongPassword());
    await settings.saved.waitFor();
  });

  step('shows the courier’s messages with their codes', async () => {
    const since = Date.now() - 1_000;
    const recovery = new RecoveryPage(user.page);
    await new HomePage(user.page).open();
    await new HomePage(user.page).signOut();
    await recovery.open();
    await recovery.requestCode(email);
    const code = await h.courier.readCode(email, { since, match: /recover/i });

    const console_ = new AdminPage(admin.page);
    await console_.openCourier(email);
    await expect.poll(async () => (await console_.courierCode(email).innerText()).trim(), { timeout: 10_000 }).toBe(code);
  });

  step('deletes the identity', async () => {
    await admin.page.goto(identityPath);
    const console_ = new AdminPage(admin.page);
    await console_.confirm('Delete identity');
    await admin.page.waitForURL((url) => url.pathname === '/admin/identities');
    // The list (or, when it was the only one, "No identities yet.") without it.
    await admin.page.getByRole('table').or(admin.page.getByText('No identities yet.')).first().waitFor();
    expect(await console_.identityLink(email).count()).toBe(0);
  });

  step('saw no CSP violation and no uncaught error', async () => {
    expect(admin.problems).toEqual([]);
    expect(user.problems).toEqual([]);
  });

  // Independent of the identity steps above (and of each other).
  it('creates, edits and deletes an OAuth2 client', async () => {
    const admin = await h.newPerson();
    const console_ = new AdminPage(admin.page);
    await console_.openClients();
    const name = `e2e client ${Date.now().toString(36)}`;
    await console_.button('New client').click();
    const form = admin.page.getByRole('form', { name: 'New client' });
    await form.getByLabel('Name').fill(name);
    await form.getByRole('button', { name: 'Create client' }).click();
    const secret = (await console_.secret('Client secret').innerText()).trim();
    expect(secret.length).toBeGreaterThan(8);
    await console_.clientRow(name).waitFor();

    await console_.clientRow(name).getByRole('button', { name: 'Edit' }).click();
    const edit = admin.page.getByRole('form', { name: 'Edit client' });
    await edit.getByLabel('Name').fill(`${name} (renamed)`);
    await edit.getByRole('button', { name: 'Save client' }).click();
    await console_.clientRow(`${name} (renamed)`).waitFor();

    await console_.clientRow(`${name} (renamed)`).getByRole('button', { name: /^Delete/ }).click();
    await admin.page.getByRole('group', { name: 'Confirm' }).getByRole('button', { name: /^Yes/ }).click();
    await expect.poll(() => console_.clientRow(name).count()).toBe(0);
    expect(admin.problems).toEqual([]);
  });

  it("says what the servers refused in sentences (Kratos' schema errors, Hydra's error_description)", async () => {
    const admin = await h.newPerson();
    const console_ = new AdminPage(admin.page);
    await console_.openIdentities();
    await console_.button('New identity').click();
    const identity = admin.page.getByRole('form', { name: 'New identity' });
    await identity.getByLabel('Traits (JSON)').fill(JSON.stringify({ email: 'not-an-email' }));
    await identity.getByRole('button', { name: 'Create identity' }).click();
    const refused = admin.page.getByRole('main').getByRole('alert');
    await refused.waitFor();
    const said = await refused.innerText();
    expect(said).toMatch(/^Email: /);
    expect(said).not.toMatch(/I\[#|S\[#|POST \//);

    await console_.openClients();
    await console_.button('New client').click();
    const client = admin.page.getByRole('form', { name: 'New client' });
    await client.getByLabel('Name').fill('fragment client');
    await client.getByLabel(/Redirect URIs/).fill('https://app.example/callback#x');
    await client.getByRole('button', { name: 'Create client' }).click();
    const hydra = admin.page.getByRole('main').getByRole('alert');
    await hydra.waitFor();
    expect(await hydra.innerText()).toContain('Redirect URIs must not contain fragments');
    expect(admin.problems).toEqual([]);
  });

  it('generates and deletes a JSON Web Key', async () => {
    const admin = await h.newPerson();
    const console_ = new AdminPage(admin.page);
    const set = `e2e-${Date.now().toString(36)}`;
    await console_.openKeys(set);
    const add = admin.page.getByRole('form', { name: 'Add a key' });
    await add.getByLabel('Algorithm').selectOption('ES256');
    await add.getByLabel('Key ID (optional)').fill('e2e-key');
    await add.getByRole('button', { name: 'Generate key' }).click();
    const row = admin.page.getByRole('main').getByRole('row').filter({ hasText: 'e2e-key' });
    await row.waitFor();
    expect(await row.innerText()).toMatch(/EC[\s\S]*ES256[\s\S]*sig/);

    await row.getByRole('button', { name: /^Delete/ }).click();
    await admin.page.getByRole('group', { name: 'Confirm' }).getByRole('button', { name: /^Yes/ }).click();
    await expect.poll(() => row.count()).toBe(0);
    expect(admin.problems).toEqual([]);
  });

});
