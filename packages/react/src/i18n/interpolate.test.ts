import { describe, expect, it } from 'vitest';
import { interpolate, placeholders, relativeTime } from './interpolate.ts';

const now = new Date('2023-01-14T12:00:00Z');

describe('interpolate', () => {
  it('fills {name} from vars and leaves other text alone', () => {
    expect(interpolate('Sign in with {provider}', { provider: 'github' })).toBe('Sign in with github');
    expect(interpolate('{a} and {a}, {b}', { a: 1, b: true })).toBe('1 and 1, true');
    expect(interpolate('no placeholders { here } {0} {a-b}', {})).toBe('no placeholders { here } {0} {a-b}');
    expect(interpolate('{user.name}', { user: { name: 'Ada' } })).toBe('Ada');
  });

  it('keeps a placeholder it cannot fill, or throws in strict mode', () => {
    expect(interpolate('Hi {name}', {})).toBe('Hi {name}');
    expect(interpolate('Hi {name}', { name: { first: 'Ada' } })).toBe('Hi {name}');
    expect(interpolate('Hi {name, weird}', { name: 'Ada' })).toBe('Hi {name, weird}');
    expect(() => interpolate('Hi {name}', {}, { strict: true })).toThrow();
    expect(() => interpolate('{at, relative}', { at: 'soon' }, { strict: true })).toThrow();
    expect(() => interpolate('{n, number}', { n: 'abc' }, { strict: true })).toThrow();
    expect(() => interpolate('{toString}', {}, { strict: true })).toThrow();
  });

  it('formats numbers, dates and times per locale', () => {
    expect(interpolate('{n, number}', { n: 1234.5 }, { locale: 'de' })).toBe('1.234,5');
    expect(interpolate('{n, number}', { n: 1234.5 }, { locale: 'en' })).toBe('1,234.5');
    const at = { at: '2023-01-10T08:00:00Z' };
    expect(interpolate('{at, date}', at, { locale: 'en', timeZone: 'UTC' })).toBe('Jan 10, 2023');
    expect(interpolate('{at, time}', at, { locale: 'de', timeZone: 'UTC' })).toBe('08:00');
    expect(interpolate('{at, datetime}', at, { locale: 'fr', timeZone: 'UTC' })).toBe('10 janv. 2023, 08:00');
    expect(interpolate('{at, datetime}', { at: new Date('2023-01-10T08:00:00Z') }, { locale: 'en', timeZone: 'UTC' })).toBe('Jan 10, 2023, 8:00 AM');
  });

  it('computes relative times and minutes from RFC 3339 against now', () => {
    const past = { at: '2023-01-14T11:55:00Z' };
    const future = { at: '2023-01-14T12:15:00+00:00' };
    expect(interpolate('expired {at, relative}', past, { now })).toBe('expired 5 minutes ago');
    expect(interpolate('ends {at, relative}', future, { now })).toBe('ends in 15 minutes');
    expect(interpolate('{at, minutes} minutes', past, { now })).toBe('5 minutes');
    expect(interpolate('{at, relative}', past, { now, locale: 'de' })).toBe('vor 5 Minuten');
    expect(interpolate('{at, relative}', { at: '2023-01-14T11:59:58.6Z' }, { now })).toBe('1 second ago');
    expect(interpolate('{at, relative}', { at: now.getTime() - 3 * 3600_000 }, { now })).toBe('3 hours ago');
  });

  it('relativeTime picks the unit', () => {
    expect(relativeTime(-30_000, 'en')).toBe('30 seconds ago');
    expect(relativeTime(-60_000, 'en')).toBe('1 minute ago');
    expect(relativeTime(-59 * 60_000, 'en')).toBe('59 minutes ago');
    expect(relativeTime(2 * 86_400_000, 'en')).toBe('in 2 days');
    expect(relativeTime(-100, 'en')).toBe('0 seconds ago');
  });
});

describe('placeholders', () => {
  it('lists names and formats, sorted and unique', () => {
    expect(placeholders('{b} {a, relative} {b} {c,number}')).toEqual(['a, relative', 'b', 'c, number']);
    expect(placeholders('none')).toEqual([]);
  });
});
