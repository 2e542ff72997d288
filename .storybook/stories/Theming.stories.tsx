import type { Meta, StoryObj } from '@storybook/react-vite';
import { Login, Settings } from '@orykit/react';
import { useState, type ReactNode } from 'react';
import { createPortal } from 'react-dom';
import type { FrameArgs } from '../kit.tsx';
import * as f from './fixtures.ts';

const meta = {
  title: 'Guides/Theming',
  parameters: {
    docs: {
      description: {
        component:
          'The default stylesheet (`@orykit/react/styles.css`) is optional and themed with CSS variables on `.ory-root`; ' +
          'dark follows `prefers-color-scheme` or the provider\'s `theme`. See the README\'s Theming section for every variable.',
      },
    },
  },
} satisfies Meta<FrameArgs>;
export default meta;
type Story = StoryObj<FrameArgs>;

const login = <Login flow={f.recorded.loginBrowser} onSubmit={f.onSubmit} hrefs={f.hrefs} />;

// A brand: the variables set per theme on the kit's roots inside `.brand` (one class more than the defaults).
const brand = `
.brand .ory-root { --ory-radius: 2px; --ory-radius-control: 2px; --ory-font: Georgia, 'Times New Roman', serif; --ory-card-padding: 2.5rem; }
.brand .ory-root[data-theme='light'] { --ory-primary: #0f766e; --ory-primary-hover: #115e59; --ory-focus: #0f766e; --ory-link: #0f5f59; --ory-bg: #f0fdfa; }
.brand .ory-root[data-theme='dark'] { --ory-primary: #5eead4; --ory-primary-hover: #99f6e4; --ory-primary-text: #042f2e; --ory-focus: #5eead4; --ory-link: #5eead4; }
`;

/** Brand colors, radius, font and spacing through the CSS variables; nothing else changes. */
export const CssVariables: Story = {
  render: () => (
    <div className="brand">
      <style>{brand}</style>
      {login}
    </div>
  ),
};

/** `theme="dark"` on the provider (or `data-theme="dark"` on any ancestor). */
export const Dark: Story = { args: { theme: 'dark' }, render: () => <Settings flow={f.settingsFlow} onSubmit={f.onSubmit} /> };

/** The direction slot: the kit lays out with logical properties, so `dir="rtl"` on the page mirrors it. */
export const RightToLeft: Story = { args: { dir: 'rtl' }, render: () => login };

/** A shadow root the stylesheet does not reach: the markup alone, as an app without `styles.css` gets it. */
function Unstyled({ children }: { children: ReactNode }) {
  const [root, setRoot] = useState<ShadowRoot | null>(null);
  return (
    <div ref={(el) => setRoot(el ? (el.shadowRoot ?? el.attachShadow({ mode: 'open' })) : null)}>{root && createPortal(children, root)}</div>
  );
}

/** Without the stylesheet: semantic HTML in a sensible order, still usable and accessible. */
export const WithoutStylesheet: Story = { render: () => <Unstyled>{login}</Unstyled> };
