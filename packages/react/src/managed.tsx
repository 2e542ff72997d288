// Managed mode: each component runs its own flow with the @orykit/react-query hooks when it is not given
// one. The views stay controlled and know nothing of the hooks.
import type { OAuth2ConsentRequest, SelfServiceError } from '@orykit/client';
import {
  useGetSelfServiceError,
  useListSessions,
  useLoginFlow,
  useLogoutFlow,
  useOAuth2ConsentRequest,
  useOAuth2LoginRequest,
  problemOf,
  useOAuth2LogoutRequest,
  useRecoveryFlow,
  useRegistrationFlow,
  useRevokeSession,
  useRevokeSessions,
  useSettingsFlow,
  useToSession,
  useVerificationFlow,
  type FlowController,
  type FlowOptions,
  type LoginFlowOptions,
  type LogoutFlowOptions,
  type OAuth2RequestOptions,
} from '@orykit/react-query';
import type { ComponentType } from 'react';
import { Consent as ConsentView, type ConsentProps } from './flows/Consent.tsx';
import { ErrorView as ErrorCard, type ErrorViewProps } from './flows/ErrorView.tsx';
import { withFlowErrorBoundary } from './form/FlowErrorBoundary.tsx';
import { LoginView, type LoginProps } from './flows/Login.tsx';
import { Logout as LogoutView, type LogoutProps } from './flows/Logout.tsx';
import { OAuth2Login as OAuth2LoginView, type OAuth2LoginProps } from './flows/OAuth2Login.tsx';
import { OAuth2Logout as OAuth2LogoutView, type OAuth2LogoutProps } from './flows/OAuth2Logout.tsx';
import { RecoveryView, type RecoveryProps } from './flows/Recovery.tsx';
import { RegistrationView, type RegistrationProps } from './flows/Registration.tsx';
import { SettingsView, type SettingsProps } from './flows/Settings.tsx';
import { Sessions as SessionsView, type SessionsProps } from './flows/Sessions.tsx';
import { VerificationView, type VerificationProps } from './flows/Verification.tsx';
import type { FlowProblem } from './types.ts';

/** The props of a flow component: the view's props, plus the flow hook's options for managed mode. */
export type ManagedProps<TProps, TOptions> = TProps & {
  /** Managed mode (no `flow`, no `controller`): options of the flow hook (`returnTo`, `navigate`, …). */
  options?: TOptions;
};

/** Controlled when any of these props is given at all, even as `undefined` (a flow still loading). */
const given = (props: object, keys: readonly string[]) => keys.some((key) => key in props);

/**
 * Makes a flow component from a controlled view and its flow hook: given `flow`, `controller`,
 * `onSubmit`, `status` or `problem` it renders the view as is; given none it runs the flow itself.
 */
/* @__NO_SIDE_EFFECTS__ */
export function managedFlow<TFlow, TProps extends { flow?: TFlow | undefined; controller?: unknown }, TOptions>(
  View: ComponentType<TProps>,
  useController: (options: TOptions) => FlowController<TFlow>,
  name: string,
) {
  function Managed(props: ManagedProps<TProps, TOptions>) {
    const { options, ...rest } = props;
    const controller = useController((options ?? {}) as TOptions);
    return <View {...(rest as unknown as TProps)} controller={controller} />;
  }
  function FlowComponent(props: ManagedProps<TProps, TOptions>) {
    if (given(props, ['flow', 'controller', 'onSubmit', 'status', 'problem'])) {
      const { options: _options, ...rest } = props;
      return <View {...(rest as unknown as TProps)} />;
    }
    return <Managed {...props} />;
  }
  FlowComponent.displayName = name;
  return withFlowErrorBoundary(FlowComponent);
}

/**
 * Sign in. Managed: `<Login options={{ returnTo: '/' }} />` inside `<OryProvider>`; controlled: `<Login flow={flow} onSubmit={…} />`.
 *
 * @example
 * <Login hrefs={{ registration: '/registration', recovery: '/recovery' }} options={{ returnTo: '/' }} />
 */
export const Login = managedFlow<unknown, LoginProps, LoginFlowOptions>(LoginView, useLoginFlow as never, 'Login');
/**
 * Sign up. @example <Registration hrefs={{ login: '/login' }} />
 */
export const Registration = managedFlow<unknown, RegistrationProps, FlowOptions>(RegistrationView, useRegistrationFlow as never, 'Registration');
/**
 * Account recovery by code or link. @example <Recovery hrefs={{ login: '/login' }} />
 */
