// Real Chromium without the stylesheet: the markup alone is usable (semantic HTML, labels, sensible
// order, no violations), and the stylesheet really is absent in this file's page.
import { render } from '@testing-library/react';
import axe from 'axe-core';
import { page } from 'vitest/browser';
import { Consent, Login, Settings } from '../src/index.ts';
import * as f from './fixtures/flows.ts';

test.each([
  ['login', <Login flow={f.loginFlow} onSubmit={async () => {}} hrefs={{ registration: '/r', recovery: '/rec' }} />],
  ['settings', <Settings flow={f.settingsFlow} onSubmit={async () => {}} />],
  ['consent', <Consent request={f.consentRequest} identity={f.identity} onAccept={async () => {}} onReject={async () => {}} />],
] as const)('%s without CSS: no violations', async (name, el) => {
  await page.viewport(520, 900);
  const { container } = render(el);
  expect(getComputedStyle(container.querySelector('.ory-card') as HTMLElement).borderTopStyle).toBe('none');
  const results = await axe.run(container, { resultTypes: ['violations'] });
  expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
  if (name === 'login') await page.screenshot({ element: container, path: `__screenshots__/nocss-${name}.png` });
});
