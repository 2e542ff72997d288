import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { kratosIdsV0111 } from './ids-v0.11.1.ts';
import { placeholders } from './interpolate.ts';
import { kratosTexts } from './kratos-texts.ts';
import { createTranslator, en, loadMessages, locales, messageKeys, type Messages } from './index.ts';
import type { UiText } from './types.ts';

const NOW = new Date('2023-01-14T12:00:00Z');
const SERVER = '«server text»';

/** A context with every field any catalog entry reads. */
const context = {
  provider: 'github',
  secret: 'JBSWY3DPEHPK3PXP',
  secrets: [
    { id: 1050009, text: 'abcd1234', type: 'info', context: { secret: 'abcd1234' } },
    { id: 1050014, text: 'Secret was used at 2023-01-10 08:00:00 +0000 UTC', type: 'info', context: { used_at: '2023-01-10T08:00:00Z' } },
  ],
  used_at: '2023-01-10T08:00:00Z',
  display_name: 'YubiKey 5',
  added_at: '2023-01-01T08:00:00Z',
  privilegedSessionExpiresAt: '2023-01-14T12:15:00Z',
  expired_at: '2023-01-14T11:55:00Z',
  property: 'email',
  expected_length: 8,
  actual_length: 3,
  expected_format: 'email',
  actual_value: 'foo',
  reason: 'the password is not strong enough',
};
const vars = { provider: 'GitHub', client: 'Acme', subject: 'ada@example.org', scope: 'photos.read', time: '2023-01-14T11:00:00Z', id: 'abc', methods: 'password, totp' };

/** Ids whose text is a run-time argument: the server's text is the right answer without extra input. */
const RUNTIME_TEXT = new Set(['4000001', '5000001', '1070002']);

// English: the whole catalog (loadMessages('en') gives the part every component carries).
const catalogs: Array<[string, Messages]> = await Promise.all(locales.map(async (l) => [l.code, l.code === 'en' ? en : await loadMessages(l.code)] as [string, Messages]));

/**
 * The message as Kratos sends it: the type of its id's range, and Kratos' own text in capitals with a mark
 * (the translator accepts its shape, yet no translation equals it), or {@link SERVER} for a run-time text.
 */
function uiText(key: string): UiText {
  const [base] = key.split('.');
  const id = Number(base);
  const kratos = kratosTexts[key] ?? kratosTexts[base!];
  const text = kratos === undefined ? SERVER : `${kratos.replace(/%[.\d]*[a-z]/g, '1').toUpperCase()} «»`;
  return { id, text, type: id >= 4000000 ? 'error' : 'info', context } as unknown as UiText;
}

/** The node that selects a variant key. */
function nodeFor(key: string) {
  if (key === '1010001.webauthn') return { type: 'input', group: 'webauthn', attributes: { node_type: 'input', name: 'method', type: 'submit', value: 'webauthn', disabled: false }, messages: [], meta: {} };
  if (key === '1070007.resend') return { type: 'input', group: 'code', attributes: { node_type: 'input', name: 'email', type: 'submit', value: 'a@b.c', disabled: false }, messages: [], meta: {} };
  return undefined;
}
const reasons: Record<string, string> = {
  '4000005.min_length': 'password length must be at least 8 characters but only got 3',
  '4000005.similar': 'the password is too similar to the user identifier',
  '4000005.breached': 'the password has been found in data breaches and must no longer be used',
  '4000005.network': 'unable to check if password has been leaked because an unexpected network error occurred',
};

