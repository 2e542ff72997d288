import {
  getSelfServiceLoginFlow,
  getSelfServiceRecoveryFlow,
  getSelfServiceRegistrationFlow,
  getSelfServiceSettingsFlow,
  getSelfServiceVerificationFlow,
  initializeSelfServiceLoginFlowForBrowsers,
  initializeSelfServiceLoginFlowWithoutBrowser,
  initializeSelfServiceRecoveryFlowForBrowsers,
  initializeSelfServiceRecoveryFlowWithoutBrowser,
  initializeSelfServiceRegistrationFlowForBrowsers,
  initializeSelfServiceRegistrationFlowWithoutBrowser,
  initializeSelfServiceSettingsFlowForBrowsers,
  initializeSelfServiceSettingsFlowWithoutBrowser,
  initializeSelfServiceVerificationFlowForBrowsers,
  initializeSelfServiceVerificationFlowWithoutBrowser,
  submitSelfServiceLoginFlow,
  submitSelfServiceRecoveryFlow,
  submitSelfServiceRegistrationFlow,
  submitSelfServiceSettingsFlow,
  submitSelfServiceVerificationFlow,
  type LoginFlow,
  type RecoveryFlow,
  type RegistrationFlow,
  type SettingsFlow,
  type VerificationFlow,
} from '@orykit/client';
import { useFlow, type FlowController, type FlowOperations, type FlowOptions } from './use-flow.ts';

const ops = (createBrowser: unknown, createNative: unknown, fetch: unknown, submit: unknown) =>
  ({ createBrowser, createNative, fetch, submit }) as FlowOperations;

// Module-level, so each hook's operations are created once and only the hooks a bundle uses pull theirs in.
const login = /* @__PURE__ */ ops(initializeSelfServiceLoginFlowForBrowsers, initializeSelfServiceLoginFlowWithoutBrowser, getSelfServiceLoginFlow, submitSelfServiceLoginFlow);
const registration = /* @__PURE__ */ ops(initializeSelfServiceRegistrationFlowForBrowsers, initializeSelfServiceRegistrationFlowWithoutBrowser, getSelfServiceRegistrationFlow, submitSelfServiceRegistrationFlow);
const recovery = /* @__PURE__ */ ops(initializeSelfServiceRecoveryFlowForBrowsers, initializeSelfServiceRecoveryFlowWithoutBrowser, getSelfServiceRecoveryFlow, submitSelfServiceRecoveryFlow);
const verification = /* @__PURE__ */ ops(initializeSelfServiceVerificationFlowForBrowsers, initializeSelfServiceVerificationFlowWithoutBrowser, getSelfServiceVerificationFlow, submitSelfServiceVerificationFlow);
const settings = /* @__PURE__ */ ops(initializeSelfServiceSettingsFlowForBrowsers, initializeSelfServiceSettingsFlowWithoutBrowser, getSelfServiceSettingsFlow, submitSelfServiceSettingsFlow);

export interface LoginFlowOptions extends FlowOptions {
  /** Sign in again although a session exists (for privileged settings). */
  refresh?: boolean;
  /** Ask for a second factor. */
  aal?: 'aal1' | 'aal2';
  /** Hydra's login challenge, when Kratos is Hydra's login provider (Kratos v0.11+). */
  loginChallenge?: string;
}

/**
 * Runs a login flow.
 *
 * @example
 * const { flow, submit, problem } = useLoginFlow({ returnTo: '/' })
 */
export function useLoginFlow(options: LoginFlowOptions = {}): FlowController<LoginFlow> {
  const { refresh, aal, loginChallenge } = options;
  return useFlow<LoginFlow>(
    'login',
    login,
    loginChallenge ? { ...options, createQuery: { ...options.createQuery, login_challenge: loginChallenge } } : options,
    { ...(refresh ? { refresh: true } : {}), ...(aal ? { aal } : {}) },
  );
}

/**
 * Runs a registration flow.
 *
 * @example
 * const { flow, submit } = useRegistrationFlow({ returnTo: '/welcome' })
 */
export function useRegistrationFlow(options: FlowOptions = {}): FlowController<RegistrationFlow> {
  return useFlow<RegistrationFlow>('registration', registration, options, {});
}

/**
 * Runs an account recovery flow (by link or code).
 *
 * @example
 * const { flow, submit } = useRecoveryFlow()
 */
export function useRecoveryFlow(options: FlowOptions = {}): FlowController<RecoveryFlow> {
  return useFlow<RecoveryFlow>('recovery', recovery, options, {});
}

/**
 * Runs an address verification flow (by link or code).
 *
 * @example
 * const { flow, submit } = useVerificationFlow()
 */
export function useVerificationFlow(options: FlowOptions = {}): FlowController<VerificationFlow> {
  return useFlow<VerificationFlow>('verification', verification, options, {});
}

/**
 * Runs a settings flow. Without a session it sends the user to sign in and come back.
 *
 * @example
 * const { flow, submit, status } = useSettingsFlow()
 */
export function useSettingsFlow(options: FlowOptions = {}): FlowController<SettingsFlow> {
  return useFlow<SettingsFlow>('settings', settings, options, {});
}
