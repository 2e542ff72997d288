import {
  getSelfServiceLoginFlow,
  getSelfServiceRecoveryFlow,
  getSelfServiceRegistrationFlow,
  getSelfServiceSettingsFlow,
  getSelfServiceVerificationFlow,
  initializeSelfServiceLoginFlowForBrowsers,
  initializeSelfServiceRecoveryFlowForBrowsers,
  initializeSelfServiceRegistrationFlowForBrowsers,
  initializeSelfServiceSettingsFlowForBrowsers,
  initializeSelfServiceVerificationFlowForBrowsers,
} from '../generated/operations.ts';
import type { CallOptions } from '../operation.ts';
import type { OryClient } from '../client.ts';
import type { FlowType, LoginFlow, RecoveryFlow, RegistrationFlow, SettingsFlow, VerificationFlow } from '../schemas.ts';

/** The flow object of each kind. */
export interface BrowserFlows {
  login: LoginFlow;
  registration: RegistrationFlow;
  recovery: RecoveryFlow;
  verification: VerificationFlow;
  settings: SettingsFlow;
}

interface FlowOperations<Flow> {
  /** `GET /self-service/<kind>/browser`; the incoming query (`return_to`, `aal`, `login_challenge`…) goes along. */
  create(client: OryClient, options: CallOptions): Promise<Flow>;
  /** `GET /self-service/<kind>/flows?id=` */
  get(client: OryClient, id: string): Promise<Flow>;
}

/** The two operations of each browser flow, by kind. */
export const flowOperations: { [K in FlowType]: FlowOperations<BrowserFlows[K]> } = {
  login: {
    create: (client, options) => initializeSelfServiceLoginFlowForBrowsers(client, {}, options),
    get: (client, id) => getSelfServiceLoginFlow(client, { id }),
  },
  registration: {
    create: (client, options) => initializeSelfServiceRegistrationFlowForBrowsers(client, {}, options),
    get: (client, id) => getSelfServiceRegistrationFlow(client, { id }),
  },
  recovery: {
    create: (client, options) => initializeSelfServiceRecoveryFlowForBrowsers(client, {}, options),
    get: (client, id) => getSelfServiceRecoveryFlow(client, { id }),
  },
  verification: {
    create: (client, options) => initializeSelfServiceVerificationFlowForBrowsers(client, {}, options),
    get: (client, id) => getSelfServiceVerificationFlow(client, { id }),
  },
  settings: {
    create: (client, options) => initializeSelfServiceSettingsFlowForBrowsers(client, {}, options),
    get: (client, id) => getSelfServiceSettingsFlow(client, { id }),
  },
};
