import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { startEmulatorServer, type EmulatorServer } from '../../emulator/src/server.ts';
import { DEMO_IDENTITY, manualClock } from '../../emulator/src/index.ts';
import { createOryProxy, getBrowserFlow, getSession, rewriteSetCookie } from '../src/server/index.ts';
import { cookieJar, type CookieJar } from './cookie-jar.ts';

// The server helpers against the emulator's real HTTP server, as an app at APP would use them.
const APP = 'http://localhost:3000';
const clock = manualClock();
let server: EmulatorServer;
let kratosPublicUrl: string;

beforeAll(async () => {
  server = await startEmulatorServer({
    ports: { kratosPublic: 0, kratosAdmin: 0, hydraPublic: 0, hydraAdmin: 0, network: 0 },
    emulator: { clock, appOrigin: APP },
  });
  kratosPublicUrl = server.urls.kratosPublic!;
});
afterAll(() => server.close());

const page = (path: string, jar?: CookieJar, init: RequestInit = {}) =>
  new Request(APP + path, { ...init, headers: { ...(jar ? { Cookie: jar.header() } : {}), ...(init.headers as Record<string, string>) } });

const csrfOf = (flow: { ui: { nodes: unknown[] } }) =>
  (flow.ui.nodes as { attributes: { name?: string; value?: unknown } }[]).find((node) => node.attributes.name === 'csrf_token')!.attributes.value as string;

describe('getBrowserFlow', () => {
  it('creates a flow and hands back the CSRF cookie Kratos set', async () => {
    const result = await getBrowserFlow(page('/login'), 'login', { kratosPublicUrl });
    if (result.redirect) throw new Error('expected a flow');
    expect(result.flow.ui.action).toBe(`${kratosPublicUrl}/self-service/login?flow=${result.flow.id}`);
    expect(result.headers.getSetCookie().some((line) => line.startsWith('csrf_token'))).toBe(true);
  });

  it('fetches the flow of ?flow= with the browser’s cookie, and passes the query on to a new one', async () => {
    const jar = cookieJar();
    const created = await getBrowserFlow(page(`/login?return_to=${encodeURIComponent(`${APP}/account`)}`), 'login', { kratosPublicUrl });
    if (created.redirect) throw new Error('expected a flow');
    expect(created.flow.return_to).toBe(`${APP}/account`);
    jar.store(new Response(null, { headers: created.headers }));
    const fetched = await getBrowserFlow(page(`/login?flow=${created.flow.id}`, jar), 'login', { kratosPublicUrl });
    expect(fetched.flow?.id).toBe(created.flow.id);
  });

  it('sends an expired, unknown or cookieless flow to a new one, keeping the rest of the query', async () => {
    const jar = cookieJar();
    const created = await getBrowserFlow(page('/registration'), 'registration', { kratosPublicUrl });
    if (created.redirect) throw new Error('expected a flow');
    jar.store(new Response(null, { headers: created.headers }));

    const unknown = await getBrowserFlow(page('/registration?flow=00000000-0000-4000-8000-000000000000&x=1', jar), 'registration', { kratosPublicUrl });
    expect(unknown.redirect?.status).toBe(303);
    expect(unknown.redirect?.headers.get('location')).toBe('/registration?x=1');

    const cookieless = await getBrowserFlow(page(`/registration?flow=${created.flow.id}`), 'registration', { kratosPublicUrl });
    expect(cookieless.redirect?.headers.get('location')).toBe('/registration');

    clock.advance(2 * 60 * 60 * 1000);
    const expired = await getBrowserFlow(page(`/registration?flow=${created.flow.id}`, jar), 'registration', { kratosPublicUrl });
    expect(expired.redirect?.headers.get('location')).toBe('/registration');
  });

  it('sends settings without a session to the login page, back here afterwards', async () => {
    const result = await getBrowserFlow(page('/settings'), 'settings', { kratosPublicUrl, loginUrl: '/sign-in' });
    expect(result.redirect?.headers.get('location')).toBe(`/sign-in?return_to=${encodeURIComponent(`${APP}/settings`)}`);
  });

  it('follows Kratos’ 422 and sends a session without its second factor to login at aal2', async () => {
    // Kratos' answers, as v0.11 writes them; the emulator needs a TOTP-enrolled identity to produce the second.
    const answers: Record<string, { status: number; body: unknown }> = {
      '/self-service/settings/flows': {
        status: 422,
        body: { error: { id: 'browser_location_change_required', code: 422 }, redirect_browser_to: 'https://kratos.example/self-service/login/browser?refresh=true' },
      },
      '/self-service/settings/browser': { status: 403, body: { error: { id: 'session_aal2_required', code: 403 }, redirect_browser_to: 'https://kratos.example/self-service/login/browser?aal=aal2' } },
    };
    const kratos = vi.fn(async (input: RequestInfo | URL) => {
      const answer = answers[new URL(input instanceof Request ? input.url : input).pathname]!;
      return Response.json(answer.body, { status: answer.status });
    });
    const options = { kratosPublicUrl: 'https://kratos.example', fetch: kratos, proxyPrefix: '/.ory' };
    const moved = await getBrowserFlow(page('/settings?flow=1'), 'settings', options);
    expect(moved.redirect?.headers.get('location')).toBe(`${APP}/.ory/self-service/login/browser?refresh=true`);
    const aal2 = await getBrowserFlow(page('/settings'), 'settings', options);
    expect(aal2.redirect?.headers.get('location')).toBe(`/login?aal=aal2&return_to=${encodeURIComponent(`${APP}/settings`)}`);
  });

  it('points the flow’s form at the proxy prefix', async () => {
    const result = await getBrowserFlow(page('/login'), 'login', { kratosPublicUrl, proxyPrefix: '/.ory' });
    if (result.redirect) throw new Error('expected a flow');
    expect(result.flow.ui.action).toBe(`${APP}/.ory/self-service/login?flow=${result.flow.id}`);
  });
});

