// A broken OAuth2 link: a challenge Hydra does not know (mistyped, expired, already used) or none at all.
// The person reads a sentence and has something to press, never "Loading…" forever or a status code.
import { describe, expect, it } from 'vitest';
import { useHarness } from '../harness.ts';

describe('OAuth2 pages with a bad challenge', () => {
  const h = useHarness();

  it.each([
    ['/oauth2/login?login_challenge=not-a-challenge'],
    ['/oauth2/consent?consent_challenge=not-a-challenge'],
    ['/oauth2/logout?logout_challenge=not-a-challenge'],
    ['/oauth2/login'],
  ])('%s says what happened in words and offers a way on', async (path) => {
    const { page } = await h.newPerson();
    await page.goto(path);
    const alert = page.getByRole('main').getByRole('alert').first();
    await alert.waitFor();
    const headline = (await alert.innerText()).split('\n')[0] ?? '';
    expect(headline).not.toMatch(/\b(GET|PUT|POST)\b|\b[45]\d\d\b|_challenge|Loading/);
    expect(headline.length).toBeGreaterThan(10);
    await expect.poll(() => page.getByRole('main').getByRole('heading', { name: 'Loading…' }).count()).toBe(0);
    expect(await page.getByRole('main').getByRole('button').or(page.getByRole('main').getByRole('link')).count()).toBeGreaterThan(0);
  });
});
