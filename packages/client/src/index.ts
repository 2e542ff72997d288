export { createOryClient } from './client.ts';
export type { BaseUrls, ClientMode, OryClient, OryClientOptions } from './client.ts';
export type {
  CallOptions,
  FormEncoder,
  HeaderParamName,
  Operation,
  OperationArgs,
  OperationDef,
  OperationInput,
  OperationOutput,
  Service,
} from './operation.ts';
export {
  isOryError,
  OryClientError,
  OryError,
  OryInputError,
  OryNetworkError,
  OryParseError,
  OryTimeoutError,
} from './errors.ts';
export type { OryErrorBody } from './errors.ts';
export { formBody } from './form-body.ts';
export { headerParamName } from './request.ts';
export {
  cleanUrl,
  clientUrlPolicy,
  formActionUrl,
  imageUrl,
  isUnderUrls,
  linkUrl,
  redirectBrowserToUrl,
  returnToUrl,
  scriptUrl,
} from './url-policy.ts';
export type { UrlPolicy } from './url-policy.ts';
export type { OperationId, OperationTypes } from './generated/operation-types.ts';
export type { components, operations, paths } from './generated/ory.ts';
export type * from './schemas.ts';
export * from './generated/operations.ts';
