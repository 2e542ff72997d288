import { describe, expect, it } from 'vitest';
import { createTranslator, en, identifierKinds, loadMessages, locales, wellKnownTrait, type Messages } from './index.ts';
import type { UiNode, UiText } from './types.ts';

/** Kratos' label of the login identifier (v0.11: node `identifier`, id 1070004 "ID"). */
const ID: UiText = { id: 1070004, text: 'ID', type: 'info' } as unknown as UiText;
const title = (text: string): UiText => ({ id: 1070002, text, type: 'info', context: { title: text } }) as unknown as UiText;
function input(name: string, type = 'text', extra: object = {}): UiNode {
  return { type: 'input', group: 'default', attributes: { node_type: 'input', name, type, disabled: false, ...extra }, messages: [], meta: {} } as unknown as UiNode;
}

const identifier = (extra: object = {}) => ({ type: 'string', 'ory.sh/kratos': { credentials: { password: { identifier: true } }, ...extra } });
/** Ory's quickstart schema: an email that is the password identifier, and a name object. */
const emailSchema = {
  $id: 'https://schemas.ory.sh/presets/kratos/quickstart/email-password/identity.schema.json',
  type: 'object',
  properties: {
    traits: {
      type: 'object',
      properties: {
        email: { ...identifier({ verification: { via: 'email' } }), format: 'email', title: 'E-Mail' },
        name: { type: 'object', properties: { first: { type: 'string', title: 'First name' }, last: { type: 'string', title: 'Last name' } } },
      },
    },
  },
};

describe('identifierKinds', () => {
  it('reads the password identifier traits of a schema, in order, each once', () => {
    expect(identifierKinds(emailSchema)).toEqual(['email']);
    expect(identifierKinds({ properties: { traits: { properties: { username: identifier() } } } })).toEqual(['username']);
    expect(identifierKinds({ properties: { traits: { properties: { phone: { ...identifier(), format: 'tel' } } } } })).toEqual(['phone']);
    expect(identifierKinds({ properties: { traits: { properties: { mobile: identifier() } } } })).toEqual(['phone']);
    const both = { properties: { traits: { properties: { email: { ...identifier(), format: 'email' }, handle: identifier(), backup: { ...identifier(), format: 'email' } } } } };
    expect(identifierKinds(both)).toEqual(['email', 'username']);
    // nested traits count too
    expect(identifierKinds({ properties: { traits: { properties: { contact: { type: 'object', properties: { mail: identifier() } } } } } })).toEqual(['email']);
  });

  it('gives [] for anything that is not such a schema, never throwing', () => {
    for (const bad of [undefined, null, 42, 'schema', [], {}, { properties: null }, { properties: { traits: [] } }, { properties: { traits: { properties: { a: null, b: 'x' } } } }]) {
      expect(identifierKinds(bad)).toEqual([]);
    }
    // an email trait that is not the password identifier does not count
    expect(identifierKinds({ properties: { traits: { properties: { email: { type: 'string', format: 'email' } } } } })).toEqual([]);
  });
});

