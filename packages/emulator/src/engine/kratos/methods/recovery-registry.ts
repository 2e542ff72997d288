import type { Env } from '../../env.ts';
import { codeRecovery, codeVerification } from './code.ts';
import { linkRecovery, linkVerification } from './link.ts';
import type { RecoveryStrategy, VerificationStrategy } from './recovery-types.ts';

/** The strategy `selfservice.flows.recovery.use` selects. */
export function recoveryStrategy(env: Env): RecoveryStrategy {
  return env.options.recoveryMethod === 'link' ? linkRecovery : codeRecovery;
}

export function verificationStrategy(env: Env): VerificationStrategy {
  return env.options.verificationMethod === 'link' ? linkVerification : codeVerification;
}

/** Every recovery strategy, in Kratos' order: admin-made links work whatever `use` says. */
export function allRecoveryStrategies(): RecoveryStrategy[] {
  return [codeRecovery, linkRecovery];
}
