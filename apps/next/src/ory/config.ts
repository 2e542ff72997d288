// Where this server reaches Kratos and Hydra, read on every request (not at build time), so one build runs
// against the emulator (`pnpm dev`) or real servers (set the variables when starting `next start`).
import type { BrowserFlowOptions, OryProxyOptions } from '@orykit/client/server';
import { ORY_PREFIX } from './prefix.ts';

export { ORY_PREFIX };

const env = (name: string, fallback: string) => (process.env[name] || fallback).replace(/\/+$/, '');
const optional = (name: string) => process.env[name]?.replace(/\/+$/, '') || undefined;

/** The servers' URLs: the emulator's default ports unless the environment says otherwise. */
export function oryUrls() {
  return {
    /** Kratos' public API as this server reaches it. */
    kratosPublicUrl: env('KRATOS_PUBLIC_URL', 'http://127.0.0.1:4433'),
    /** Kratos' `serve.public.base_url`, when it differs (e.g. it advertises this app's `/.ory`). */
    kratosBaseUrl: optional('KRATOS_BASE_URL'),
    hydraPublicUrl: env('HYDRA_PUBLIC_URL', 'http://127.0.0.1:4444'),
    hydraBaseUrl: optional('HYDRA_BASE_URL'),
    hydraAdminUrl: env('HYDRA_ADMIN_URL', 'http://127.0.0.1:4445'),
  };
}

/** Options of the same-origin proxy. */
export function proxyOptions(): OryProxyOptions {
  const { kratosPublicUrl, kratosBaseUrl, hydraPublicUrl, hydraBaseUrl } = oryUrls();
  return { kratosPublicUrl, hydraPublicUrl, prefix: ORY_PREFIX, ...(kratosBaseUrl ? { kratosBaseUrl } : {}), ...(hydraBaseUrl ? { hydraBaseUrl } : {}) };
}

/** Options of `getBrowserFlow`: flows whose URLs point at the proxy. */
export function flowOptions(): BrowserFlowOptions {
  const { kratosPublicUrl, kratosBaseUrl } = oryUrls();
  return { kratosPublicUrl, proxyPrefix: ORY_PREFIX, loginUrl: '/login', homeUrl: '/', ...(kratosBaseUrl ? { kratosBaseUrl } : {}) };
}
