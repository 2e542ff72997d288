// Where the journeys read the codes and links Kratos sends by email, behind one interface:
// - emulator: Kratos' own admin API, `GET /admin/courier/messages` (the emulator's outbox), reached through
//   the demo's `/.ory/kratos/admin` prefix;
// - real: the same admin API by default (real Kratos keeps every message, with its body, in its database,
//   also when no SMTP server takes them); with E2E_MAIL_URL, the SMTP catcher next to the real Kratos
//   (e2e/servers/) through its HTTP API instead — the mail as it was actually delivered.
//
// The SMTP catcher's HTTP API, as this file expects it (e2e/servers/ provides it):
//   GET {E2E_MAIL_URL}/messages?to=<address>  → 200 JSON array, oldest first, of
//     { id: string, to: string[], from: string, subject: string, text: string, html?: string, date: string (RFC 3339) }
//   DELETE {E2E_MAIL_URL}/messages            → 204, forgets every message (optional; used between runs)
import type { Backend } from './env.ts';
import { ADMIN_TOKEN_HEADER, ADMIN_TOKEN_PATH } from '../apps/demo/src/prefixes.ts';

/** One email, as the journeys see it. */
export interface Mail {
  id: string;
  to: string;
  subject: string;
  /** The plain-text body. */
  body: string;
  /** When it was queued or received (ms since the epoch). */
  at: number;
}

export interface WaitOptions {
  /** Only messages after this time (ms since the epoch); default: any. */
  since?: number;
  /** Only messages whose subject or body matches. */
  match?: RegExp;
  /** Give up after this many ms (default 10 000). */
  timeout?: number;
}

export interface Courier {
  /** Every message to an address, oldest first. */
  messages(to: string): Promise<Mail[]>;
  /** The newest matching message to an address, waiting for it to arrive. */
  waitForMail(to: string, options?: WaitOptions): Promise<Mail>;
  /** The six-digit code of the newest matching message (recovery and verification codes). */
  readCode(to: string, options?: WaitOptions): Promise<string>;
  /** The first link of the newest matching message. */
  readLink(to: string, options?: WaitOptions): Promise<string>;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

function createCourier(list: (to: string) => Promise<Mail[]>): Courier {
  const waitForMail = async (to: string, options: WaitOptions = {}) => {
    const deadline = Date.now() + (options.timeout ?? 10_000);
    for (;;) {
      const found = (await list(to))
        .filter((m) => (options.since === undefined || m.at >= options.since) && (!options.match || options.match.test(`${m.subject}\n${m.body}`)))
        .at(-1);
      if (found) return found;
      if (Date.now() > deadline) throw new Error(`No email to ${to}${options.match ? ` matching ${options.match}` : ''} within ${options.timeout ?? 10_000} ms`);
      await sleep(250);
    }
  };
  return {
    messages: list,
    waitForMail,
    readCode: async (to, options) => {
      const mail = await waitForMail(to, options);
      const code = /\b(\d{6})\b/.exec(mail.body)?.[1];
      if (!code) throw new Error(`No six-digit code in the email to ${to}: ${mail.body}`);
      return code;
    },
    readLink: async (to, options) => {
      const mail = await waitForMail(to, options);
      const link = /https?:\/\/[^\s"'<>]+/.exec(mail.body)?.[0];
      if (!link) throw new Error(`No link in the email to ${to}: ${mail.body}`);
      return link;
    },
  };
}

interface KratosCourierMessage {
  id: string;
  recipient: string;
  subject: string;
  body: string;
  created_at: string;
}

/**
 * The demo's per-run admin secret, read where its pages read it (apps/demo/src/server/admin-guard.ts):
 * the demo refuses admin calls without it.
 */
export async function demoAdminHeaders(origin: string): Promise<Record<string, string>> {
  const response = await fetch(new URL(ADMIN_TOKEN_PATH, origin));
  if (!response.ok) throw new Error(`GET ${origin}${ADMIN_TOKEN_PATH} → ${response.status}: ${await response.text()}`);
  return { [ADMIN_TOKEN_HEADER]: ((await response.json()) as { token: string }).token };
}

/**
 * The emulator's outbox through Kratos' admin API (`kratosAdmin` = the admin API's base URL under the demo,
 * or Kratos' own admin URL with `adminHeaders` giving none).
 */
export function kratosAdminCourier(kratosAdmin: string, adminHeaders: (origin: string) => Promise<Record<string, string>> = demoAdminHeaders): Courier {
  let headers: Promise<Record<string, string>> | undefined;
  return createCourier(async (to) => {
    const url = new URL(`${kratosAdmin}/admin/courier/messages`);
    url.searchParams.set('recipient', to);
    url.searchParams.set('per_page', '500');
    headers ??= adminHeaders(url.origin).catch((error: unknown) => {
      headers = undefined;
      throw error;
    });
    const response = await fetch(url, { headers: await headers });
    if (!response.ok) throw new Error(`GET ${url} → ${response.status}: ${await response.text()}`);
    const messages = (await response.json()) as KratosCourierMessage[];
    return messages
      .filter((m) => m.recipient === to)
      .map((m) => ({ id: m.id, to: m.recipient, subject: m.subject, body: m.body, at: Date.parse(m.created_at) }))
      .sort((a, b) => a.at - b.at);
  });
}

interface CaughtMail {
  id: string;
  to: string[];
  subject: string;
  text: string;
  html?: string;
  date: string;
}

/** The SMTP catcher's HTTP API (see the top of this file). */
export function mailCatcherCourier(mailUrl: string): Courier {
  return createCourier(async (to) => {
    const url = new URL(`${mailUrl.replace(/\/+$/, '')}/messages`);
    url.searchParams.set('to', to);
    const response = await fetch(url);
    if (!response.ok) throw new Error(`GET ${url} → ${response.status}: ${await response.text()}`);
    const mails = (await response.json()) as CaughtMail[];
    return mails
      .filter((m) => m.to.some((address) => address.toLowerCase() === to.toLowerCase()))
      .map((m) => ({ id: m.id, to, subject: m.subject, body: m.text || m.html || '', at: Date.parse(m.date) }))
      .sort((a, b) => a.at - b.at);
  });
}

/** The courier for a backend; `baseURL` is the demo's origin (its `/.ory/kratos/admin` prefix reaches Kratos' admin API). */
export function courierFor(backend: Backend, baseURL: string): Courier {
  const mailUrl = process.env['E2E_MAIL_URL'];
  if (backend === 'real' && mailUrl) return mailCatcherCourier(mailUrl);
  return kratosAdminCourier(`${baseURL}/.ory/kratos/admin`);
}
