import { describe, expect, it } from 'vitest';
import { CookieStore } from '../src/adapter/cookie-store.ts';
import { manualClock } from '../src/index.ts';

// The adapter's jar judges expiry by the emulator's clock, so a test that moves that clock (or runs on
// any calendar date) sees cookies live and die exactly when the emulator says.

const url = new URL('http://127.0.0.1:4433/sessions/whoami');
const DAY = 24 * 60 * 60 * 1000;

describe('CookieStore', () => {
  it('keeps a cookie stamped by a clock far from the real time', () => {
    for (const offset of [-400 * DAY, 400 * DAY]) {
      const clock = manualClock(Date.now() + offset);
      const store = new CookieStore(clock);
      const expires = new Date(clock.now() + DAY).toUTCString();
      store.store(url, [`ory_kratos_session=s1; Path=/; Expires=${expires}; HttpOnly`]);
      expect(store.header(url)).toBe('ory_kratos_session=s1');
    }
  });

  it('drops a cookie once the emulator clock passes its Expires or Max-Age', () => {
    const clock = manualClock();
    const store = new CookieStore(clock);
    store.store(url, [`a=1; Expires=${new Date(clock.now() + 60_000).toUTCString()}`, 'b=2; Max-Age=120', 'c=3']);
    expect(store.header(url)).toBe('a=1; b=2; c=3');
    clock.advance(61_000);
    expect(store.header(url)).toBe('b=2; c=3');
    clock.advance(60_000);
    expect(store.header(url)).toBe('c=3');
  });

  it('deletes a cookie that the server expires', () => {
    const clock = manualClock();
    const store = new CookieStore(clock);
    store.store(url, ['a=1', 'b=2']);
    store.store(url, ['a=; Max-Age=0', `b=; Expires=${new Date(clock.now() - 1000).toUTCString()}`]);
    expect(store.header(url)).toBe('');
  });
});
