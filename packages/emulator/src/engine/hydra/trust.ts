import type { RequestContext } from '../context.ts';
import type { EmulatorResponse } from '../types.ts';
import { isObject, type JsonObject } from '../http/body.ts';
import { rfc3339 } from '../util/clock.ts';
import { OAuth2Error } from '../errors.ts';
import { oauth2 } from './errors.ts';
import { jsonBody } from './common.ts';
import type { TrustedIssuerRecord } from './state.ts';

function serialize(r: TrustedIssuerRecord): JsonObject {
  return {
    id: r.id,
    issuer: r.issuer,
    subject: r.subject,
    allow_any_subject: r.allowAnySubject,
    scope: r.scope,
    public_key: { set: r.set, kid: r.kid },
    created_at: rfc3339(r.createdAt),
    expires_at: rfc3339(r.expiresAt),
  };
}

const bad = (hint: string) => new OAuth2Error(400, 'invalid_request', 'The request is missing a required parameter, includes an invalid parameter value, includes a parameter more than once, or is otherwise malformed.', hint);

export const trustHandlers = {
  create(ctx: RequestContext): EmulatorResponse {
    const b = jsonBody(ctx);
    const issuer = typeof b['issuer'] === 'string' ? b['issuer'] : '';
    if (!issuer) throw bad('Field "issuer" is required.');
    const allowAny = b['allow_any_subject'] === true;
    const subject = typeof b['subject'] === 'string' ? b['subject'] : '';
    if (!allowAny && !subject) throw bad('One of "subject" or "allow_any_subject" must be set.');
    if (allowAny && subject) throw bad('Both "subject" and "allow_any_subject" can not be set.');
    const expiresAt = typeof b['expires_at'] === 'string' ? Date.parse(b['expires_at']) : NaN;
    if (Number.isNaN(expiresAt)) throw bad('Field "expires_at" is required.');
    const jwk = isObject(b['jwk']) ? b['jwk'] : undefined;
    if (!jwk || typeof jwk['kid'] !== 'string') throw bad('Field "jwk" with a "kid" is required.');
    const set = issuer;
    const sets = ctx.env.state.hydra.keySets;
    sets.set(set, [...(sets.get(set) ?? []), { jwk }]);
    const r: TrustedIssuerRecord = {
      id: ctx.env.newId(),
      issuer,
      subject,
      allowAnySubject: allowAny,
      scope: Array.isArray(b['scope']) ? b['scope'].map(String) : [],
      set,
      kid: jwk['kid'],
      createdAt: ctx.now,
      expiresAt,
    };
    ctx.env.state.hydra.trustedIssuers.set(r.id, r);
    return ctx.json(201, serialize(r));
  },
  list(ctx: RequestContext): EmulatorResponse {
    const issuer = ctx.query.get('issuer');
    const all = [...ctx.env.state.hydra.trustedIssuers.values()].filter((r) => !issuer || r.issuer === issuer);
    return ctx.json(200, all.map(serialize));
  },
  get(ctx: RequestContext, id: string): EmulatorResponse {
    const r = ctx.env.state.hydra.trustedIssuers.get(id);
    if (!r) throw oauth2.notFound();
    return ctx.json(200, serialize(r));
  },
  delete(ctx: RequestContext, id: string): EmulatorResponse {
    if (!ctx.env.state.hydra.trustedIssuers.delete(id)) throw oauth2.notFound();
    return ctx.empty(204);
  },
};
