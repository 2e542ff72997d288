// Real Chromium: the login card in a right-to-left locale (Arabic, Hebrew) is mirrored, with the labels
// from the identity schema and the catalogs; English beside it stays left to right. Screenshots go to
// test/__screenshots__/login-ar-*.png.
import '../src/theme/styles.css';
import { render } from '@testing-library/react';
import axe from 'axe-core';
import { page } from 'vitest/browser';
import { Login, OryComponentsProvider, Settings, loadMessages, type Messages, type OryTheme } from '../src/index.ts';
import * as f from './fixtures/flows.ts';

const hrefs = { registration: '/registration', recovery: '/recovery' };
const PAGE_BG = { light: '#f4f5f7', dark: '#0b0e13' } as const;
/** Ory's quickstart identity schema: the email trait is the password identifier. */
const schema = {
  properties: {
    traits: {
      properties: {
        email: { type: 'string', format: 'email', title: 'E-Mail', 'ory.sh/kratos': { credentials: { password: { identifier: true } } } },
      },
    },
  },
};

async function renderLogin(locale: string, theme: OryTheme = 'light') {
  const messages: Messages = await loadMessages(locale);
  await page.viewport(520, 900);
  document.body.style.margin = '0';
  const { container } = render(
    <OryComponentsProvider locale={locale} messages={messages} theme={theme} identitySchema={schema} now={() => f.FIXTURE_NOW} timeZone="UTC">
      <div style={{ padding: 24, background: PAGE_BG[theme === 'dark' ? 'dark' : 'light'] }}>
        <Login flow={f.loginFlow} onSubmit={async () => {}} hrefs={hrefs} />
      </div>
    </OryComponentsProvider>,
  );
  await new Promise((r) => setTimeout(r, 30));
  const root = container.querySelector<HTMLElement>('.ory-root')!;
  const identifier = container.querySelector<HTMLInputElement>('input[name="identifier"]')!;
  const password = container.querySelector<HTMLInputElement>('input[name="password"]')!;
  const toggle = password.parentElement!.querySelector<HTMLButtonElement>('button')!;
  const label = identifier.labels![0]!;
  const labelText = label.querySelector('[data-message-id]') ?? label;
  return { container, root, messages, identifier, password, toggle, label, labelText };
}

/** The horizontal extent of an element's text (its first text run), not of its box. */
function textRect(el: Element): DOMRect {
  const range = document.createRange();
  range.selectNodeContents(el);
  return range.getBoundingClientRect();
}

describe.each(['ar', 'he'])('%s', (locale) => {
  test('the kit root is rtl and the layout is mirrored', async () => {
    const { root, identifier, password, toggle, labelText, messages } = await renderLogin(locale);
    expect(root.getAttribute('dir')).toBe('rtl');
    expect(getComputedStyle(identifier).direction).toBe('rtl');
    // The label's text starts at the right edge of the field, not the left.
    const field = identifier.getBoundingClientRect();
    const text = textRect(labelText);
    expect(Math.abs(text.right - field.right)).toBeLessThan(4);
    expect(text.left - field.left).toBeGreaterThan(40);
    // The show-password button sits at the inline end, which is the left in rtl.
    const box = password.getBoundingClientRect();
    const button = toggle.getBoundingClientRect();
    expect(button.left - box.left).toBeLessThan(12);
    expect(box.right - button.right).toBeGreaterThan(box.width / 2);
    // Labels in the language: the identifier is named after the schema's email trait.
    expect(labelText.textContent?.replace(/\s*\*$/, '')).toBe(messages['ui.trait.email']);
  });
});

test('English beside it stays ltr (so the rtl assertions above mean something)', async () => {
  const { root, identifier, password, toggle, labelText } = await renderLogin('en');
  expect(root.getAttribute('dir')).toBe('ltr');
  const field = identifier.getBoundingClientRect();
  const text = textRect(labelText);
  expect(Math.abs(text.left - field.left)).toBeLessThan(4);
  const box = password.getBoundingClientRect();
  expect(box.right - toggle.getBoundingClientRect().right).toBeLessThan(12);
  expect(labelText.textContent?.replace(/\s*\*$/, '')).toBe('Email');
});

test.each(['light', 'dark'] as const)('Arabic login, %s: no axe violations, screenshot', async (theme) => {
  document.body.style.background = PAGE_BG[theme];
  const { container } = await renderLogin('ar', theme);
  const results = await axe.run(container, { resultTypes: ['violations'] });
  expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
  await page.screenshot({ element: container.firstElementChild as HTMLElement, path: `__screenshots__/login-ar-${theme}.png` });
});

test('Hebrew settings (the widest card: sections, QR code, codes, security keys): no axe violations, screenshot', async () => {
  const messages = await loadMessages('he');
  await page.viewport(760, 1800);
  const { container } = render(
    <OryComponentsProvider locale="he" messages={messages} now={() => f.FIXTURE_NOW} timeZone="UTC">
      <div style={{ padding: 24, background: PAGE_BG.light }}>
        <Settings flow={f.settingsFlow} onSubmit={async () => {}} />
      </div>
    </OryComponentsProvider>,
  );
  await new Promise((r) => setTimeout(r, 30));
  expect(container.querySelector('.ory-root')?.getAttribute('dir')).toBe('rtl');
  const results = await axe.run(container, { resultTypes: ['violations'] });
  expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
  await page.screenshot({ element: container.firstElementChild as HTMLElement, path: '__screenshots__/settings-he-light.png' });
});
