import type { RequestContext } from '../../context.ts';
import { obj, str, type JsonObject } from '../../http/body.ts';
import { inputNode, submitNode } from '../../../nodes/builders.ts';
import { text } from '../../../nodes/text.ts';
import type { UiNode } from '../../../nodes/types.ts';
import { levenshtein, lcsLength, utf8Length } from '../../util/strings.ts';
import { ensureCsrf } from '../flows/common.ts';
import type { LoginFlow, RegistrationFlow, SettingsFlow } from '../flows/types.ts';
import { applyTraits, checkPassword, findByIdentifier, findSchema, setPassword } from '../identity/identities.ts';
import { coerceTraits } from '../identity/coerce.ts';
import { listPaths } from '../identity/schema.ts';
import type { IdentityRecord } from '../identity/types.ts';
import { validationError } from '../identity/validate.ts';
import { appendNode, findNode, resetNodes, setCsrf, setValue, upsertNode } from '../ui/container.ts';
import { schemaNodes } from '../ui/schema-nodes.ts';
import { needsReAuth } from '../flows/settings-errors.ts';
import { checkPayload } from './payload.ts';
import { NOT_RESPONSIBLE, type LoginStrategy, type RegistrationStrategy, type SettingsStrategy } from './types.ts';
import { guessForcedIdentifier } from './forced.ts';

export function passwordNode(autocomplete: 'current-password' | 'new-password'): UiNode {
  return inputNode('password', 'password', 'password', { required: true, autocomplete, label: text.nodeInputPassword() });
}

/**
 * Kratos v0.11 hashes a new password with bcrypt (the default `hashers.algorithm`) before any other check,
 * and its hasher refuses more than 72 bytes, which bcrypt would silently cut. This also keeps the
 * similarity check below small.
 */
export const PASSWORD_MAX_BYTES = 72;

function checkHashable(password: string): void {
  if (utf8Length(password) > PASSWORD_MAX_BYTES) {
    throw validationError('password', text.passwordPolicyViolation(`passwords are limited to a maximum length of ${PASSWORD_MAX_BYTES} characters`));
  }
}

/** DefaultPasswordValidator: minimum length and the identifier similarity check (no HIBP). */
function checkPolicy(ctx: RequestContext, identity: IdentityRecord, password: string): void {
  const { passwordMinLength, passwordIdentifierSimilarityCheck } = ctx.env.options;
  const identifiers = identity.credentials.get('password')?.identifiers ?? [];
  if (!identifiers.length) throw validationError('', text.identifierMissing());
  for (const id of identifiers) {
    let reason = '';
    if (password.length < passwordMinLength) {
      reason = `password length must be at least ${passwordMinLength} characters but only got ${password.length}`;
    } else if (passwordIdentifierSimilarityCheck && id) {
      const a = id.toLowerCase();
      const b = password.toLowerCase();
      if (levenshtein(a, b) < 5 || lcsLength(a, b) / b.length > 0.5) reason = 'the password is too similar to the user identifier';
    }
    if (reason) throw validationError('password', text.passwordPolicyViolation(reason));
  }
}

export const passwordLogin: LoginStrategy = {
  id: 'password',
  group: 'password',
  populate(ctx, f) {
    if (f.requestedAal !== 'aal1') return;
    if (f.refresh) {
      const forced = guessForcedIdentifier(ctx, 'password');
      if (!forced) return;
      setCsrf(f.ui, ctx.csrf.token());
      upsertNode(f.ui, inputNode('identifier', 'default', 'hidden', { value: forced }));
    } else {
      upsertNode(f.ui, inputNode('identifier', 'default', 'text', { value: '', required: true, label: text.nodeID() }));
    }
    setCsrf(f.ui, ctx.csrf.token());
    upsertNode(f.ui, passwordNode('current-password'));
    appendNode(f.ui, submitNode('method', 'password', 'password', text.login()));
  },
  login(ctx, f: LoginFlow, body) {
    if (f.requestedAal !== 'aal1' || str(body, 'method') !== 'password') return NOT_RESPONSIBLE;
    const identifier = str(body, 'identifier') || str(body, 'password_identifier');
    const onError = (e: unknown): never => {
      resetNodes(f.ui, 'password');
      setValue(f.ui, 'identifier', identifier);
      if (f.type === 'browser') setCsrf(f.ui, ctx.csrf.token());
      throw e;
    };
    try {
      checkPayload(body, {
        password: { required: true, minLength: 1 },
        ...(body['password_identifier'] !== undefined ? {} : { identifier: { required: true, minLength: 1 } }),
      });
      ensureCsrf(ctx, f.type, str(body, 'csrf_token'));
      const identity = findByIdentifier(ctx.env, 'password', identifier);
      if (!identity || !checkPassword(identity, str(body, 'password'))) throw validationError('', text.invalidCredentials());
      f.active = 'password';
      return { identity, method: 'password', aal: 'aal1' };
    } catch (e) {
      return onError(e);
    }
  },
};