/** Signs the demo identity in through the proxy, as a browser with `jar` would. */
async function loginThroughProxy(proxy: (request: Request) => Promise<Response>, jar: CookieJar) {
  const init = await proxy(page('/.ory/self-service/login/browser', jar, { headers: { Accept: 'application/json' } }));
  jar.store(init);
  expect(init.status).toBe(200);
  const flow = (await init.json()) as { id: string; ui: { action: string; nodes: unknown[] } };
  expect(flow.ui.action).toBe(`${APP}/.ory/self-service/login?flow=${flow.id}`);
  const submit = await proxy(
    new Request(flow.ui.action, {
      method: 'POST',
      headers: { Accept: 'application/json', 'Content-Type': 'application/json', Cookie: jar.header() },
      body: JSON.stringify({ method: 'password', identifier: DEMO_IDENTITY.email, password: DEMO_IDENTITY.password, csrf_token: csrfOf(flow) }),
    }),
  );
  jar.store(submit);
  return submit;
}

describe('createOryProxy', () => {
  const proxy = () => createOryProxy({ kratosPublicUrl, hydraPublicUrl: server.urls.hydraPublic!, prefix: '/.ory' });

  it('signs a person in on the app’s origin: CSRF holds, cookies are the app’s, URLs point to the proxy', async () => {
    const jar = cookieJar();
    const submit = await loginThroughProxy(proxy(), jar);
    expect(submit.status).toBe(200);
    expect(jar.lines.some((line) => line.startsWith('ory_kratos_session='))).toBe(true);
    expect(jar.lines.filter((line) => /;\s*domain=/i.test(line))).toEqual([]);

    const whoami = await proxy()(page('/.ory/sessions/whoami', jar));
    expect(whoami.status).toBe(200);
    expect(((await whoami.json()) as { identity: { traits: { email: string } } }).identity.traits.email).toBe(DEMO_IDENTITY.email);

    // The server helpers read the same cookies.
    expect((await getSession(page('/', jar), { kratosPublicUrl }))?.identity.traits).toMatchObject({ email: DEMO_IDENTITY.email });
    const again = await getBrowserFlow(page(`/login?return_to=${encodeURIComponent(`${APP}/account`)}`, jar), 'login', { kratosPublicUrl });
    expect(again.redirect?.headers.get('location')).toBe('/account');
  });

  it('refuses a submit without the CSRF cookie', async () => {
    const init = await proxy()(page('/.ory/self-service/login/browser', undefined, { headers: { Accept: 'application/json' } }));
    const flow = (await init.json()) as { ui: { action: string; nodes: unknown[] } };
    const submit = await proxy()(
      new Request(flow.ui.action, {
        method: 'POST',
        headers: { Accept: 'application/json', 'Content-Type': 'application/json' },
        body: JSON.stringify({ method: 'password', identifier: DEMO_IDENTITY.email, password: DEMO_IDENTITY.password, csrf_token: csrfOf(flow) }),
      }),
    );
    expect(submit.status).toBe(403);
    expect(((await submit.json()) as { error: { id: string } }).error.id).toBe('security_csrf_violation');
  });

  it('rewrites Location headers that point to Kratos', async () => {
    const answer = await proxy()(page('/.ory/self-service/settings/browser'));
    expect(answer.status).toBe(303);
    // Kratos sends a browser without a session to its own login endpoint.
    expect(answer.headers.get('location')).toBe(`${APP}/.ory/self-service/login/browser`);
  });

  it('is not fooled into fetching anything but the servers’ public paths', async () => {
    const spy = vi.fn(globalThis.fetch);
    const guarded = createOryProxy({ kratosPublicUrl, prefix: '/.ory', fetch: spy });
    for (const path of [
      '/.ory/../admin/identities',
      '/.ory/%2e%2e/admin/identities',
      '/.ory//evil.example/self-service/login/browser',
      '/.ory/self-service/..%2f..%2fadmin/identities',
      '/.ory/self-service/%5c%5cevil.example',
      '/.ory/sessions/whoami%0d%0aHost:%20evil.example',
      '/.ory/admin/identities',
      '/.oryx/sessions/whoami',
      '/.ory/oauth2/auth',
    ]) {
      const answer = await guarded(new Request(APP + path));
      expect([400, 404], path).toContain(answer.status);
    }
    expect(spy).not.toHaveBeenCalled();
  });

  it('removes Domain, and Secure on an http app, from the cookies it hands on', async () => {
    const line = 'ory_kratos_session=abc; Path=/; Domain=kratos.example; Expires=Mon, 07 Dec 2026 10:00:00 GMT; HttpOnly; Secure; SameSite=Lax';
    const upstream = vi.fn(async () => new Response('{}', { headers: { 'Set-Cookie': line, 'Content-Type': 'application/json' } }));
    for (const [origin, expected] of [
      ['http://localhost:3000', 'ory_kratos_session=abc; Path=/; Expires=Mon, 07 Dec 2026 10:00:00 GMT; HttpOnly; SameSite=Lax'],
      ['https://app.example', 'ory_kratos_session=abc; Path=/; Expires=Mon, 07 Dec 2026 10:00:00 GMT; HttpOnly; Secure; SameSite=Lax'],
    ] as const) {
      const answer = await createOryProxy({ kratosPublicUrl: 'https://kratos.example', fetch: upstream })(new Request(`${origin}/.ory/sessions/whoami`));
      expect(answer.headers.getSetCookie()).toEqual([expected]);
      expect(rewriteSetCookie(line, origin.startsWith('https'))).toBe(expected);
    }
  });
});
