import type { RequestContext } from '../../context.ts';
import type { EmulatorResponse } from '../../types.ts';
import { BodyParseError, str } from '../../http/body.ts';
import { oryError } from '../../errors.ts';
import { withQuery } from '../../http/url.ts';
import { rfc3339 } from '../../util/clock.ts';
import { inputNode, submitNode } from '../../../nodes/builders.ts';
import { text } from '../../../nodes/text.ts';
import { flowBase, uiUrl, writeError } from '../flows/common.ts';
import type { RecoveryFlow } from '../flows/types.ts';
import { linkRecovery, createRecoveryToken, recoveryLink } from '../methods/link.ts';
import { codeRecovery } from '../methods/code.ts';
import { createSecret } from '../methods/secrets.ts';
import { alphabets, randomString } from '../../util/random.ts';

/** Go's time.ParseDuration for the units Kratos documents: ns, us, ms, s, m, h. */
function parseDuration(s: string): number | undefined {
  const re = /(-?\d+(?:\.\d+)?)(ns|us|µs|ms|s|m|h)/gy;
  let total = 0;
  let m: RegExpExecArray | null;
  let consumed = 0;
  const unit: Record<string, number> = { ns: 1e-6, us: 1e-3, µs: 1e-3, ms: 1, s: 1000, m: 60_000, h: 3_600_000 };
  while ((m = re.exec(s))) {
    total += Number(m[1]) * unit[m[2]!]!;
    consumed = re.lastIndex;
  }
  return consumed === s.length && s.length ? total : undefined;
}

function read(ctx: RequestContext): { identityId: string; expiresIn: number } {
  let body;
  try {
    body = ctx.body().data;
  } catch (e) {
    throw oryError(400, { reason: e instanceof BodyParseError ? e.reason : String(e) });
  }
  const raw = str(body, 'expires_in');
  let expiresIn = ctx.env.options.codeLifespan;
  if (raw) {
    const d = parseDuration(raw);
    if (d === undefined) throw oryError(400, { reason: `Unable to parse "expires_in" whose format should match "[0-9]+(ns|us|ms|s|m|h)" but did not: ${raw}` });
    expiresIn = d;
  }
  if (expiresIn < 0) throw oryError(400, { reason: `Value from "expires_in" must result to a future time: ${raw}` });
  return { identityId: str(body, 'identity_id').toLowerCase(), expiresIn };
}

function adminFlow(ctx: RequestContext, active: 'code' | 'link', expiresIn: number): RecoveryFlow {
  const f: RecoveryFlow = { kind: 'recovery', ...flowBase(ctx, 'recovery', 'browser', expiresIn), state: 'choose_method', skipCsrf: false, active };
  (active === 'link' ? linkRecovery : codeRecovery).populate(ctx, f);
  return f;
}

/** POST /admin/recovery/link */
export function createRecoveryLink(ctx: RequestContext): EmulatorResponse {
  try {
    const { identityId, expiresIn } = read(ctx);
    const f = adminFlow(ctx, 'link', expiresIn);
    ctx.env.state.kratos.recovery.set(f.id, f);
    const identity = ctx.env.state.kratos.identities.get(identityId);
    if (!identity) throw oryError(400, { reason: 'The requested identity id does not exist.' });
    const token = createRecoveryToken(ctx, f, identity, undefined, expiresIn);
    return ctx.json(200, { recovery_link: recoveryLink(ctx, f.id, token), expires_at: rfc3339(f.expiresAt) });
  } catch (e) {
    return writeError(ctx, e);
  }
}

/** POST /admin/recovery/code */
export function createRecoveryCode(ctx: RequestContext): EmulatorResponse {
  try {
    const { identityId, expiresIn } = read(ctx);
    const f = adminFlow(ctx, 'code', expiresIn);
    f.skipCsrf = true;
    f.state = 'sent_email';
    f.ui.nodes = [
      inputNode('code', 'code', 'text', { required: true, label: text.nodeVerifyOTP() }),
      submitNode('method', 'code', 'code', text.nodeSubmit()),
    ];
    ctx.env.state.kratos.recovery.set(f.id, f);
    const identity = ctx.env.state.kratos.identities.get(identityId);
    if (!identity) throw oryError(404, { message: 'Unable to locate the resource', reason: 'could not find identity' });
    const code = randomString(6, alphabets.numeric);
    createSecret(ctx.env, { kind: 'recovery', method: 'code', secret: code, flowId: f.id, identityId: identity.id, expiresAt: ctx.now + expiresIn });
    return ctx.json(201, { recovery_link: withQuery(uiUrl(ctx.env, 'recovery'), { flow: f.id }), recovery_code: code, expires_at: rfc3339(f.expiresAt) });
  } catch (e) {
    return writeError(ctx, e);
  }
}