/** The registration form's traits and password nodes (password strategy, group `password`). */
export const passwordRegistration: RegistrationStrategy = {
  id: 'password',
  group: 'password',
  populate(ctx, f: RegistrationFlow) {
    const schema = ctx.env.options.identitySchemas[0]!;
    for (const n of schemaNodes(listPaths(schema.schema), 'password')) upsertNode(f.ui, n);
    setCsrf(f.ui, ctx.csrf.token());
    upsertNode(f.ui, passwordNode('new-password'));
    appendNode(f.ui, submitNode('method', 'password', 'password', text.registration()));
  },
  register(ctx, f, body, identity) {
    if (str(body, 'method') !== 'password') return NOT_RESPONSIBLE;
    const schema = findSchema(ctx.env, identity.schemaId)!;
    const rawTraits = obj(body, 'traits') ?? {};
    const traits = ctx.body().kind === 'form' ? coerceTraits(schema.schema, rawTraits) : rawTraits;
    try {
      ensureCsrf(ctx, f.type, str(body, 'csrf_token'));
      const password = str(body, 'password');
      if (!password) throw validationError('password', text.validationRequired('password'));
      checkHashable(password);
      applyTraits(ctx.env, identity, traits);
      setPassword(ctx.env, identity, password);
      checkPolicy(ctx, identity, password);
    } catch (e) {
      restoreTraits(f, traits);
      if (f.type === 'browser') setCsrf(f.ui, ctx.csrf.token());
      throw e;
    }
  },
};

/** Puts submitted traits back into the form after an error (values only). */
export function restoreTraits(f: RegistrationFlow | SettingsFlow, traits: JsonObject): void {
  const walk = (v: unknown, prefix: string): void => {
    if (typeof v === 'object' && v !== null && !Array.isArray(v)) {
      for (const [k, child] of Object.entries(v)) walk(child, `${prefix}.${k}`);
    } else if (findNode(f.ui, prefix)) setValue(f.ui, prefix, v);
  };
  walk(traits, 'traits');
}

export const passwordSettings: SettingsStrategy = {
  id: 'password',
  group: 'password',
  populate(ctx, f) {
    setCsrf(f.ui, ctx.csrf.token());
    upsertNode(f.ui, passwordNode('new-password'));
    appendNode(f.ui, submitNode('method', 'password', 'password', text.nodeSave()));
  },
  settings(ctx, f, body, a) {
    if (str(body, 'method') !== 'password') return NOT_RESPONSIBLE;
    try {
      checkPayload(body, { password: { required: true, minLength: 1 } });
      ensureCsrf(ctx, f.type, str(body, 'csrf_token'));
      if (a.session.authenticatedAt + ctx.env.options.privilegedSessionMaxAge < ctx.now) throw needsReAuth();
      const password = str(body, 'password');
      checkHashable(password);
      const updated = structuredCloneIdentity(a.identity);
      setPassword(ctx.env, updated, password);
      applyTraits(ctx.env, updated, updated.traits);
      checkPolicy(ctx, updated, password);
      return updated;
    } catch (e) {
      setCsrf(f.ui, ctx.csrf.token());
      throw e;
    }
  },
};

/** A working copy of an identity (credentials and addresses copied). */
export function structuredCloneIdentity(i: IdentityRecord): IdentityRecord {
  return {
    ...i,
    traits: structuredClone(i.traits),
    credentials: new Map([...i.credentials].map(([k, c]) => [k, { ...c, identifiers: [...c.identifiers], config: structuredClone(c.config) }])),
    verifiableAddresses: i.verifiableAddresses.map((a) => ({ ...a })),
    recoveryAddresses: i.recoveryAddresses.map((a) => ({ ...a })),
  };
}

