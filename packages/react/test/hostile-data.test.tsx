// The renderer throws the fuzzer found (issue 11, item 9), one test each, and the error boundary every
// public component sits behind.
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderToString } from 'react-dom/server';
import type { LoginFlow, SelfServiceError, Session } from '@orykit/client';
import { ConsentView, ErrorCard, Flow, FlowErrorBoundary, Login, OryComponentsProvider, Sessions, SessionsView, withFlowErrorBoundary } from '../src/index.ts';
import { de } from '../src/i18n/messages/de.ts';
import { deep } from './fuzz/mutate.ts';
import { consentRequest, currentSession, identity, loginFlow, otherSessions, selfServiceError } from './fixtures/flows.ts';

const SENTENCE = "We received a response we couldn't understand. Please reload the page.";

/** Collects console.error while `fn` runs (React logs caught errors and render loops there). */
function consoleErrors(fn: () => void): string[] {
  const logged: string[] = [];
  const spy = vi.spyOn(console, 'error').mockImplementation((...args: unknown[]) => {
    logged.push(args.map((a) => (a instanceof Error ? a.message : String(a))).join(' '));
  });
  try {
    fn();
  } finally {
    spy.mockRestore();
  }
  return logged;
}

describe('Sessions reads sessions it cannot trust', () => {
  const cases: Array<[string, unknown, unknown]> = [
    ['sessions: null', null, currentSession],
    ['sessions: an object', { id: 'x' }, currentSession],
    ['sessions: a number', 0, undefined],
    ['authentication_methods: null', [{ ...currentSession, authentication_methods: null }], undefined],
    ['authentication_methods: a string', [currentSession, { ...otherSessions[0], authentication_methods: 'password' }], currentSession],
    ['authentication_methods: [null, 5]', [currentSession, { ...otherSessions[0], authentication_methods: [null, 5, { method: 'totp' }] }], currentSession],
    ['devices: a string, id: an object', [currentSession, { ...otherSessions[0], devices: 'x' }, { ...otherSessions[1], id: { toString: 5 } }], currentSession],
  ];

  test.each(cases)('%s', (_name, sessions, current) => {
    const logged = consoleErrors(() => {
      render(<SessionsView sessions={sessions as Session[]} current={current as Session} onRevoke={vi.fn()} />);
    });
    expect(screen.getByRole('heading', { name: 'Active sessions' })).toBeInTheDocument();
    expect(screen.queryByText(SENTENCE)).not.toBeInTheDocument();
    expect(logged).toEqual([]);
  });

  test('a session listed twice is shown once, with its methods', () => {
    render(<SessionsView sessions={[currentSession, otherSessions[0] as Session, otherSessions[0] as Session]} current={currentSession} onRevoke={vi.fn()} />);
    expect(screen.getAllByRole('button', { name: 'Sign out this session' })).toHaveLength(1);
    expect(screen.getAllByText(/Signed in with: Password/).length).toBeGreaterThan(0);
  });

  test('on the server too', () => {
    expect(() => renderToString(<SessionsView sessions={null as never} current={{ ...currentSession, authentication_methods: null } as never} />)).not.toThrow();
  });
});

describe('Consent reads the identity it cannot trust', () => {
  test.each([['a string', 'x'], ['an object', { value: 'alice@example.com' }], ['[null]', [null]], ['true', true]])('verifiable_addresses: %s', (_name, addresses) => {
    render(<ConsentView request={consentRequest} identity={{ ...identity, verifiable_addresses: addresses } as never} onAccept={vi.fn()} />);
    expect(screen.getByRole('button', { name: 'Allow access' })).toBeInTheDocument();
    // The email claim is still previewed; whether it is verified is unknown, so it is left out.
    expect(screen.getByText('email')).toBeInTheDocument();
    expect(screen.queryByText('email_verified')).not.toBeInTheDocument();
  });

  test('requested scopes sent twice are offered once', () => {
    render(<ConsentView request={{ ...consentRequest, requested_scope: ['openid', 'openid', 'email'] }} identity={identity} onAccept={vi.fn()} />);
    expect(screen.getAllByRole('checkbox', { name: /openid/ })).toHaveLength(1);
  });
});