export const Recovery = managedFlow<unknown, RecoveryProps, FlowOptions>(RecoveryView, useRecoveryFlow as never, 'Recovery');
/**
 * Address verification. @example <Verification />
 */
export const Verification = managedFlow<unknown, VerificationProps, FlowOptions>(VerificationView, useVerificationFlow as never, 'Verification');
/**
 * Account settings, one section per method. @example <Settings />
 */
export const Settings = managedFlow<unknown, SettingsProps, FlowOptions>(SettingsView, useSettingsFlow as never, 'Settings');

// The one mapping from a failed request to what the person sees lives in the state machine's module.
const problemFor = (error: unknown): FlowProblem | undefined => (error ? problemOf(error) : undefined);

type ChallengeProps = { challenge?: string | undefined; options?: OAuth2RequestOptions };

/**
 * Hydra's consent screen. Managed: `<Consent challenge={consentChallenge} />` (reads Hydra's admin API:
 * server-rendered pages or a backend proxy only).
 *
 * @example
 * <Consent challenge={new URLSearchParams(location.search).get('consent_challenge') ?? undefined} />
 */
export const Consent = /* @__PURE__ */ withFlowErrorBoundary(function Consent(props: Omit<ConsentProps, 'request'> & { request?: OAuth2ConsentRequest | undefined } & ChallengeProps) {
  const { challenge, options, ...rest } = props;
  if (challenge === undefined) return <ConsentView {...rest} request={props.request} />;
  return <ManagedConsent {...rest} challenge={challenge} options={options ?? {}} />;
});

function ManagedConsent({ challenge, options, ...rest }: Omit<ConsentProps, 'request'> & { challenge: string; options: OAuth2RequestOptions }) {
  const hydra = useOAuth2ConsentRequest(challenge, options);
  const session = useToSession(undefined, { retry: false });
  return (
    <ConsentView
      {...rest}
      identity={rest.identity ?? (session.data?.identity?.id === hydra.request?.subject ? session.data?.identity : undefined)}
      request={hydra.request}
      status={hydra.status === 'error' ? 'ready' : hydra.status}
      problem={problemFor(hydra.error)}
      onAccept={(grant) => hydra.accept(grant)}
      onReject={() => hydra.reject({ error: 'access_denied', error_description: 'The resource owner denied the request' })}
    />
  );
}

/**
 * Hydra's login request card (continue as the remembered subject, or cancel). @example <OAuth2Login challenge={c} />
 */
export const OAuth2Login = /* @__PURE__ */ withFlowErrorBoundary(function OAuth2Login(props: Omit<OAuth2LoginProps, 'request'> & { request?: OAuth2LoginProps['request'] } & ChallengeProps) {
  const { challenge, options, ...rest } = props;
  if (challenge === undefined) return <OAuth2LoginView {...rest} request={props.request} />;
  return <ManagedOAuth2Login {...rest} challenge={challenge} options={options ?? {}} />;
});

function ManagedOAuth2Login({ challenge, options, ...rest }: Omit<OAuth2LoginProps, 'request'> & { challenge: string; options: OAuth2RequestOptions }) {
  const hydra = useOAuth2LoginRequest(challenge, options);
  // The person signed in to the app, shown by email instead of Hydra's subject id.
  const session = useToSession(undefined, { retry: false });
  return (
    <OAuth2LoginView
      {...rest}
      request={hydra.request}
      status={hydra.status === 'error' ? 'ready' : hydra.status}
      problem={problemFor(hydra.error)}
      identity={rest.identity ?? session.data?.identity}
      onContinue={(subject) => hydra.accept({ subject, remember: true })}
      onCancel={() => hydra.reject({ error: 'access_denied', error_description: 'The resource owner cancelled the login' })}
    />
  );
}

/**
 * Hydra's logout request card. @example <OAuth2Logout challenge={c} />
 */
export const OAuth2Logout = /* @__PURE__ */ withFlowErrorBoundary(function OAuth2Logout(props: Omit<OAuth2LogoutProps, 'request'> & { request?: OAuth2LogoutProps['request'] } & ChallengeProps) {
  const { challenge, options, ...rest } = props;
  if (challenge === undefined) return <OAuth2LogoutView {...rest} request={props.request} />;
  return <ManagedOAuth2Logout {...rest} challenge={challenge} options={options ?? {}} />;
});

