// React Router's server entry, as its default but for two things. The whole page is sent once everything
// has rendered (no streaming): streamed parts replace their fallback with an inline script, which a browser
// without JavaScript never runs. And a CSP nonce: the production server sends the strict policy with a
// fresh nonce per page, and React Router's few inline scripts carry it. Nothing else inline runs.
import { randomBytes } from 'node:crypto';
import { PassThrough } from 'node:stream';
import { createReadableStreamFromReadable } from '@react-router/node';
import { renderToPipeableStream } from 'react-dom/server';
import { ServerRouter, type EntryContext } from 'react-router';
import { CspNonce } from './nonce.ts';
import { policyWithNonce } from './server/csp.ts';

export const streamTimeout = 5_000;

export default function handleRequest(request: Request, status: number, headers: Headers, routerContext: EntryContext) {
  if (request.method.toUpperCase() === 'HEAD') return new Response(null, { status, headers });
  const nonce = randomBytes(16).toString('base64');
  // `vite preview` (the production build) serves the policy; `vite` (dev) injects inline styles and scripts.
  if (import.meta.env.PROD) headers.set('Content-Security-Policy', policyWithNonce(nonce));
  return new Promise<Response>((resolve, reject) => {
    let shellRendered = false;
    let timeout: ReturnType<typeof setTimeout> | undefined = setTimeout(() => abort(), streamTimeout + 1000);
    const { pipe, abort } = renderToPipeableStream(
      <CspNonce.Provider value={nonce}>
        <ServerRouter context={routerContext} url={request.url} nonce={nonce} />
      </CspNonce.Provider>,
      {
        nonce,
        // Never outline a large part of the page behind a script (React does by default).
        progressiveChunkSize: Number.POSITIVE_INFINITY,
        onAllReady() {
          shellRendered = true;
          const body = new PassThrough({
            final(callback) {
              clearTimeout(timeout);
              timeout = undefined;
              callback();
            },
          });
          headers.set('Content-Type', 'text/html');
          pipe(body);
          resolve(new Response(createReadableStreamFromReadable(body), { headers, status }));
        },
        onShellError: reject,
        onError(error: unknown) {
          status = 500;
          // Errors in the shell reject above and React Router logs them; later ones only here.
          if (shellRendered) console.error(error);
        },
      },
    );
  });
}
