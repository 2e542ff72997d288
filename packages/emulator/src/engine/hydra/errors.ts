import { OAuth2Error } from '../errors.ts';

// fosite's RFC 6749 errors as Hydra v2 writes them: `{ error, error_description }`.

export const oauth2 = {
  notFound: () => new OAuth2Error(404, 'Not Found', 'Unable to locate the requested resource'),
  conflict: () => new OAuth2Error(409, 'Conflict', 'Unable to process the requested resource because of conflict in the current state'),
  invalidRequest: (hint = '') =>
    new OAuth2Error(
      400,
      'invalid_request',
      'The request is missing a required parameter, includes an invalid parameter value, includes a parameter more than once, or is otherwise malformed.',
      hint,
    ),
  invalidClient: (hint = '') =>
    new OAuth2Error(401, 'invalid_client', 'Client authentication failed (e.g., unknown client, no client authentication included, or unsupported authentication method).', hint),
  invalidGrant: (hint = '') =>
    new OAuth2Error(
      400,
      'invalid_grant',
      'The provided authorization grant (e.g., authorization code, resource owner credentials) or refresh token is invalid, expired, revoked, does not match the redirection URI used in the authorization request, or was issued to another client.',
      hint,
    ),
  unauthorizedClient: (hint = '') => new OAuth2Error(400, 'unauthorized_client', 'The client is not authorized to request a token using this method.', hint),
  unsupportedGrantType: () => new OAuth2Error(400, 'unsupported_grant_type', 'The authorization grant type is not supported by the authorization server.'),
  unsupportedResponseType: () => new OAuth2Error(400, 'unsupported_response_type', 'The authorization server does not support obtaining a token using this method.'),
  invalidScope: (hint = '') => new OAuth2Error(400, 'invalid_scope', 'The requested scope is invalid, unknown, or malformed.', hint),
  accessDenied: (hint = '') => new OAuth2Error(403, 'access_denied', 'The resource owner or authorization server denied the request.', hint),
  requestUnauthorized: () => new OAuth2Error(401, 'request_unauthorized', 'The request could not be authorized.', 'Check that you provided valid credentials in the right format.'),
  requestForbidden: (hint = '') => new OAuth2Error(403, 'request_forbidden', 'The request is not allowed.', hint),
  invalidClientMetadata: (hint = '') =>
    new OAuth2Error(
      400,
      'invalid_client_metadata',
      "The value of one of the Client Metadata fields is invalid and the server has rejected this request. Note that an Authorization Server MAY choose to substitute a valid value for any requested parameter of a Client's Metadata.",
      hint,
    ),
  invalidRedirectUri: (hint = '') => new OAuth2Error(400, 'invalid_redirect_uri', 'The value of one or more redirect_uris is invalid.', hint),
  badRequest: (hint: string) => new OAuth2Error(400, 'Bad Request', hint),
  /** What Hydra's error enhancer makes of an error that is not an OAuth2 one (e.g. Go's `EOF`). */
  unrecognizable: (status: number) => new OAuth2Error(status, 'error', 'The error is unrecognizable'),
};
