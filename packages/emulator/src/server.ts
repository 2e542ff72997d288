import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createEmulator, type Emulator } from './engine/create.ts';
import { DEFAULT_PORTS, type EmulatorOptions } from './engine/options.ts';
import { SERVICE_NAMES, type EmulatorRequest, type ServiceName } from './engine/types.ts';
import { corsHeaders, varyOrigin } from './adapter/cors.ts';
import { MAX_BODY_BYTES, payloadTooLarge } from './engine/http/limits.ts';

export interface NodeHandlerOptions {
  /** Origins allowed to call with credentials (CORS). Default: the emulator's app origin. */
  corsOrigins?: readonly string[];
}

/** A Node/Connect handler for one service, e.g. to mount the emulator as Vite middleware. */
export type NodeHandler = (req: IncomingMessage, res: ServerResponse, next?: (err?: unknown) => void) => void;

/**
 * The body as text, or `undefined` as soon as it passes {@link MAX_BODY_BYTES}: the rest is read and
 * dropped, never kept, so a huge upload costs neither memory nor a blocked event loop.
 */
function readBody(req: IncomingMessage): Promise<string | undefined> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    if (Number(req.headers['content-length']) > MAX_BODY_BYTES) size = Infinity;
    req.on('data', (c: Buffer) => {
      if (size > MAX_BODY_BYTES) return;
      size += c.length;
      if (size <= MAX_BODY_BYTES) chunks.push(c);
      else {
        chunks.length = 0;
        resolve(undefined);
      }
    });
    req.on('end', () => resolve(size > MAX_BODY_BYTES ? undefined : Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
    if (size > MAX_BODY_BYTES) {
      req.resume();
      resolve(undefined);
    }
  });
}

function headerRecord(req: IncomingMessage): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(req.headers)) {
    if (v === undefined) continue;
    out[k.toLowerCase()] = Array.isArray(v) ? v.join(k.toLowerCase() === 'cookie' ? '; ' : ', ') : v;
  }
  return out;
}

/**
 * `(req, res) => void` for one service: real `Set-Cookie` headers, CORS with credentials for the
 * configured origins. `req.url` is the path below the service's base URL (Connect strips a mount path).
 */
export function nodeHandler(emulator: Emulator | (() => Emulator), service: ServiceName, o: NodeHandlerOptions = {}): NodeHandler {
  const get = typeof emulator === 'function' ? emulator : () => emulator;
  return (req, res, next) => {
    void (async () => {
      const em = get();
      const origin = req.headers.origin;
      const allowed = o.corsOrigins ?? [em.options.appOrigin];
      const method = (req.method ?? 'GET').toUpperCase();
      if (method === 'OPTIONS' && req.headers['access-control-request-method']) {
        const h = corsHeaders(origin, allowed, { method: String(req.headers['access-control-request-method']), headers: String(req.headers['access-control-request-headers'] ?? '') });
        res.writeHead(204, { ...h, vary: 'Origin, Access-Control-Request-Method, Access-Control-Request-Headers' });
        res.end();
        return;
      }
      const body = method === 'GET' || method === 'HEAD' ? '' : await readBody(req);
      const request: EmulatorRequest = {
        service,
        method,
        url: req.url || '/',
        headers: headerRecord(req),
        ...(body ? { body } : {}),
        remoteAddress: `${req.socket.remoteAddress ?? '127.0.0.1'}:${req.socket.remotePort ?? 0}`,
      };
      const answer = body === undefined ? payloadTooLarge() : await em.handle(request);
      for (const [k, v] of Object.entries(answer.headers)) res.setHeader(k, v as string | string[]);
      const cors = corsHeaders(origin, allowed, undefined);
      for (const [k, v] of Object.entries(cors)) res.setHeader(k, v);
      if (origin) res.setHeader('vary', varyOrigin(res.getHeader('vary') as string | undefined));
      res.statusCode = answer.status;
      res.end(method === 'HEAD' ? undefined : answer.body);
    })().catch((e: unknown) => {
      if (next) return next(e);
      res.statusCode = 500;
      res.end(String(e));
    });
  };
}

export interface EmulatorServerOptions extends NodeHandlerOptions {
  /** An emulator, or options to create one (its URLs then follow the bound ports). */
  emulator?: Emulator | EmulatorOptions;
  /** Ports per service; 0 picks a free port. Defaults: 4433, 4434, 4444, 4445, 4480. */
  ports?: Partial<Record<ServiceName, number>>;
  /** Interface to bind. Default 127.0.0.1. */
  host?: string;
  /** Services to start. Default: all five. */
  services?: readonly ServiceName[];
}

export interface EmulatorServer {
  emulator: Emulator;
  /** Where each started service listens, e.g. `http://127.0.0.1:4433`. */
  urls: Partial<Record<ServiceName, string>>;
  ports: Partial<Record<ServiceName, number>>;
  close(): Promise<void>;
}

function isEmulator(v: unknown): v is Emulator {
  return typeof v === 'object' && v !== null && typeof (v as Emulator).handle === 'function';
}

/** Starts one `node:http` server per service and reports the bound ports. */
export async function startEmulatorServer(o: EmulatorServerOptions = {}): Promise<EmulatorServer> {
  const host = o.host ?? '127.0.0.1';
  const services = o.services ?? SERVICE_NAMES;
  let emulator: Emulator | undefined = isEmulator(o.emulator) ? o.emulator : undefined;
  const servers = new Map<ServiceName, Server>();
  const ports: Partial<Record<ServiceName, number>> = {};
  const urls: Partial<Record<ServiceName, string>> = {};
  const get = (): Emulator => {
    if (!emulator) throw new Error('emulator not ready');
    return emulator;
  };
  try {
    for (const service of services) {
      const handler = nodeHandler(get, service, o.corsOrigins ? { corsOrigins: o.corsOrigins } : {});
      const server = createServer((req, res) => handler(req, res));
      await new Promise<void>((resolve, reject) => {
        server.once('error', reject);
        server.listen(o.ports?.[service] ?? DEFAULT_PORTS[service], host, () => resolve());
      });
      servers.set(service, server);
      const port = (server.address() as AddressInfo).port;
      ports[service] = port;
      urls[service] = `http://${host.includes(':') ? `[${host}]` : host}:${port}`;
    }
  } catch (e) {
    await Promise.all([...servers.values()].map((s) => new Promise((r) => s.close(r))));
    throw e;
  }
  if (!emulator) {
    const options = (o.emulator ?? {}) as EmulatorOptions;
    emulator = createEmulator({ ...options, urls: { ...urls, ...options.urls } });
  }
  return {
    emulator,
    urls,
    ports,
    close: () =>
      Promise.all(
        [...servers.values()].map(
          (s) =>
            new Promise<void>((resolve) => {
              s.closeAllConnections();
              s.close(() => resolve());
            }),
        ),
      ).then(() => undefined),
  };
}
