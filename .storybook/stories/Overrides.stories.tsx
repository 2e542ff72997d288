import type { Meta, StoryObj } from '@storybook/react-vite';
import { Login, OryComponentsProvider, type ButtonProps, type OryComponents } from '@orykit/react';
import type { FrameArgs } from '../kit.tsx';
import * as f from './fixtures.ts';

const meta = {
  title: 'Guides/Overrides',
  parameters: {
    docs: {
      description: {
        component:
          'Any visual slot can be replaced through the provider\'s typed `components` prop; unset slots keep the defaults. ' +
          'Keep `data-ory-group` on buttons (it tells the form which method a field belongs to).',
      },
    },
  },
} satisfies Meta<FrameArgs>;
export default meta;
type Story = StoryObj<FrameArgs>;

const pill = `
.pill { display: inline-flex; align-items: center; justify-content: center; gap: .5rem; width: 100%; min-height: 2.75rem;
  border-radius: 999px; border: 2px solid var(--ory-text); background: var(--ory-card-bg); color: var(--ory-text);
  font: inherit; font-weight: 700; letter-spacing: .04em; text-transform: uppercase; cursor: pointer; }
.pill--primary { background: var(--ory-text); color: var(--ory-card-bg); }
.pill:focus-visible { outline: 2px solid var(--ory-focus); outline-offset: 2px; }
`;

/** The app's own button: every prop typed (`ButtonProps`), the kit's behaviour (busy, blocked, group) kept. */
function PillButton({ children, variant, busy, blocked, group, node: _node, describedBy, icon, className: _className, ...rest }: ButtonProps) {
  return (
    <button
      {...rest}
      className={variant === 'primary' ? 'pill pill--primary' : 'pill'}
      aria-describedby={describedBy}
      aria-busy={busy || undefined}
      aria-disabled={blocked || undefined}
      data-ory-group={group}
    >
      {icon}
      {children}
    </button>
  );
}

const components: Partial<OryComponents> = { Button: PillButton };

export const CustomButton: Story = {
  render: () => (
    <>
      <style>{pill}</style>
      <OryComponentsProvider components={components}>
        <Login flow={f.loginWebAuthnTrigger} onSubmit={f.onSubmit} hrefs={f.hrefs} />
      </OryComponentsProvider>
    </>
  ),
};