describe('the English catalog', () => {
  it('has an entry for every id Kratos v0.11.1 defines, roots excepted', () => {
    expect(kratosIdsV0111).toHaveLength(102);
    const sent = kratosIdsV0111.filter((k) => k.status === 'sent');
    expect(sent).toHaveLength(80);
    const nonRoot = kratosIdsV0111.filter((k) => k.status !== 'root');
    expect(nonRoot).toHaveLength(87);
    const missing = nonRoot.filter((k) => !Object.hasOwn(en, String(k.id))).map((k) => k.id);
    expect(missing).toEqual([]);
  });

  it('has no entry for the never-sent range roots', () => {
    const roots = kratosIdsV0111.filter((k) => k.status === 'root').map((k) => String(k.id));
    expect(roots.filter((id) => Object.hasOwn(en, id))).toEqual([]);
  });

  it('covers the ids new in v0.11 (since v0.10.1)', () => {
    expect(kratosIdsV0111.filter((k) => k.since === '0.11').map((k) => k.id)).toEqual([1060003, 1070008, 1070009, 1080003, 4060006, 4070006]);
  });

  it('exports its keys as messageKeys', () => {
    expect(messageKeys).toEqual(Object.keys(en));
    expect(messageKeys).toContain('ui.error.network');
    expect(messageKeys).toContain('1070007.resend');
  });

  it('does not import any other locale (only en is bundled eagerly)', () => {
    const source = readFileSync(fileURLToPath(new URL('./messages/en.ts', import.meta.url)), 'utf8');
    const imports = [...source.matchAll(/(?:import|export)\s[^;]*?from\s+['"]([^'"]+)['"]/g)].map((m) => m[1]);
    expect(imports.sort()).toEqual(['../types.ts', './en/core.ts', './en/oauth2.ts', './en/recovery.ts', './en/registration.ts', './en/sessions.ts', './en/settings.ts', './en/verification.ts']);
    expect(source).not.toMatch(/import\s*\(/);
    for (const part of imports.filter((i) => i?.startsWith('./en/'))) {
      const own = readFileSync(fileURLToPath(new URL(`./messages/${part}`, import.meta.url)), 'utf8');
      expect([...own.matchAll(/from\s+['"]([^'"]+)['"]/g)].map((m) => m[1]).filter((i) => i !== '../../types.ts' && i !== '../shared.ts')).toEqual([]);
    }
    const shared = readFileSync(fileURLToPath(new URL('./messages/shared.ts', import.meta.url)), 'utf8');
    for (const { code } of locales) if (code !== 'en') expect(shared).not.toContain(`./${code}`);
  });

  it('is reached by loadMessages through literal import() paths, one chunk per locale', () => {
    const source = readFileSync(fileURLToPath(new URL('./locales.ts', import.meta.url)), 'utf8');
    const others = locales.map((l) => l.code).filter((code) => code !== 'en');
    expect(others.length).toBeGreaterThanOrEqual(29);
    for (const code of others) {
      expect(source).toContain(`import('./messages/${code}.ts')`);
      expect(source).not.toMatch(new RegExp(`^import[^(]*messages/${code}`, 'm'));
    }
  });
});

describe.each(catalogs)('locale %s', (code, messages) => {
  it('has exactly the keys of en (scripts/i18n-missing.mjs lists the difference with the English texts)', () => {
    const missing = Object.keys(en).filter((k) => !Object.hasOwn(messages, k));
    const extra = Object.keys(messages).filter((k) => !Object.hasOwn(en, k));
    expect({ missing, extra }).toEqual({ missing: [], extra: [] });
  });

  it('has the same placeholders as en for every template', () => {
    const mismatches: string[] = [];
    for (const [key, entry] of Object.entries(en)) {
      const own = messages[key];
      if (typeof entry !== 'string') continue;
      if (typeof own !== 'string') mismatches.push(`${key}: not a template`);
      else if (placeholders(own).join('|') !== placeholders(entry).join('|')) mismatches.push(`${key}: ${placeholders(own).join(', ')}`);
    }
    expect(mismatches).toEqual([]);
  });

  it('renders every key without falling back and without leftover placeholders', () => {
    const t = createTranslator({ messages, locale: code, now: () => NOW, timeZone: 'UTC' });
    const bad: string[] = [];
    for (const key of Object.keys(en)) {
      let out: string;
      if (key.startsWith('ui.')) {
        out = t.t(key, vars);
        if (out === key) bad.push(`${key}: missing`);
      } else {
        const text = uiText(key);
        if (reasons[key]) (text as { context: object }).context = { ...context, reason: reasons[key] };
        out = t.text(text, nodeFor(key) as never);
        if (out === text.text && !RUNTIME_TEXT.has(key)) bad.push(`${key}: fell back to the server text`);
      }
      if (/\{[\w.]+(, *\w+)?\}/.test(out)) bad.push(`${key}: ${out}`);
      if (out.trim() === '') bad.push(`${key}: empty`);
    }
    expect(bad).toEqual([]);
  });

  it('is its own catalog, loaded from its own module (not English in disguise)', () => {
    expect(locales.map((l) => l.code)).toContain(code);
    if (code !== 'en') expect(messages).not.toBe(en);
    // Most sentences differ from English; a few (e.g. "OK", "Email") may legitimately not.
    const same = Object.keys(en).filter((k) => typeof en[k as keyof typeof en] === 'string' && messages[k] === en[k as keyof typeof en]);
    if (code !== 'en') expect(same.length).toBeLessThan(Object.keys(en).length / 10);
  });
});