const stay = () => {};

function ManagedOAuth2Logout({ challenge, options, ...rest }: Omit<OAuth2LogoutProps, 'request'> & { challenge: string; options: OAuth2RequestOptions }) {
  const hydra = useOAuth2LogoutRequest(challenge, options);
  // Signing out of the app too: the Kratos session ends first, then Hydra sends the browser on.
  const kratos = useLogoutFlow({ navigate: stay });
  return (
    <OAuth2LogoutView
      {...rest}
      request={hydra.request}
      status={hydra.status === 'error' ? 'ready' : hydra.status}
      problem={problemFor(hydra.error)}
      onAccept={async () => {
        if (kratos.status === 'ready') await kratos.logout();
        await hydra.accept(undefined);
      }}
      onReject={() => hydra.reject({ error: 'access_denied', error_description: 'The user stayed signed in' })}
    />
  );
}

/**
 * Kratos logout: confirm, then end the session. Managed unless `onConfirm` is given.
 *
 * @example
 * <Logout options={{ returnTo: '/login' }} />
 */
export const Logout = /* @__PURE__ */ withFlowErrorBoundary(function Logout(props: LogoutProps & { options?: LogoutFlowOptions }) {
  const { options, ...rest } = props;
  if (given(rest, ['logoutUrl', 'onConfirm', 'state'])) return <LogoutView {...rest} />;
  return <ManagedLogout {...rest} options={options ?? {}} />;
});

function ManagedLogout({ options, ...rest }: LogoutProps & { options: LogoutFlowOptions }) {
  const logout = useLogoutFlow(options);
  return (
    <LogoutView
      {...rest}
      logoutUrl={logout.logoutUrl}
      state={logout.status === 'submitting' ? 'logging_out' : logout.status === 'done' || logout.status === 'signed-out' ? 'done' : 'confirm'}
      problem={logout.problem}
      onConfirm={logout.logout}
    />
  );
}

/**
 * The signed-in person's sessions, with revoke. Managed unless `sessions` is given.
 *
 * @example
 * <Sessions />
 */
export const Sessions = /* @__PURE__ */ withFlowErrorBoundary(function Sessions(props: Omit<SessionsProps, 'sessions'> & { sessions?: SessionsProps['sessions'] }) {
  if (given(props, ['sessions', 'onRevoke'])) return <SessionsView {...props} sessions={props.sessions} />;
  return <ManagedSessions {...props} />;
});

function ManagedSessions(props: Omit<SessionsProps, 'sessions'>) {
  const current = useToSession();
  const others = useListSessions();
  const revoke = useRevokeSession();
  const revokeOthers = useRevokeSessions();
  const failure = current.error ?? others.error ?? revoke.error ?? revokeOthers.error;
  return (
    <SessionsView
      {...props}
      current={current.data}
      sessions={current.data && others.data ? [current.data, ...others.data] : undefined}
      status={current.isPending || others.isPending ? 'loading' : revoke.isPending || revokeOthers.isPending ? 'submitting' : 'ready'}
      problem={problemFor(failure)}
      onRetry={() => {
        void current.refetch();
        void others.refetch();
      }}
      onRevoke={(id) => revoke.mutateAsync({ id }).then(() => undefined)}
      onRevokeOthers={() => revokeOthers.mutateAsync().then(() => undefined)}
    />
  );
}

/**
 * A self-service error page. Managed: `<ErrorView id={errorId} />` fetches it.
 *
 * @example
 * <ErrorView id={new URLSearchParams(location.search).get('id') ?? undefined} hrefs={{ login: '/login' }} />
 */
export const ErrorView = /* @__PURE__ */ withFlowErrorBoundary(function ErrorView(props: Omit<ErrorViewProps, 'error'> & { error?: SelfServiceError | undefined; id?: string | undefined }) {
  const { id, ...rest } = props;
  if (id === undefined) return <ErrorCard {...rest} error={props.error} />;
  return <ManagedErrorView {...rest} id={id} />;
});

function ManagedErrorView({ id, ...rest }: Omit<ErrorViewProps, 'error'> & { id: string }) {
  const query = useGetSelfServiceError({ id });
  return (
    <ErrorCard
      {...rest}
      error={query.data}
      status={query.isPending ? 'loading' : 'ready'}
      problem={problemFor(query.error)}
      onRetry={() => void query.refetch()}
    />
  );
}
