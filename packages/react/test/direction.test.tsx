// The kit root's writing direction: from the provider's locale, overridable, inherited by nested
// providers, and absent (the page decides) when no locale is given.
import { render } from '@testing-library/react';
import { Login, OryComponentsProvider } from '../src/index.ts';
import * as f from './fixtures/flows.ts';

const login = <Login flow={f.loginFlow} onSubmit={async () => {}} />;
const rootDir = (container: HTMLElement) => container.querySelector('.ory-root')?.getAttribute('dir');

test('without a locale the kit sets no direction: the page decides', () => {
  expect(rootDir(render(login).container)).toBeNull();
  expect(rootDir(render(<OryComponentsProvider theme="dark">{login}</OryComponentsProvider>).container)).toBeNull();
});

test.each([
  ['ar', 'rtl'],
  ['he-IL', 'rtl'],
  ['fa', 'rtl'],
  ['en', 'ltr'],
  ['ja', 'ltr'],
])('locale %s gives dir=%s', (locale, dir) => {
  expect(rootDir(render(<OryComponentsProvider locale={locale}>{login}</OryComponentsProvider>).container)).toBe(dir);
});

test('the dir prop wins, and a nested provider without a locale inherits', () => {
  expect(rootDir(render(<OryComponentsProvider locale="ar" dir="ltr">{login}</OryComponentsProvider>).container)).toBe('ltr');
  const nested = render(
    <OryComponentsProvider locale="he">
      <OryComponentsProvider theme="light">{login}</OryComponentsProvider>
    </OryComponentsProvider>,
  );
  expect(rootDir(nested.container)).toBe('rtl');
});

test('the provider names the login identifier after the identity schema', () => {
  const schema = { properties: { traits: { properties: { username: { type: 'string', 'ory.sh/kratos': { credentials: { password: { identifier: true } } } } } } } };
  const { getByLabelText, unmount } = render(<OryComponentsProvider identitySchema={schema}>{login}</OryComponentsProvider>);
  expect(getByLabelText(/^Username/)).toHaveAttribute('name', 'identifier');
  unmount();
  const explicit = render(<OryComponentsProvider identifier={['email', 'phone']}>{login}</OryComponentsProvider>);
  expect(explicit.getByLabelText(/^Email or Phone number/)).toHaveAttribute('name', 'identifier');
  explicit.unmount();
  expect(render(login).getByLabelText(/^ID/)).toHaveAttribute('name', 'identifier');
});
