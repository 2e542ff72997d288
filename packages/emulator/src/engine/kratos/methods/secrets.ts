import type { Env } from '../../env.ts';
import type { OneTimeSecret } from '../state.ts';

/** Stores a recovery/verification code or link token. */
export function createSecret(env: Env, s: Omit<OneTimeSecret, 'id'>): OneTimeSecret {
  const record = { id: env.newId(), ...s };
  env.state.kratos.secrets.push(record);
  return record;
}

export function deleteSecretsOfFlow(env: Env, kind: OneTimeSecret['kind'], flowId: string): void {
  env.state.kratos.secrets = env.state.kratos.secrets.filter((s) => !(s.kind === kind && s.flowId === flowId));
}

/** Finds an unused, unexpired secret of a flow and marks it used. */
export function consumeSecret(env: Env, kind: OneTimeSecret['kind'], flowId: string | undefined, secret: string): OneTimeSecret | undefined {
  const hit = env.state.kratos.secrets.find(
    (s) => s.kind === kind && (flowId === undefined || s.flowId === flowId) && s.secret === secret && s.usedAt === undefined && s.expiresAt > env.now(),
  );
  if (hit) hit.usedAt = env.now();
  return hit;
}