describe('ErrorView with details nested 5,000 deep', () => {
  const error = { ...selfServiceError, error: { ...(selfServiceError.error as object), details: deep(5000, 'object') } } as unknown as SelfServiceError;

  test('renders its message and cut details (JSON.stringify would overflow the stack)', () => {
    render(<ErrorCard error={error} />);
    expect(screen.getByText('Something went wrong on our side. Please try again in a moment.')).toBeInTheDocument();
    const details = screen.getByText(/"details": \{/);
    expect(details).toHaveTextContent('An internal server error occurred, please contact the system administrator');
    expect(details.textContent).toContain('"…"');
  });

  test('on the server too', () => {
    expect(renderToString(<ErrorCard error={error} />)).toContain('ory-error-view__details');
  });
});

describe('ui: NaN', () => {
  const flow = { ...loginFlow, ui: NaN } as unknown as LoginFlow;

  test('explains instead of re-rendering forever', () => {
    const logged = consoleErrors(() => {
      render(<Login flow={flow} onSubmit={vi.fn()} />);
    });
    expect(logged.filter((m) => m.includes('Too many re-renders'))).toEqual([]);
    expect(screen.getByRole('alert')).toHaveTextContent(SENTENCE);
    expect(screen.getByRole('button', { name: 'Reload page' })).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: 'Sign in' })).toBeInTheDocument();
  });

  test('on the server too', () => {
    expect(renderToString(<Login flow={flow} onSubmit={() => {}} />)).toContain("We received a response we couldn&#x27;t understand");
  });

  test('a good flow afterwards renders the form', () => {
    const { rerender } = render(<Flow ui={NaN as never} />);
    rerender(<Flow ui={loginFlow.ui} />);
    expect(screen.getByRole('button', { name: 'Sign in' })).toBeInTheDocument();
  });

  test('as a boundary key, NaN does not reset the boundary on every render', () => {
    const Boom = () => {
      throw new Error('boom');
    };
    const logged = consoleErrors(() => {
      render(
        <FlowErrorBoundary resetKey={NaN}>
          <Boom />
        </FlowErrorBoundary>,
      );
    });
    expect(logged.filter((m) => m.includes('Too many re-renders'))).toEqual([]);
    expect(screen.getByRole('alert')).toHaveTextContent(SENTENCE);
  });
});

describe('every public component is behind an error boundary', () => {
  // A broken override stands for any render error the readers do not prevent.
  const Boom = () => {
    throw new Error('override broke');
  };

  test('Sessions: a card with the sentence and "Try again", which calls onRetry and renders again', async () => {
    const onRetry = vi.fn();
    let broken = true;
    const Button = (p: { children?: React.ReactNode }) => {
      if (broken) throw new Error('override broke');
      return <button type="button">{p.children}</button>;
    };
    consoleErrors(() => {
      render(
        <OryComponentsProvider components={{ Button }}>
          <Sessions sessions={[currentSession, ...otherSessions]} current={currentSession} onRevoke={vi.fn()} onRetry={onRetry} />
        </OryComponentsProvider>,
      );
    });
    const alert = screen.getByRole('alert');
    expect(alert).toHaveTextContent(SENTENCE);
    expect(screen.getByRole('heading', { name: 'Something went wrong' })).toBeInTheDocument();
    broken = false;
    await userEvent.click(within(alert).getByRole('button', { name: 'Try again' }));
    expect(onRetry).toHaveBeenCalledTimes(1);
    expect(screen.getByRole('heading', { name: 'Active sessions' })).toBeInTheDocument();
    expect(screen.queryByText(SENTENCE)).not.toBeInTheDocument();
  });

  test('without a retry, the action is "Reload page"', () => {
    consoleErrors(() => {
      render(
        <OryComponentsProvider components={{ Card: Boom }}>
          <ConsentView request={consentRequest} />
        </OryComponentsProvider>,
      );
    });
    expect(screen.getByRole('alert')).toHaveTextContent(SENTENCE);
    expect(screen.getByRole('button', { name: 'Reload page' })).toBeInTheDocument();
  });

  test('the sentence is translated', () => {
    consoleErrors(() => {
      render(
        <OryComponentsProvider locale="de" messages={de} components={{ Card: Boom }}>
          <ErrorCard error={selfServiceError} onRetry={vi.fn()} />
        </OryComponentsProvider>,
      );
    });
    expect(screen.getByRole('alert')).toHaveTextContent(de['ui.error.malformed_flow'] as string);
    expect(screen.getByRole('button', { name: de['ui.retry'] as string })).toBeInTheDocument();
  });

  test('withFlowErrorBoundary wraps an app component the same way', () => {
    const Mine = withFlowErrorBoundary(function Mine(_: { onRetry: () => void }) {
      throw new Error('mine broke');
    });
    consoleErrors(() => {
      render(<Mine onRetry={vi.fn()} />);
    });
    expect(screen.getByRole('alert')).toHaveTextContent(SENTENCE);
    expect(screen.getByRole('button', { name: 'Try again' })).toBeInTheDocument();
  });
});
