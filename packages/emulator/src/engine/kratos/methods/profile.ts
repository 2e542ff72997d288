import { obj, str, type JsonObject } from '../../http/body.ts';
import { submitNode } from '../../../nodes/builders.ts';
import { text } from '../../../nodes/text.ts';
import { oryError } from '../../errors.ts';
import { ensureCsrf } from '../flows/common.ts';
import { needsReAuth } from '../flows/settings-errors.ts';
import { applyTraits, schemaOf } from '../identity/identities.ts';
import { coerceTraits } from '../identity/coerce.ts';
import { listPaths } from '../identity/schema.ts';
import type { IdentityRecord } from '../identity/types.ts';
import { appendNode, resetNodesWithPrefix, setCsrf, updateValuesFromJSON, upsertNode } from '../ui/container.ts';
import { schemaNodes } from '../ui/schema-nodes.ts';
import { structuredCloneIdentity } from './password.ts';
import { NOT_RESPONSIBLE, type SettingsStrategy } from './types.ts';

/** Credentials identifiers and verifiable addresses are protected: changing them needs a privileged session. */
function protectedFieldsChanged(a: IdentityRecord, b: IdentityRecord): boolean {
  const ids = (i: IdentityRecord) => JSON.stringify([...i.credentials.entries()].map(([k, c]) => [k, c.identifiers]).sort());
  const addrs = (i: IdentityRecord) => JSON.stringify(i.verifiableAddresses.map((x) => [x.via, x.value]).sort());
  return ids(a) !== ids(b) || addrs(a) !== addrs(b);
}

export const profileSettings: SettingsStrategy = {
  id: 'profile',
  group: 'profile',
  populate(ctx, f, identity) {
    const schema = schemaOf(ctx.env, identity);
    for (const n of schemaNodes(listPaths(schema.schema), 'profile')) upsertNode(f.ui, n);
    setCsrf(f.ui, ctx.csrf.token());
    updateValuesFromJSON(f.ui, identity.traits, 'traits', 'profile');
    appendNode(f.ui, submitNode('method', 'profile', 'profile', text.nodeSave()));
  },
  settings(ctx, f, body: JsonObject, a) {
    if (str(body, 'method') !== 'profile') return NOT_RESPONSIBLE;
    const schema = schemaOf(ctx.env, a.identity);
    const raw = obj(body, 'traits');
    const traits = raw && ctx.body().kind === 'form' ? coerceTraits(schema.schema, raw) : raw;
    const hydrate = (): void => {
      if (traits) {
        resetNodesWithPrefix(f.ui, 'traits.');
        updateValuesFromJSON(f.ui, traits, 'traits', 'profile');
      }
      setCsrf(f.ui, ctx.csrf.token());
    };
    try {
      ensureCsrf(ctx, f.type, str(body, 'csrf_token'));
      if (!traits || !Object.keys(traits).length) throw oryError(400, { reason: 'Did not receive any value changes.' });
      hydrate();
      const updated = structuredCloneIdentity(a.identity);
      applyTraits(ctx.env, updated, traits);
      const privileged = a.session.authenticatedAt + ctx.env.options.privilegedSessionMaxAge > ctx.now;
      if (!privileged && protectedFieldsChanged(a.identity, updated)) throw needsReAuth();
      return updated;
    } catch (e) {
      hydrate();
      throw e;
    }
  },
};
