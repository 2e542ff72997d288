import type { components } from './generated/ory.ts';

type Schemas = components['schemas'];

/** Every schema of the Ory client spec, by its spec name. */
export type OrySchemas = Schemas;

// The names below are the ones Ory's docs use; each is the spec schema of the same meaning.
export type LoginFlow = Schemas['selfServiceLoginFlow'];
export type RegistrationFlow = Schemas['selfServiceRegistrationFlow'];
export type RecoveryFlow = Schemas['selfServiceRecoveryFlow'];
export type VerificationFlow = Schemas['selfServiceVerificationFlow'];
export type SettingsFlow = Schemas['selfServiceSettingsFlow'];
export type LogoutUrl = Schemas['selfServiceLogoutUrl'];
export type SelfServiceError = Schemas['selfServiceError'];
/** Any self-service flow: they share `id`, `ui`, `expires_at`, `return_to`. */
export type SelfServiceFlow = LoginFlow | RegistrationFlow | RecoveryFlow | VerificationFlow | SettingsFlow;
export type FlowType = 'login' | 'registration' | 'recovery' | 'verification' | 'settings';

export type UiContainer = Schemas['uiContainer'];
export type UiNode = Schemas['uiNode'];
export type UiNodeAttributes = Schemas['uiNodeAttributes'];
export type UiNodeInputAttributes = Schemas['uiNodeInputAttributes'];
export type UiNodeImageAttributes = Schemas['uiNodeImageAttributes'];
export type UiNodeAnchorAttributes = Schemas['uiNodeAnchorAttributes'];
export type UiNodeTextAttributes = Schemas['uiNodeTextAttributes'];
export type UiNodeScriptAttributes = Schemas['uiNodeScriptAttributes'];
export type UiText = Schemas['uiText'];
export type UiNodeGroup = UiNode['group'];

export type Session = Schemas['session'];
export type Identity = Schemas['identity'];
export type IdentitySchemaContainer = Schemas['identitySchemaContainer'];
export type CourierMessage = Schemas['message'];

export type OAuth2Client = Schemas['oAuth2Client'];
export type OAuth2LoginRequest = Schemas['oAuth2LoginRequest'];
export type OAuth2ConsentRequest = Schemas['oAuth2ConsentRequest'];
export type OAuth2LogoutRequest = Schemas['oAuth2LogoutRequest'];
export type OAuth2ConsentSession = Schemas['oAuth2ConsentSession'];
export type OAuth2RedirectTo = Schemas['successfulOAuth2RequestResponse'];
export type JsonWebKeySet = Schemas['jsonWebKeySet'];
export type Project = Schemas['project'];
