'use client';

// @orykit/react: components that render Ory Kratos and Hydra flows from their UI nodes.
//
// Controlled first: every flow component takes the flow, an `onSubmit(body)` and the request state.
// `<OryComponentsProvider>` supplies translation, overrides and the theme. Styles: `@orykit/react/styles.css`.

// ── flows ───────────────────────────────────────────────────────────────────────────────────────
// Each flow component is managed (runs its flow with the @orykit/react-query hooks) unless given a flow,
// a controller or callbacks; the `…View` components are the controlled views alone.
export {
  Consent,
  ErrorView,
  Login,
  Logout,
  managedFlow,
  OAuth2Login,
  OAuth2Logout,
  Recovery,
  Registration,
  Sessions,
  Settings,
  Verification,
} from './managed.tsx';
export type { ManagedProps } from './managed.tsx';
export { LoginView } from './flows/Login.tsx';
export type { LoginProps } from './flows/Login.tsx';
export { RegistrationView } from './flows/Registration.tsx';
export type { RegistrationProps } from './flows/Registration.tsx';
export { RecoveryView } from './flows/Recovery.tsx';
export type { RecoveryProps } from './flows/Recovery.tsx';
export { VerificationView } from './flows/Verification.tsx';
export type { VerificationProps } from './flows/Verification.tsx';
export { SettingsView } from './flows/Settings.tsx';
export type { SettingsProps } from './flows/Settings.tsx';
export { Consent as ConsentView, defaultIdTokenClaims } from './flows/Consent.tsx';
export type { ConsentGrant, ConsentProps } from './flows/Consent.tsx';
export { OAuth2Login as OAuth2LoginView } from './flows/OAuth2Login.tsx';
export type { OAuth2LoginProps } from './flows/OAuth2Login.tsx';
export { OAuth2Logout as OAuth2LogoutView } from './flows/OAuth2Logout.tsx';
export type { OAuth2LogoutProps } from './flows/OAuth2Logout.tsx';
export { Logout as LogoutView } from './flows/Logout.tsx';
export type { LogoutProps } from './flows/Logout.tsx';
export { ErrorView as ErrorCard } from './flows/ErrorView.tsx';
export type { ErrorViewProps } from './flows/ErrorView.tsx';
export { Sessions as SessionsView, describeUserAgent } from './flows/Sessions.tsx';
export type { SessionsProps } from './flows/Sessions.tsx';
export { FlowShell, OryRoot, resolveFlowProps } from './flows/shared.tsx';
export { ProblemAlert, type ProblemAlertProps } from './flows/problem.tsx';
export { presentProblem, type ProblemActionKind, type ProblemPresentation } from './flows/problem-text.ts';
export type { FlowShellProps, FlowViewProps, ResolvedFlowProps } from './flows/shared.tsx';

// ── the node renderer ───────────────────────────────────────────────────────────────────────────
export { Flow } from './form/StandaloneFlow.tsx';
export { FlowErrorBoundary, withFlowErrorBoundary } from './form/FlowErrorBoundary.tsx';
export type { FlowErrorBoundaryProps } from './form/FlowErrorBoundary.tsx';
export type { FlowProps } from './form/Flow.tsx';
export { Node } from './nodes/Node.tsx';
export type { NodeComponentProps } from './nodes/Node.tsx';
export { useFieldChecked, useFieldValue, useFormScope } from './form/scope.tsx';
export type { FormScope } from './form/scope.tsx';
export { buildBody, fieldSpecs, setPath } from './form/body.ts';
export type { BuildBodyOptions, FieldSpec } from './form/body.ts';
export { DEFAULT_GROUP_ORDER, orderNodes } from './form/order.ts';
export { normalizeNode, normalizeNodes, normalizeUi, KNOWN_GROUPS, KNOWN_INPUT_TYPES } from './model.ts';
export type { NormalizedNode, NormalizedUi, NodeAttrs, InputAttrs, ImageAttrs, AnchorAttrs, TextAttrs, ScriptAttrs, UnknownAttrs, MessageKind } from './model.ts';
export {
  WEBAUTHN_FUNCTIONS,
  callWebAuthn,
  isWebAuthnTrigger,
  parseWebAuthnOnclick,
  resolveWebAuthnTrigger,
} from './nodes/webauthn.ts';
export type { WebAuthnCallResult, WebAuthnFunction, WebAuthnParseResult, WebAuthnTrigger } from './nodes/webauthn.ts';
export { browserCredentials } from './nodes/webauthn/support.ts';
export { encodeCredential } from './nodes/webauthn/encode.ts';
export { runCeremony } from './nodes/webauthn/lazy.ts';
export type { CeremonyEnv, CredentialsApi, WebAuthnCeremonyResult, WebAuthnFailure } from './nodes/webauthn/ceremony.ts';
export { decodeWebAuthnOptions, webAuthnAction, webAuthnRequestOf } from './nodes/webauthn/options.ts';
export type { WebAuthnCeremony, WebAuthnOptionsResult, WebAuthnRequest } from './nodes/webauthn/options.ts';
export { decodeBase64Url, encodeBase64Url } from './nodes/webauthn/codec.ts';
export type { WebAuthnScriptMode } from './form/webauthn.ts';
export { ProviderLogo, knownProvider, providerDisplayName } from './nodes/providers.tsx';
export type { KnownProvider } from './nodes/providers.tsx';
export { autocompleteFor, humanizeName } from './nodes/helpers.ts';
export { safeUrl } from './util/url.ts';

// ── context, overrides, translation ────────────────────────────────────────────────────────────
export { OryComponentsProvider, makeTranslate, useComponents, useDirection, useOryContext, useTheme, useTranslate } from './context.tsx';
export type { OryComponentsContextValue, OryComponentsProviderProps, OryTheme, Translate } from './context.tsx';
export { defaultComponents } from './components.tsx';
export type {
  AlertAction,
  AlertProps,
  ConfirmDialogProps,
  AnchorProps,
  ButtonProps,
  ButtonVariant,
  CardProps,
  CheckboxProps,
  DividerProps,
  FieldProps,
  FormProps,
  GroupHeaderProps,
  MethodStateLabel,
  HiddenInputProps,
  ImageProps,
  LabelProps,
  LinksProps,
  LoadingProps,
  LookupSecretCode,
  LookupSecretsProps,
  MessageProps,
  MessagesProps,
  NodeProps,
  OidcButtonProps,
  OryComponents,
  ScriptProps,
  SectionProps,
  TextProps,
  TotpSecretProps,
  TranslatedMessage,
} from './components.tsx';
export { createTranslator, en, identifierKinds, loadMessages, locales, resolveLocale, textDirection } from './i18n/index.ts';
export type { IdentifierKind, KratosTexts, Messages, SchemaTitles, Translator, TranslatorOptions } from './i18n/index.ts';

// ── shared types ────────────────────────────────────────────────────────────────────────────────
export type { FlowBody, FlowControllerLike, FlowHrefs, FlowKind, FlowProblem, FlowStatus, NodeOrder, SubmitHandler } from './types.ts';