describe('the login identifier label (1070004 "ID")', () => {
  it('says what the schema identifier is, in the active language', async () => {
    const kinds = identifierKinds(emailSchema);
    expect(createTranslator({ messages: en, identifier: kinds }).text(ID, input('identifier'))).toBe('Email');
    const de = createTranslator({ messages: await loadMessages('de'), locale: 'de', identifier: kinds });
    expect(de.text(ID, input('identifier'))).toBe('E-Mail');
    const ar = createTranslator({ messages: await loadMessages('ar'), locale: 'ar', identifier: ['username'] });
    expect(ar.text(ID, input('identifier'))).toBe('اسم المستخدم');
  });

  it('names every kind when there are several ("Email or Username")', async () => {
    expect(createTranslator({ messages: en, identifier: ['email', 'username'] }).text(ID, input('identifier'))).toBe('Email or Username');
    const de = createTranslator({ messages: await loadMessages('de'), locale: 'de', identifier: ['email', 'phone'] });
    expect(de.text(ID, input('identifier'))).toBe('E-Mail oder Telefonnummer');
  });

  it('falls back to the input type, then to the catalog\'s "ID"', () => {
    const t = createTranslator({ messages: en });
    expect(t.text(ID, input('identifier', 'email'))).toBe('Email');
    expect(t.text(ID, input('identifier', 'text', { autocomplete: 'username tel' }))).toBe('Phone number');
    expect(t.text(ID, input('identifier', 'text'))).toBe('ID');
    expect(t.text(ID)).toBe('ID');
  });

  it("lets the app's override win", () => {
    const t = createTranslator({ messages: en, overrides: { '1070004': 'Member number' }, identifier: ['email'] });
    expect(t.text(ID, input('identifier'))).toBe('Member number');
  });

  it('is translated in every locale', async () => {
    for (const { code } of locales) {
      const messages: Messages = await loadMessages(code);
      const label = createTranslator({ messages, locale: code, identifier: ['email'] }).text(ID, input('identifier'));
      expect(label, code).toBe(messages['ui.trait.email']);
      expect(label, code).not.toBe('');
    }
  });
});

describe('identity-schema trait titles (1070002)', () => {
  it('recognises well-known traits by node name', () => {
    expect(wellKnownTrait('traits.email')).toBe('email');
    expect(wellKnownTrait('traits.name.first')).toBe('first_name');
    expect(wellKnownTrait('traits.name.last')).toBe('last_name');
    expect(wellKnownTrait('traits.phone_number')).toBe('phone');
    expect(wellKnownTrait('traits.favourite_colour')).toBeUndefined();
    expect(wellKnownTrait('email')).toBeUndefined();
    expect(wellKnownTrait(undefined)).toBeUndefined();
  });

  it('translates well-known traits through the catalogs; English keeps the schema author\'s title', async () => {
    const ja = createTranslator({ messages: await loadMessages('ja'), locale: 'ja' });
    expect(ja.text(title('E-Mail'), input('traits.email', 'email'))).toBe('メールアドレス');
    expect(ja.text(title('First name'), input('traits.name.first'))).toBe('名');
    const he = createTranslator({ messages: await loadMessages('he'), locale: 'he' });
    expect(he.text(title('Last name'), input('traits.name.last'))).toBe('שם משפחה');
    const english = createTranslator({ messages: en, locale: 'en-GB' });
    expect(english.text(title('E-Mail'), input('traits.email', 'email'))).toBe('E-Mail');
  });

  it('uses the app map per schema title, one text per locale, for any trait', async () => {
    const titles = { 'Favourite colour': { de: 'Lieblingsfarbe', ja: '好きな色', 'pt-BR': 'Cor favorita' }, 'traits.email': { de: 'E-Mail-Adresse' } };
    const node = input('traits.favourite_colour');
    const de = createTranslator({ messages: await loadMessages('de'), locale: 'de-AT', titles });
    expect(de.text(title('Favourite colour'), node)).toBe('Lieblingsfarbe');
    expect(de.text(title('E-Mail'), input('traits.email', 'email'))).toBe('E-Mail-Adresse');
    const pt = createTranslator({ messages: await loadMessages('pt-BR'), locale: 'pt-BR', titles });
    expect(pt.text(title('Favourite colour'), node)).toBe('Cor favorita');
    // a locale the map lacks: the well-known trait's catalog name, else the server's title
    const fr = createTranslator({ messages: await loadMessages('fr'), locale: 'fr', titles });
    expect(fr.text(title('Favourite colour'), node)).toBe('Favourite colour');
    expect(fr.text(title('E-Mail'), input('traits.email', 'email'))).toBe('E-mail');
  });

  it('keeps the one-text form of the map (the app passes the active language)', () => {
    const t = createTranslator({ messages: en, locale: 'fr', titles: { 'Favourite colour': 'Couleur préférée' } });
    expect(t.text(title('Favourite colour'), input('traits.favourite_colour'))).toBe('Couleur préférée');
  });
});
