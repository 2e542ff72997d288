// A loopback HTTP server that records each request and answers with a canned body.
import { createServer, type IncomingHttpHeaders } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface Captured {
  method: string;
  path: string;
  query: [string, string][];
  headers: IncomingHttpHeaders;
  body: string;
}

export interface CaptureServer {
  url: string;
  requests: Captured[];
  /** The next answers, in order; when empty, 200 `{}`. */
  respond: { status: number; body: string; type?: string; headers?: Record<string, string> }[];
  close(): Promise<void>;
}

export async function startCaptureServer(): Promise<CaptureServer> {
  const requests: Captured[] = [];
  const respond: CaptureServer['respond'] = [];
  const server = createServer((req, res) => {
    let body = '';
    req.on('data', (chunk) => (body += chunk));
    req.on('end', () => {
      const url = new URL(req.url ?? '/', 'http://capture');
      requests.push({ method: req.method ?? '', path: url.pathname, query: [...url.searchParams], headers: req.headers, body });
      const answer = respond.shift() ?? { status: 200, body: '{}' };
      res.writeHead(answer.status, { 'content-type': answer.type ?? 'application/json', ...answer.headers });
      res.end(answer.body);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    respond,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
