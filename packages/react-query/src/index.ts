'use client';

export { OryProvider, useOryClient, useUrlPolicy } from './provider.tsx';
export { oryKeys, resourceOf, invalidatedBy, isMutation, type OryResource } from './keys.ts';
export {
  createMutationHook,
  createQueryHook,
  oryQueryOptions,
  type OryQueryOptions,
  type OryMutationHookOptions,
  type OryQueryHookOptions,
  type QueryInput,
} from './operations.ts';
export * from './generated/hooks.ts';
export { oryRetry, oryRetryLimit } from './retry.ts';
export { decideFlowAction, problemOf, refusedAddress, type FlowAction, type FlowOutcome, type FlowProblem } from './flows/transitions.ts';
export { useFlow, type FlowController, type FlowOperations, type FlowOptions } from './flows/use-flow.ts';
export { submitFlowId } from './flows/submit-target.ts';
export { preloadFlow, type PreloadableFlow, type PreloadFlowOptions } from './flows/preload.ts';
export {
  useLoginFlow,
  useRecoveryFlow,
  useRegistrationFlow,
  useSettingsFlow,
  useVerificationFlow,
  type LoginFlowOptions,
} from './flows/self-service.ts';
export { useLogoutFlow, type LogoutController, type LogoutFlowOptions } from './flows/logout.ts';
export {
  useOAuth2ConsentRequest,
  useOAuth2LoginRequest,
  useOAuth2LogoutRequest,
  type OAuth2RequestController,
  type OAuth2RequestOptions,
} from './flows/oauth2.ts';
