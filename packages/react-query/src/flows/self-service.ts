import type { LoginFlow, RecoveryFlow, RegistrationFlow, SelfServiceFlow, SettingsFlow, VerificationFlow } from '@orykit/client';
import {
  loginFlowType,
  recoveryFlowType,
  registrationFlowType,
  settingsFlowType,
  verificationFlowType,
  type LoginFlowOptions,
  type SelfServiceFlowType,
} from './flow-types.ts';
import { useFlow, type FlowController, type FlowOptions } from './use-flow.ts';

export type { LoginFlowOptions } from './flow-types.ts';

const useSelfServiceFlow = <TFlow extends SelfServiceFlow, TOptions extends FlowOptions>(type: SelfServiceFlowType<TOptions>, options: TOptions) => {
  const { options: flowOptions, createInput } = type.request(options);
  return useFlow<TFlow>(type.kind, type.operations, flowOptions, createInput);
};

/**
 * Runs a login flow.
 *
 * @example
 * const { flow, submit, problem } = useLoginFlow({ returnTo: '/' })
 */
export function useLoginFlow(options: LoginFlowOptions = {}): FlowController<LoginFlow> {
  return useSelfServiceFlow<LoginFlow, LoginFlowOptions>(loginFlowType, options);
}

/**
 * Runs a registration flow.
 *
 * @example
 * const { flow, submit } = useRegistrationFlow({ returnTo: '/welcome' })
 */
export function useRegistrationFlow(options: FlowOptions = {}): FlowController<RegistrationFlow> {
  return useSelfServiceFlow<RegistrationFlow, FlowOptions>(registrationFlowType, options);
}

/**
 * Runs an account recovery flow (by link or code).
 *
 * @example
 * const { flow, submit } = useRecoveryFlow()
 */
export function useRecoveryFlow(options: FlowOptions = {}): FlowController<RecoveryFlow> {
  return useSelfServiceFlow<RecoveryFlow, FlowOptions>(recoveryFlowType, options);
}

/**
 * Runs an address verification flow (by link or code).
 *
 * @example
 * const { flow, submit } = useVerificationFlow()
 */
export function useVerificationFlow(options: FlowOptions = {}): FlowController<VerificationFlow> {
  return useSelfServiceFlow<VerificationFlow, FlowOptions>(verificationFlowType, options);
}

/**
 * Runs a settings flow. Without a session it sends the user to sign in and come back.
 *
 * @example
 * const { flow, submit, status } = useSettingsFlow()
 */
export function useSettingsFlow(options: FlowOptions = {}): FlowController<SettingsFlow> {
  return useSelfServiceFlow<SettingsFlow, FlowOptions>(settingsFlowType, options);
}
