// Issue 13, point 6: a verification link completes by itself, and a signed-in person's address is filled in.
import { render, screen, waitFor } from '@testing-library/react';
import type { VerificationFlow } from '@orykit/client';
import { Verification } from '../src/index.ts';
import { verificationChooseMethod, verificationSentEmail } from './fixtures/flows.ts';
import { person } from './helpers/person.ts';

/** What Kratos shows after the link in the email was opened: the `code` field holds the code. */
function fromLink(code: string): VerificationFlow {
  return {
    ...verificationSentEmail,
    ui: {
      ...verificationSentEmail.ui,
      nodes: verificationSentEmail.ui.nodes.map((n) =>
        'name' in n.attributes && n.attributes.name === 'code' && n.attributes.type !== 'hidden' ? { ...n, attributes: { ...n.attributes, value: code } } : n,
      ),
    },
  };
}

test('opened from the link: sent once by itself with the code and method, no button pressed', async () => {
  const onSubmit = vi.fn(() => new Promise<void>(() => {}));
  render(<Verification flow={fromLink('482913')} onSubmit={onSubmit} />);
  await waitFor(() => expect(onSubmit).toHaveBeenCalledTimes(1));
  expect(onSubmit).toHaveBeenCalledWith(expect.objectContaining({ code: '482913', method: 'code' }));
  expect(onSubmit.mock.calls[0]).not.toContainEqual(expect.objectContaining({ email: expect.anything() }));
});

test('a code the person types is not sent until they press the button', async () => {
  const user = person();
  const onSubmit = vi.fn().mockResolvedValue(undefined);
  render(<Verification flow={verificationSentEmail} onSubmit={onSubmit} />);
  await user.type(screen.getByRole('textbox', { name: /code/i }), '123456');
  expect(onSubmit).not.toHaveBeenCalled();
});

test("a signed-in person's address fills the empty email field", () => {
  render(<Verification flow={verificationChooseMethod} onSubmit={vi.fn()} address="ada@example.com" />);
  expect(screen.getByRole('textbox', { name: /email/i })).toHaveValue('ada@example.com');
});
