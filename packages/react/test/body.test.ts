import { buildBody, fieldSpecs, setPath } from '../src/form/body.ts';
import { normalizeNodes } from '../src/model.ts';
import { csrf, input } from './fixtures/nodes.ts';

const specsOf = (...nodes: unknown[]) => fieldSpecs(normalizeNodes(nodes));

describe('setPath', () => {
  test('nests dotted names', () => {
    const o: Record<string, unknown> = {};
    setPath(o, 'traits.email', 'a@b.c');
    setPath(o, 'traits.name.first', 'A');
    setPath(o, 'traits.name.last', 'B');
    setPath(o, 'method', 'password');
    expect(o).toEqual({ traits: { email: 'a@b.c', name: { first: 'A', last: 'B' } }, method: 'password' });
  });

  test('never writes to prototypes', () => {
    const o: Record<string, unknown> = {};
    setPath(o, '__proto__.polluted', 'yes');
    setPath(o, 'constructor.prototype.polluted', 'yes');
    setPath(o, 'a.__proto__.polluted', 'yes');
    setPath(o, '__proto__', 'yes');
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
    expect(Object.prototype).not.toHaveProperty('polluted');
  });

  test('a scalar already at a prefix is replaced by an object', () => {
    const o: Record<string, unknown> = { traits: 'x' };
    setPath(o, 'traits.email', 'e');
    expect(o).toEqual({ traits: { email: 'e' } });
  });
});

describe('buildBody', () => {
  const nodes = [
    csrf('tok'),
    input('default', 'identifier', 'text'),
    input('password', 'password', 'password'),
    input('password', 'method', 'submit', { value: 'password' }),
    input('totp', 'totp_code', 'text'),
    input('totp', 'method', 'submit', { value: 'totp' }),
    input('oidc', 'provider', 'submit', { value: 'google' }),
  ];
  const specs = specsOf(...nodes);

  test('the clicked button and the fields of its group (plus default) make the body', () => {
    const body = buildBody(
      [
        ['csrf_token', 'tok'],
        ['identifier', 'alice'],
        ['password', 'pw'],
        ['totp_code', ''],
        ['method', 'password'],
      ],
      specs,
      { submitterGroup: 'password', submitterName: 'method' },
    );
    expect(body).toEqual({ csrf_token: 'tok', identifier: 'alice', password: 'pw', method: 'password' });
  });

  test('an OIDC provider button sends only csrf, default fields and provider', () => {
    const body = buildBody(
      [
        ['csrf_token', 'tok'],
        ['identifier', 'typed'],
        ['password', 'secret'],
        ['provider', 'google'],
      ],
      specs,
      { submitterGroup: 'oidc', submitterName: 'provider' },
    );
    expect(body).toEqual({ csrf_token: 'tok', identifier: 'typed', provider: 'google' });
    expect(body).not.toHaveProperty('password');
  });

  test('without a submitter (form.submit() by webauthn.js) every field is sent, as natively', () => {
    const body = buildBody([['csrf_token', 'tok'], ['identifier', 'a'], ['password', 'p']], specs);
    expect(body).toEqual({ csrf_token: 'tok', identifier: 'a', password: 'p' });
  });

  test('checkboxes become booleans; unchecked ones false', () => {
    const s = specsOf(input('profile', 'traits.newsletter', 'checkbox'), input('profile', 'traits.tos', 'checkbox'));
    expect(buildBody([['traits.newsletter', 'true']], s)).toEqual({ traits: { newsletter: true, tos: false } });
  });

  test('submit buttons valued "true" become booleans (lookup_secret_reveal, totp_unlink); other values stay strings', () => {
    const s = specsOf(
      input('lookup_secret', 'lookup_secret_reveal', 'submit', { value: 'true' }),
      input('totp', 'totp_unlink', 'submit', { value: 'true' }),
      input('webauthn', 'webauthn_remove', 'submit', { value: '6d79' }),
      input('oidc', 'unlink', 'submit', { value: 'google' }),
    );
    expect(buildBody([['lookup_secret_reveal', 'true']], s, { submitterGroup: 'lookup_secret', submitterName: 'lookup_secret_reveal' })).toEqual({ lookup_secret_reveal: true });
    expect(buildBody([['totp_unlink', 'true']], s, { submitterGroup: 'totp', submitterName: 'totp_unlink' })).toEqual({ totp_unlink: true });
    expect(buildBody([['webauthn_remove', '6d79']], s, { submitterGroup: 'webauthn', submitterName: 'webauthn_remove' })).toEqual({ webauthn_remove: '6d79' });
    expect(buildBody([['unlink', 'google']], s, { submitterGroup: 'oidc', submitterName: 'unlink' })).toEqual({ unlink: 'google' });
  });

  test('numbers in traits become numbers; the recovery code stays a string (Kratos schema)', () => {
    const s = specsOf(input('profile', 'traits.age', 'number'), input('code', 'code', 'number'), input('profile', 'traits.size', 'number'));
    expect(buildBody([['traits.age', '42'], ['code', '012345'], ['traits.size', '']], s)).toEqual({ traits: { age: 42 }, code: '012345' });
  });

  test('empty optional text fields are left out unless the server had a value (cleared on purpose)', () => {
    const s = specsOf(input('profile', 'traits.website', 'url'), input('profile', 'traits.nick', 'text', { value: 'old' }));
    expect(buildBody([['traits.website', ''], ['traits.nick', '']], s)).toEqual({ traits: { nick: '' } });
  });

  test('unknown names pass through; files are ignored', () => {
    const file = typeof File === 'undefined' ? ({} as FormDataEntryValue) : new File(['x'], 'x.txt');
    expect(buildBody([['extra', 'v'], ['upload', file]], specs)).toEqual({ extra: 'v' });
  });
});
