// Issue 13, point 3: the OAuth2 cards name the person by email (not Hydra's subject UUID), keep required
// scopes granted, and answer Hydra's `skip` without asking.
import { render, screen, waitFor, within } from '@testing-library/react';
import { ConsentView, OAuth2LoginView } from '../src/index.ts';
import { consentRequest, identity, loginRequestFresh } from './fixtures/flows.ts';
import { person } from './helpers/person.ts';

describe('OAuth2 login: a person signed in to the app', () => {
  test('"Continue as" their email, not the identity id; continuing accepts with the id', async () => {
    const user = person();
    const onContinue = vi.fn().mockResolvedValue(undefined);
    render(<OAuth2LoginView request={loginRequestFresh} identity={identity} onContinue={onContinue} onCancel={vi.fn()} switchAccountHref="/logout?return_to=/oauth2/login" />);
    expect(document.body).not.toHaveTextContent(identity.id);
    expect(screen.getByText('Signed in as alice@example.com')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Use another account' })).toHaveAttribute('href', '/logout?return_to=/oauth2/login');
    await user.click(screen.getByRole('button', { name: 'Continue' }));
    expect(onContinue).toHaveBeenCalledWith(identity.id);
  });
});

describe('consent', () => {
  test('names the person by email; without an identity, by the subject', () => {
    const { rerender } = render(<ConsentView request={consentRequest} identity={identity} onAccept={vi.fn()} />);
    expect(screen.getByText('Signed in as alice@example.com')).toBeInTheDocument();
    expect(document.querySelector('.ory-card__subtitle')).not.toHaveTextContent(identity.id);
    // Someone else's identity is not shown for this subject.
    rerender(<ConsentView request={consentRequest} identity={{ ...identity, id: 'someone-else' }} onAccept={vi.fn()} />);
    expect(screen.getByText(`Signed in as ${identity.id}`)).toBeInTheDocument();
  });

  test('a required scope cannot be unticked, is marked "Required", and is always granted', async () => {
    const user = person();
    const onAccept = vi.fn().mockResolvedValue(undefined);
    render(<ConsentView request={consentRequest} identity={identity} onAccept={onAccept} requiredScopes={['openid']} />);
    const openid = screen.getByRole('checkbox', { name: /openid/ });
    expect(openid).toBeChecked();
    expect(openid).toBeDisabled();
    expect(openid).toHaveAccessibleDescription('Required');
    await user.click(openid);
    await user.click(screen.getByRole('checkbox', { name: /email/ }));
    await user.click(screen.getByRole('button', { name: 'Allow access' }));
    const grant = onAccept.mock.calls[0]![0] as { grant_scope: string[] };
    expect(grant.grant_scope).toContain('openid');
    expect(grant.grant_scope).not.toContain('email');
  });

  test('without JavaScript the required scope is still posted', () => {
    const { container } = render(<ConsentView request={consentRequest} requiredScopes={['openid']} action="/consent" />);
    const posted = new FormData(container.querySelector('form')!).getAll('grant_scope');
    expect(posted).toContain('openid');
  });

  test("Hydra's skip: the same scopes granted at once, without a form", async () => {
    const onAccept = vi.fn().mockResolvedValue(undefined);
    render(<ConsentView request={{ ...consentRequest, skip: true }} identity={identity} onAccept={onAccept} />);
    await waitFor(() => expect(onAccept).toHaveBeenCalledTimes(1));
    expect(onAccept.mock.calls[0]![0]).toMatchObject({ grant_scope: consentRequest.requested_scope, grant_access_token_audience: consentRequest.requested_access_token_audience });
    expect(screen.queryByRole('button', { name: 'Allow access' })).toBeNull();
    expect(within(document.body).queryByRole('checkbox')).toBeNull();
  });
});
