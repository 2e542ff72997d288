import type { OperationDef, OperationId } from '@orykit/client';

/** What an operation reads or changes, in Ory's words. Queries are keyed under it; mutations invalidate it. */
export type OryResource =
  | 'sessions'
  | 'identities'
  | 'schemas'
  | 'flows'
  | 'errors'
  | 'courier'
  | 'oauth2Clients'
  | 'oauth2Requests'
  | 'oauth2Sessions'
  | 'oauth2Tokens'
  | 'jsonWebKeys'
  | 'trustedIssuers'
  | 'discovery'
  | 'projects';

const resources: [RegExp, OryResource][] = [
  [/^\/(admin\/)?sessions|^\/admin\/identities\/\{id\}\/sessions|^\/self-service\/logout/, 'sessions'],
  [/^\/admin\/identities|^\/admin\/recovery/, 'identities'],
  [/^\/schemas/, 'schemas'],
  [/^\/self-service\/errors/, 'errors'],
  [/^\/self-service\//, 'flows'],
  [/^\/admin\/courier/, 'courier'],
  [/^\/admin\/clients|^\/oauth2\/register/, 'oauth2Clients'],
  [/^\/admin\/oauth2\/auth\/requests/, 'oauth2Requests'],
  [/^\/admin\/oauth2\/auth\/sessions/, 'oauth2Sessions'],
  [/^\/admin\/oauth2\/(introspect|tokens)|^\/oauth2\/(token|revoke|auth|sessions)|^\/userinfo/, 'oauth2Tokens'],
  [/^\/admin\/keys|^\/\.well-known\/jwks/, 'jsonWebKeys'],
  [/^\/admin\/trust/, 'trustedIssuers'],
  [/^\/projects/, 'projects'],
];

/** The resource of a path template. */
export const resourceOf = (def: Pick<OperationDef, 'path'>): OryResource =>
  resources.find(([pattern]) => pattern.test(def.path))?.[1] ?? 'discovery';

/**
 * Query keys: `['ory', resource, operationId, input]`, so `oryKeys.resource('sessions')` matches `toSession`,
 * `listSessions` and `adminListIdentitySessions` alike.
 *
 * @example
 * queryClient.invalidateQueries({ queryKey: oryKeys.resource('identities') })
 */
export const oryKeys = {
  all: ['ory'] as const,
  resource: (resource: OryResource) => ['ory', resource] as const,
  operation: (id: OperationId, def: Pick<OperationDef, 'path'>) => ['ory', resourceOf(def), id] as const,
  query: (id: OperationId, def: Pick<OperationDef, 'path'>, input: object | undefined) =>
    ['ory', resourceOf(def), id, input ?? {}] as const,
};

/**
 * What a successful write changes beyond its own resource. Signing in, out or changing settings changes
 * the session; accepting consent adds a consent session; editing an identity changes its sessions' identity.
 */
const alsoChanges: Partial<Record<OperationId, OryResource[]>> = {
  submitSelfServiceLoginFlow: ['sessions'],
  submitSelfServiceRegistrationFlow: ['sessions', 'identities'],
  submitSelfServiceSettingsFlow: ['sessions', 'identities'],
  submitSelfServiceRecoveryFlow: ['sessions', 'courier'],
  submitSelfServiceVerificationFlow: ['sessions', 'identities', 'courier'],
  adminCreateIdentity: ['courier'],
  adminUpdateIdentity: ['sessions'],
  adminPatchIdentity: ['sessions'],
  adminDeleteIdentity: ['sessions'],
  adminCreateSelfServiceRecoveryCode: ['courier'],
  adminCreateSelfServiceRecoveryLink: ['courier'],
  adminDeleteIdentitySessions: ['identities'],
  adminAcceptOAuth2ConsentRequest: ['oauth2Sessions'],
  adminRejectOAuth2ConsentRequest: ['oauth2Sessions'],
  adminAcceptOAuth2LoginRequest: ['oauth2Sessions'],
  adminRevokeOAuth2ConsentSessions: ['oauth2Tokens'],
  adminRevokeOAuth2LoginSessions: ['oauth2Requests'],
  adminDeleteOAuth2Client: ['oauth2Sessions', 'oauth2Tokens'],
};

/** Writes are mutations; so are the GETs that act (logging out, starting an OAuth2 flow). */
export const isMutation = (id: OperationId, def: Pick<OperationDef, 'method'>) =>
  def.method !== 'GET' || /^(submit|perform)/.test(id);

/** The resources whose queries a successful call of this operation makes stale. */
export const invalidatedBy = (id: OperationId, def: OperationDef): OryResource[] =>
  isMutation(id, def) ? [...new Set<OryResource>([resourceOf(def), ...(alsoChanges[id] ?? [])])] : [];
