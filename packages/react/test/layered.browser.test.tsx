// Real Chromium with the layered entry (`styles.layered.css`): the kit's styles apply, inside `@layer orykit`,
// so any unlayered rule of the app wins over them without extra specificity.
import '../src/theme/styles.layered.css';
import { render } from '@testing-library/react';
import { Login } from '../src/index.ts';
import * as f from './fixtures/flows.ts';
import { addStyle } from './helpers/style.ts';

test('styles live in the orykit layer: an unlayered app rule wins', async () => {
  // Added before the render: a rule added later would start the button's background transition.
  const style = addStyle('.ory-button { background: rgb(1, 2, 3); }');
  const { container } = render(<Login flow={f.loginFlow} />);
  expect(getComputedStyle(container.querySelector('.ory-card') as HTMLElement).borderTopStyle).toBe('solid');
  expect(getComputedStyle(container.querySelector('.ory-button--primary') as HTMLElement).backgroundColor).toBe('rgb(1, 2, 3)');
  style.remove();
});
