import type { Emulator, EmulatorResponse, ServiceName } from '../../src/index.ts';
import { CookieJar } from './cookie-jar.ts';
import { validateResponse, type ResponseCheck } from '../spec-validator.ts';

export interface Call {
  headers?: Record<string, string>;
  /** A JSON body (sent with Content-Type: application/json). */
  json?: unknown;
  /** A form body (application/x-www-form-urlencoded). */
  form?: Record<string, string>;
  jar?: CookieJar;
}

export interface Answer {
  status: number;
  headers: EmulatorResponse['headers'];
  body: string | undefined;
  json: unknown;
  location: string | undefined;
}

/** Spec violations seen by clients made with `engineClient` (tests assert it stays empty). */
export const specViolations: ResponseCheck[] = [];
/** Operations whose responses were validated, with their statuses. */
export const specCovered = new Map<string, Set<number>>();

export function recordSpecCheck(method: string, url: string, res: { status: number; headers: EmulatorResponse['headers']; body?: string | undefined }): void {
  const ct = res.headers['content-type'];
  const check = validateResponse(method, url, res.status, typeof ct === 'string' ? ct : undefined, res.body);
  if (!check) return;
  if (!specCovered.has(check.operationId)) specCovered.set(check.operationId, new Set());
  specCovered.get(check.operationId)!.add(check.status);
  if (check.errors.length) specViolations.push(check);
}

/** Talks to the engine directly (no HTTP), with an optional cookie jar; every answer is checked against the spec. */
export function engineClient(emulator: Emulator) {
  return async function call(service: ServiceName, method: string, url: string, o: Call = {}): Promise<Answer> {
    const headers: Record<string, string> = {};
    for (const [k, v] of Object.entries(o.headers ?? {})) headers[k.toLowerCase()] = v;
    let body: string | undefined;
    if (o.json !== undefined) {
      body = JSON.stringify(o.json);
      headers['content-type'] ??= 'application/json';
    } else if (o.form) {
      body = new URLSearchParams(o.form).toString();
      headers['content-type'] ??= 'application/x-www-form-urlencoded';
    }
    const cookie = o.jar?.header();
    if (cookie) headers['cookie'] = cookie;
    const res = await emulator.handle({ service, method, url, headers, ...(body !== undefined ? { body } : {}) });
    o.jar?.store(res.headers['set-cookie'] as string[] | undefined);
    recordSpecCheck(method, url, res);
    let json: unknown;
    try {
      json = res.body ? JSON.parse(res.body) : undefined;
    } catch {
      json = undefined;
    }
    const location = res.headers['location'];
    return { status: res.status, headers: res.headers, body: res.body, json, location: typeof location === 'string' ? location : undefined };
  };
}

export { CookieJar };
