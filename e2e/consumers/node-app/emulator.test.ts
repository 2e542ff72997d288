// The emulator README's MSW snippet, run as a user's Vitest test in plain Node.
import { createEmulator } from '@orykit/emulator';
import { emulatorHandlers } from '@orykit/emulator/msw';
import { setupServer } from 'msw/node';
import { afterAll, beforeAll, expect, test } from 'vitest';

const emulator = createEmulator();
const handlers = emulatorHandlers(emulator);
const server = setupServer(...handlers);
beforeAll(() => server.listen());
afterAll(() => server.close());

test('a browser login flow and a whoami through MSW', async () => {
  const kratos = emulator.options.urls.kratosPublic;
  const flow = await (await fetch(`${kratos}/self-service/login/browser`, { headers: { accept: 'application/json' } })).json();
  expect(flow.ui.nodes.some((n: { attributes: { name?: string } }) => n.attributes.name === 'identifier')).toBe(true);
  expect((await fetch(`${kratos}/sessions/whoami`)).status).toBe(401);
  handlers.cookieStore?.clear();
});
