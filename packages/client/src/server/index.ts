// @orykit/client/server: Kratos browser flows, sessions and a same-origin proxy on the Web Request/Response API.
export { getBrowserFlow } from './flow.ts';
export type { BrowserFlowFound, BrowserFlowOptions, BrowserFlowRedirect, BrowserFlowResult } from './flow.ts';
export type { BrowserFlows } from './flow-operations.ts';
export { getSession } from './session.ts';
export type { KratosServerOptions } from './options.ts';
export { createOryProxy } from './proxy.ts';
export type { OryProxyOptions } from './proxy.ts';
export { rewriteSetCookie } from './cookies.ts';
