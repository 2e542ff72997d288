// The self-service flow types: their operations and how a hook's options become the request. Free of
// React, so preloadFlow can use them before React loads.
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
  type FlowType,
} from '@orykit/client';
import type { FlowOperations } from './flow-query.ts';
import type { FlowOptions } from './use-flow.ts';

/**
 * One self-service flow type: its operations, and how its hook's options become the request. The hook and
 * `preloadFlow` both go through it, so they ask for the same flow.
 */
export interface SelfServiceFlowType<TOptions extends FlowOptions> {
  kind: FlowType;
  operations: FlowOperations;
  /** The options as `useFlow` takes them, and the creation input (`refresh`, `aal`, …). */
  request: (options: TOptions) => { options: FlowOptions; createInput: Record<string, unknown> };
}

const plain = (options: FlowOptions) => ({ options, createInput: {} });

const flowType = <TOptions extends FlowOptions = FlowOptions>(
  kind: FlowType,
  [createBrowser, createNative, fetch, submit]: unknown[],
  request: SelfServiceFlowType<TOptions>['request'] = plain,
): SelfServiceFlowType<TOptions> => ({ kind, operations: { createBrowser, createNative, fetch, submit } as FlowOperations, request });

export interface LoginFlowOptions extends FlowOptions {
  /** Sign in again although a session exists (for privileged settings). */
  refresh?: boolean;
  /** Ask for a second factor. */
  aal?: 'aal1' | 'aal2';
  /** Hydra's login challenge, when Kratos is Hydra's login provider (Kratos v0.11+). */
  loginChallenge?: string;
}

// Module-level, so each flow type is created once and only the ones a bundle uses pull their operations in.
export const loginFlowType = /* @__PURE__ */ flowType<LoginFlowOptions>(
  'login',
  [initializeSelfServiceLoginFlowForBrowsers, initializeSelfServiceLoginFlowWithoutBrowser, getSelfServiceLoginFlow, submitSelfServiceLoginFlow],
  ({ refresh, aal, loginChallenge, ...options }) => ({
    options: loginChallenge ? { ...options, createQuery: { ...options.createQuery, login_challenge: loginChallenge } } : options,
    createInput: { ...(refresh ? { refresh: true } : {}), ...(aal ? { aal } : {}) },
  }),
);
export const registrationFlowType = /* @__PURE__ */ flowType('registration', [initializeSelfServiceRegistrationFlowForBrowsers, initializeSelfServiceRegistrationFlowWithoutBrowser, getSelfServiceRegistrationFlow, submitSelfServiceRegistrationFlow]);
export const recoveryFlowType = /* @__PURE__ */ flowType('recovery', [initializeSelfServiceRecoveryFlowForBrowsers, initializeSelfServiceRecoveryFlowWithoutBrowser, getSelfServiceRecoveryFlow, submitSelfServiceRecoveryFlow]);
export const verificationFlowType = /* @__PURE__ */ flowType('verification', [initializeSelfServiceVerificationFlowForBrowsers, initializeSelfServiceVerificationFlowWithoutBrowser, getSelfServiceVerificationFlow, submitSelfServiceVerificationFlow]);
export const settingsFlowType = /* @__PURE__ */ flowType('settings', [initializeSelfServiceSettingsFlowForBrowsers, initializeSelfServiceSettingsFlowWithoutBrowser, getSelfServiceSettingsFlow, submitSelfServiceSettingsFlow]);


/** Every self-service flow type by name (for `preloadFlow`; the hooks import only their own). */
export const selfServiceFlowTypes = {
  login: loginFlowType,
  registration: registrationFlowType,
  recovery: recoveryFlowType,
  verification: verificationFlowType,
  settings: settingsFlowType,
};
