// Who may call the demo's admin prefixes (`/.ory/kratos/admin`, `/.ory/hydra/admin`). Behind them are
// Kratos' and Hydra's admin APIs: list identities, mint recovery links, set passwords, create OAuth2
// clients. Ory serves them on a separate port with no authentication of their own; the demo puts them on
// its origin so its admin console works under a `'self'` CSP, so the demo has to guard them (issue 11):
//
// - only when the server is bound to loopback: with `--host` it is reachable from the network, and admin
//   is off (with a loud warning);
// - only from loopback clients, with a loopback `Host` (a DNS-rebinding page names its own host);
// - only from the demo's own pages: a cross-origin `Origin` is refused, and every call carries the
//   per-run secret, which a page reads from `ADMIN_TOKEN_PATH` (same origin only: no CORS headers).
import { randomBytes, timingSafeEqual } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { isIP } from 'node:net';
import { ADMIN_TOKEN_HEADER } from '../prefixes.ts';

/** True for 127.0.0.0/8, ::1 and their IPv4-mapped forms. */
export function isLoopbackAddress(address: string | undefined): boolean {
  if (!address) return false;
  const a = address.replace(/^\[|\]$/g, '').toLowerCase().replace(/^::ffff:/, '');
  if (a === '::1') return true;
  return isIP(a) === 4 && a.startsWith('127.');
}

/** The host name of a `Host` header (IPv6 brackets and port removed). */
function hostName(host: string): string {
  const bracketed = /^\[([^\]]+)\](?::\d+)?$/.exec(host);
  if (bracketed) return bracketed[1]!;
  return host.replace(/:\d+$/, '');
}

/** `localhost`, `*.localhost` (RFC 6761: always loopback) or a loopback address. */
export function isLoopbackHost(host: string | undefined): boolean {
  if (!host) return false;
  const name = hostName(host).toLowerCase().replace(/\.$/, '');
  return name === 'localhost' || name.endsWith('.localhost') || isLoopbackAddress(name);
}

export type AdminDecision = { ok: true } | { ok: false; reason: string };

export interface AdminGuard {
  /** The per-run secret (what `ADMIN_TOKEN_PATH` hands to the demo's pages). */
  readonly token: string;
  /** False once the server is known to listen beyond loopback. */
  readonly enabled: boolean;
  /** Called with the address the server listens on; turns admin off for anything but loopback. */
  bound(address: string | undefined): void;
  /** May this request read the token (same checks as a call, without the token)? */
  checkPage(req: IncomingMessage): AdminDecision;
  /** May this request reach an admin API? */
  checkCall(req: IncomingMessage): AdminDecision;
}

/** The `host[:port]` of an `Origin` header ('' for `null` or garbage). */
function hostOf(origin: string): string {
  try {
    return new URL(origin).host;
  } catch {
    return '';
  }
}

const first = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v);

/**
 * The guard for one server run: a fresh secret each time. `warn` hears, once, that admin is off.
 *
 * @example
 * const guard = createAdminGuard((line) => logger.warn(line))
 * server.httpServer?.once('listening', () => guard.bound(server.httpServer.address().address))
 */
export function createAdminGuard(warn: (message: string) => void, token = randomBytes(32).toString('base64url')): AdminGuard {
  let enabled = true;
  const expected = Buffer.from(token);

  function checkPage(req: IncomingMessage): AdminDecision {
    if (!enabled) return { ok: false, reason: 'The admin APIs are off: this demo server listens beyond loopback (--host).' };
    if (!isLoopbackAddress(req.socket.remoteAddress)) return { ok: false, reason: 'The admin APIs answer loopback clients only.' };
    const host = first(req.headers.host);
    if (!isLoopbackHost(host)) return { ok: false, reason: 'The admin APIs answer only under a loopback host name (localhost, 127.0.0.1, [::1]).' };
    const origin = first(req.headers.origin);
    if (origin !== undefined && hostOf(origin) !== host) {
      return { ok: false, reason: 'The admin APIs answer the demo’s own pages only (cross-origin request).' };
    }
    const site = first(req.headers['sec-fetch-site']);
    if (site !== undefined && site !== 'same-origin' && site !== 'none') {
      return { ok: false, reason: 'The admin APIs answer the demo’s own pages only (cross-site request).' };
    }
    return { ok: true };
  }

  return {
    token,
    get enabled() {
      return enabled;
    },
    bound(address) {
      if (!enabled || isLoopbackAddress(address)) return;
      enabled = false;
      warn(
        [
          '',
          '  ⚠  orykit demo: this server listens beyond loopback (--host), where anyone on the network could call',
          '     Kratos’ and Hydra’s admin APIs (list identities, mint recovery links, set passwords).',
          '     The admin console and the OAuth2 login/consent pages are OFF: every /.ory/*/admin request answers 403.',
          '     Run without --host to use them.',
          '',
        ].join('\n'),
      );
    },
    checkPage,
    checkCall(req) {
      const page = checkPage(req);
      if (!page.ok) return page;
      const sent = Buffer.from(first(req.headers[ADMIN_TOKEN_HEADER]) ?? '');
      if (sent.length !== expected.length || !timingSafeEqual(sent, expected)) {
        return { ok: false, reason: `The admin APIs need the demo’s per-run secret in the ${ADMIN_TOKEN_HEADER} header.` };
      }
      return { ok: true };
    },
  };
}

/** Answers 403 with an Ory error body (what the admin console shows). */
export function refuse(res: ServerResponse, reason: string): void {
  res.statusCode = 403;
  res.setHeader('Content-Type', 'application/json');
  res.setHeader('Cache-Control', 'no-store');
  res.end(JSON.stringify({ error: { code: 403, status: 'Forbidden', reason, message: 'The requested action was forbidden' } }));
}
