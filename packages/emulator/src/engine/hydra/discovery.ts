import type { RequestContext } from '../context.ts';
import type { EmulatorResponse } from '../types.ts';

/** GET /.well-known/openid-configuration, as Hydra v2.1 answers with the e2e configuration. */
export function openidConfiguration(ctx: RequestContext): EmulatorResponse {
  const iss = ctx.env.options.urls.hydraPublic;
  return ctx.json(200, {
    issuer: iss,
    authorization_endpoint: `${iss}/oauth2/auth`,
    token_endpoint: `${iss}/oauth2/token`,
    jwks_uri: `${iss}/.well-known/jwks.json`,
    subject_types_supported: ['public'],
    response_types_supported: ['code', 'code id_token', 'id_token', 'token id_token', 'token', 'token id_token code'],
    claims_supported: ['sub'],
    grant_types_supported: ['authorization_code', 'implicit', 'client_credentials', 'refresh_token'],
    response_modes_supported: ['query', 'fragment'],
    userinfo_endpoint: `${iss}/userinfo`,
    scopes_supported: ['offline_access', 'offline', 'openid'],
    token_endpoint_auth_methods_supported: ['client_secret_post', 'client_secret_basic', 'private_key_jwt', 'none'],
    userinfo_signing_alg_values_supported: ['none', 'RS256'],
    id_token_signing_alg_values_supported: ['RS256'],
    id_token_signed_response_alg: ['RS256'],
    userinfo_signed_response_alg: ['RS256'],
    request_parameter_supported: true,
    request_uri_parameter_supported: true,
    require_request_uri_registration: true,
    claims_parameter_supported: false,
    revocation_endpoint: `${iss}/oauth2/revoke`,
    backchannel_logout_supported: true,
    backchannel_logout_session_supported: true,
    frontchannel_logout_supported: true,
    frontchannel_logout_session_supported: true,
    end_session_endpoint: `${iss}/oauth2/sessions/logout`,
    request_object_signing_alg_values_supported: ['none', 'RS256', 'ES256'],
    code_challenge_methods_supported: ['plain', 'S256'],
  });
}
