// The flow hooks of @orykit/react-query plug into the views as `controller` (checked by tsc).
import type { LoginFlow, RecoveryFlow, RegistrationFlow, SettingsFlow, VerificationFlow } from '@orykit/client';
import type { FlowController, FlowProblem as HookProblem } from '@orykit/react-query';
import type { FlowControllerLike, FlowProblem, LoginProps, RecoveryProps, RegistrationProps, SettingsProps, VerificationProps } from '../src/index.ts';

test('a flow hook result is a view controller', () => {
  expectTypeOf<FlowController<LoginFlow>>().toExtend<FlowControllerLike<LoginFlow>>();
  expectTypeOf<FlowController<LoginFlow>>().toExtend<NonNullable<LoginProps['controller']>>();
  expectTypeOf<FlowController<RegistrationFlow>>().toExtend<NonNullable<RegistrationProps['controller']>>();
  expectTypeOf<FlowController<RecoveryFlow>>().toExtend<NonNullable<RecoveryProps['controller']>>();
  expectTypeOf<FlowController<VerificationFlow>>().toExtend<NonNullable<VerificationProps['controller']>>();
  expectTypeOf<FlowController<SettingsFlow>>().toExtend<NonNullable<SettingsProps['controller']>>();
  expectTypeOf<HookProblem>().toEqualTypeOf<FlowProblem>();
});
