// @orykit/client/server against the real Kratos (E2E_BACKEND=real only; the emulator's side of the same
// checks is packages/client/test/server.test.ts, over the emulator's HTTP server). No browser: the test is
// the browser, with its own cookie jar, talking to the app's origin through createOryProxy.
import { describe, expect, inject, it } from 'vitest';
import { createOryProxy, getBrowserFlow, getSession } from '@orykit/client/server';
import { cookieJar } from '../../packages/client/test/cookie-jar.ts';
import { backend, realTargets } from '../env.ts';
import { strongPassword, uniqueEmail } from '../harness.ts';

// Real servers only: on the emulator these checks run in the node project, without the demo.
describe.skipIf(backend() !== 'real')('server helpers on real Kratos', () => {
  const app = inject('baseURL');
  const { KRATOS_PUBLIC_URL: kratosPublicUrl, KRATOS_ADMIN_URL: kratosAdminUrl } = realTargets();
  // Kratos advertises the demo's prefix; the proxy here serves it under another one, so every URL is rewritten.
  const kratosBaseUrl = `${app}/.ory/kratos/public`;
  const proxy = createOryProxy({ kratosPublicUrl, kratosBaseUrl, prefix: '/auth' });
  const email = uniqueEmail('server-helpers');
  const password = strongPassword();

  it('creates a login flow for a page request, with the CSRF cookie for the browser', async () => {
    const result = await getBrowserFlow(new Request(`${app}/login`), 'login', { kratosPublicUrl, kratosBaseUrl, proxyPrefix: '/auth' });
    if (result.redirect) throw new Error(`expected a flow, got a redirect to ${result.redirect.headers.get('location')}`);
    expect(result.flow.ui.action).toBe(`${app}/auth/self-service/login?flow=${result.flow.id}`);
    const cookies = result.headers.getSetCookie();
    expect(cookies.some((line) => line.startsWith('csrf_token_'))).toBe(true);
    expect(cookies.filter((line) => /;\s*domain=/i.test(line))).toEqual([]);
  });

  it('signs a person in through the proxy; the session cookie is the app’s', async () => {
    const created = await fetch(`${kratosAdminUrl}/admin/identities`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
      body: JSON.stringify({ schema_id: 'default', traits: { email }, credentials: { password: { config: { password } } } }),
    });
    expect(created.status).toBe(201);

    const jar = cookieJar();
    const init = await proxy(new Request(`${app}/auth/self-service/login/browser`, { headers: { Accept: 'application/json' } }));
    jar.store(init);
    expect(init.status).toBe(200);
    const flow = (await init.json()) as { id: string; ui: { action: string; nodes: { attributes: { name?: string; value?: unknown } }[] } };
    expect(flow.ui.action).toBe(`${app}/auth/self-service/login?flow=${flow.id}`);
    const csrfToken = flow.ui.nodes.find((node) => node.attributes.name === 'csrf_token')?.attributes.value;

    const submit = await proxy(
      new Request(flow.ui.action, {
        method: 'POST',
        headers: { Accept: 'application/json', 'Content-Type': 'application/json', Cookie: jar.header() },
        body: JSON.stringify({ method: 'password', identifier: email, password, csrf_token: csrfToken }),
      }),
    );
    jar.store(submit);
    expect(submit.status).toBe(200);
    expect(jar.lines.some((line) => line.startsWith('ory_kratos_session='))).toBe(true);
    expect(jar.lines.filter((line) => /;\s*domain=/i.test(line))).toEqual([]);

    const session = await getSession(new Request(`${app}/`, { headers: { Cookie: jar.header() } }), { kratosPublicUrl });
    expect(session?.identity.traits).toMatchObject({ email });

    // Signed in, a login page goes home; a settings page gets its flow.
    const login = await getBrowserFlow(new Request(`${app}/login`, { headers: { Cookie: jar.header() } }), 'login', { kratosPublicUrl });
    expect(login.redirect?.headers.get('location')).toBe('/');
    const settings = await getBrowserFlow(new Request(`${app}/settings`, { headers: { Cookie: jar.header() } }), 'settings', { kratosPublicUrl });
    expect(settings.flow?.identity.traits).toMatchObject({ email });
  });

  it('sends an unknown flow to a new one', async () => {
    const result = await getBrowserFlow(new Request(`${app}/login?flow=00000000-0000-4000-8000-000000000000`), 'login', { kratosPublicUrl });
    expect(result.redirect?.headers.get('location')).toBe('/login');
  });
});
