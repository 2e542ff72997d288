// The readers of Kratos and Hydra objects other than `ui` (flows/read.ts): wrong types become defaults.
import { addressVerified, detailsText, readSession, readSessions, records, strings } from '../src/flows/read.ts';
import { deep } from './fuzz/mutate.ts';

test('records and strings keep only what they claim', () => {
  expect(records([{ a: 1 }, null, 5, [], 'x'])).toEqual([{ a: 1 }]);
  expect(records({ 0: { a: 1 } })).toEqual([]);
  expect(strings(['openid', 5, '', null, 'openid', 'email'])).toEqual(['openid', 'email']);
  expect(strings('openid email')).toEqual([]);
});

test.each([
  ['null', null],
  ['a string', 'session'],
  ['no id', { active: true }],
  ['an object id', { id: { toString: 5 } }],
])('readSession: %s is not a session', (_name, v) => {
  expect(readSession(v)).toBeUndefined();
});

test('readSession reads a session with broken parts', () => {
  expect(readSession({ id: 's1', active: 'no', devices: 'x', authentication_methods: [null, { method: 'totp' }, { method: 'totp' }, { method: 5 }], expires_at: NaN })).toEqual({
    id: 's1',
    active: true,
    userAgent: undefined,
    ipAddress: undefined,
    location: undefined,
    authenticatedAt: undefined,
    expiresAt: undefined,
    methods: ['totp', '5'],
  });
  expect(readSession({ id: 's2', active: false })?.active).toBe(false);
});

test('readSessions drops non-sessions and repeats', () => {
  expect(readSessions([{ id: 'a' }, { id: 'a' }, null, { id: 'b' }]).map((s) => s.id)).toEqual(['a', 'b']);
  expect(readSessions({ id: 'a' })).toEqual([]);
});

test('addressVerified', () => {
  const identity = { verifiable_addresses: [null, { value: 'a@x.test', verified: true }, { value: 'b@x.test', verified: 'yes' }] };
  expect(addressVerified(identity, 'a@x.test')).toBe(true);
  expect(addressVerified(identity, 'b@x.test')).toBe(false);
  expect(addressVerified(identity, 'c@x.test')).toBeUndefined();
  expect(addressVerified({ verifiable_addresses: 'a@x.test' }, 'a@x.test')).toBeUndefined();
});

test('detailsText cuts depth and length instead of overflowing the stack', () => {
  expect(() => JSON.stringify(deep(20_000, 'object'))).toThrow(RangeError);
  const text = detailsText(deep(20_000, 'object'));
  expect(text).toContain('"…"');
  expect(detailsText({ n: NaN, big: 10n, s: 'x'.repeat(50_000) }).length).toBeLessThanOrEqual(20_001);
  expect(detailsText({ n: NaN, i: -Infinity })).toBe('{\n  "n": "NaN",\n  "i": "-Infinity"\n}');
  expect(JSON.parse(detailsText(JSON.parse('{"__proto__": {"polluted": 1}}')))).toEqual(JSON.parse('{"__proto__": {"polluted": 1}}'));
});
