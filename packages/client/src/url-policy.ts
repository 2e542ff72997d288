// Where a URL from a server, an app option or the address bar may lead. One module for every link, image,
// form action, script and navigation the kit produces: each URL is cleaned, parsed with the WHATWG parser
// (the browser's own), and judged on the parsed result; what is returned is what was judged.
import type { OryClient } from './client.ts';

/**
 * What the kit may trust. Every field is optional: a policy without `appUrl` (server rendering) treats
 * relative URLs as the app's own.
 */
export interface UrlPolicy {
  /** The page's URL: relative URLs resolve against it and its origin is "same-origin". */
  appUrl?: string | undefined;
  /** Kratos' public URLs: flow forms may post to, and script nodes load from, their origins. */
  kratosUrls?: readonly string[] | undefined;
  /** Where `return_to` and other navigation may go besides the app's origin: origins or URL prefixes. */
  allowedReturnUrls?: readonly string[] | undefined;
  /** Where script nodes may load from besides Kratos' origins: origins or URL prefixes. */
  allowedScriptUrls?: readonly string[] | undefined;
}

// Characters a person does not see, or that browsers drop: C0 controls and space, DEL and C1 controls,
// Unicode white space, soft hyphen, zero-width and bidi controls, word joiners, the BOM.
const INVISIBLE =
  '\\u0000-\\u0020\\u007f-\\u00a0\\u00ad\\u061c\\u1680\\u180e\\u2000-\\u200f\\u2028-\\u202f\\u205f-\\u2064\\u2066-\\u206f\\u3000\\ufeff';
const EDGES = new RegExp(`^[${INVISIBLE}]+|[${INVISIBLE}]+$`, 'g');
// Inside a URL a plain space is allowed (the parser percent-encodes it); nothing else invisible is.
const HIDDEN_INSIDE = new RegExp(`[${INVISIBLE.replace('\\u0000-\\u0020', '\\u0000-\\u001f')}]`);
// The WHATWG parser removes ASCII tab and newline anywhere, so `java\tscript:` is `javascript:`.
const TAB_OR_NEWLINE = /[\t\n\r]/g;
const SCHEME = /^[a-z][a-z0-9+.-]*:/i;
// Bounds the work on hostile input; a TOTP QR code's data URL is a few dozen kB.
const MAX_LENGTH = 1 << 20;
// Stands in for the page on a server: relative URLs resolve to it and count as the app's own.
const NO_PAGE = 'http://app.invalid/';

/**
 * The URL as the browser will read it: invisible characters stripped from both ends, tabs and newlines
 * removed; `undefined` for a non-string, an empty or over-long one, or one hiding control, zero-width or
 * Unicode white-space characters inside.
 *
 * @example
 * cleanUrl('\u00a0javascript:alert(1)') // 'javascript:alert(1)' (and no policy allows that scheme)
 */
export function cleanUrl(input: unknown): string | undefined {
  if (typeof input !== 'string' || input.length > MAX_LENGTH) return undefined;
  const clean = input.replace(EDGES, '').replace(TAB_OR_NEWLINE, '');
  return clean === '' || HIDDEN_INSIDE.test(clean) ? undefined : clean;
}

interface Parsed {
  /** The cleaned input. */
  clean: string;
  url: URL;
  /** The input names its scheme (`https:…`); else it is relative to the page. */
  absolute: boolean;
}

function parse(input: unknown, policy: UrlPolicy | undefined): Parsed | undefined {
  const clean = cleanUrl(input);
  if (clean === undefined) return undefined;
  try {
    return { clean, url: new URL(clean, policy?.appUrl ?? NO_PAGE), absolute: SCHEME.test(clean) };
  } catch {
    return undefined;
  }
}

/** What to render: the parsed URL when the input was absolute, else the cleaned relative input. */
const rendered = (p: Parsed) => (p.absolute ? p.url.href : p.clean);

/** An http(s) URL with a host and no `user:password@` (a classic disguise for the real host). */
const isPlainHttp = (url: URL) => /^https?:$/.test(url.protocol) && url.hostname !== '' && !url.username && !url.password;

// A path that starts with an empty or encoded segment (`//x`, `/%2F…`, `/%5C…`) becomes another host
// when a router or server decodes it or builds a protocol-relative URL from it.
const SLASHY_PATH = /^\/(?:\/|%2f|%5c)/i;

/** A URL a person may be sent to or post to: plain http(s), and no path that turns into another host. */
function navigable(input: unknown, policy: UrlPolicy | undefined): Parsed | undefined {
  const p = parse(input, policy);
  return p && isPlainHttp(p.url) && !SLASHY_PATH.test(p.url.pathname) ? p : undefined;
}

/** An allow-list entry or Kratos URL, absolute and plain http(s). */
function absoluteOf(entry: string, appUrl: string | undefined): URL | undefined {
  const url = parse(entry, { appUrl })?.url;
  return url && isPlainHttp(url) ? url : undefined;
}

/**
 * Whether `url` is under one of `entries`: an origin (`https://shop.example`), an origin with a path
 * prefix matched on segment boundaries (`https://shop.example/app` allows `/app`, `/app/x`, `/app?x`, not
 * `/application`; `https://shop.example/app/` allows `/app/…` only), or Kratos' `https://*.example.com` for any subdomain. Origins are compared after
 * parsing, so letter case, default ports and IDN (punycode) spellings cannot slip past.
 *
 * @example
 * isUnderUrls(new URL('https://shop.example/app/cart'), ['https://shop.example/app']) // true
 */
export function isUnderUrls(url: URL, entries: readonly string[] | undefined, appUrl?: string): boolean {
  const path = url.pathname;
  return (
    isPlainHttp(url) &&
    (entries ?? []).some((raw) => {
      const wildcard = /^https?:\/\/\*\./i.test(raw.trim());
      const entry = absoluteOf(wildcard ? raw.trim().replace('*.', 'wildcard.') : raw, appUrl);
      if (!entry) return false;
      const host = wildcard
        ? entry.protocol === url.protocol && entry.port === url.port && url.hostname.endsWith(entry.hostname.slice('wildcard'.length))
        : entry.origin === url.origin;
      // `/app` allows `/app` and `/app/…`; `/app/` allows `/app/…`; `/` allows every path.
      const prefix = entry.pathname;
      return host && (path === prefix || path.startsWith(prefix.endsWith('/') ? prefix : `${prefix}/`));
    })
  );
}

const appOrigin = (policy: UrlPolicy) => new URL(policy.appUrl ?? NO_PAGE).origin;

/**
 * Where the kit may send a person (`return_to`, the `returnTo` option, a flow's "continue" link): http(s)
 * on the app's origin or under `allowedReturnUrls`. Returns the absolute URL, or `undefined`.
 *
 * @example
 * const policy = { appUrl: 'https://app.example/login', allowedReturnUrls: ['https://shop.example'] }
 * returnToUrl('/settings', policy)                  // 'https://app.example/settings'
 * returnToUrl('https://evil.example/x', policy)     // undefined
 * returnToUrl('javascript:alert(1)', policy)        // undefined
 */
export function returnToUrl(input: unknown, policy: UrlPolicy): string | undefined {
  const url = navigable(input, policy)?.url;
  return url && (url.origin === appOrigin(policy) || isUnderUrls(url, policy.allowedReturnUrls, policy.appUrl)) ? url.href : undefined;
}

/**
 * A redirect Kratos or Hydra asked for (`redirect_browser_to`, Hydra's `redirect_to`): it may leave the
 * app (an OIDC provider's sign-in page), but only for an http(s) URL without userinfo.
 *
 * @example
 * redirectBrowserToUrl('https://github.com/login/oauth/authorize?…', policy) // the URL
 * redirectBrowserToUrl('javascript:alert(1)', policy)                       // undefined
 */
export function redirectBrowserToUrl(input: unknown, policy: UrlPolicy): string | undefined {
  return navigable(input, policy)?.url.href;
}

/**
 * An href to render (anchor nodes, footer links, an OAuth2 client's policy and terms): http(s) without
 * userinfo, `mailto:` or `tel:`, on any origin; relative URLs stay relative.
 *
 * @example
 * linkUrl('/recovery')                // '/recovery'
 * linkUrl('\u2028javascript:alert(1)') // undefined
 */
export function linkUrl(input: unknown, policy?: UrlPolicy): string | undefined {
  const p = parse(input, policy);
  if (!p) return undefined;
  if (p.url.protocol === 'mailto:' || p.url.protocol === 'tel:') return p.clean;
  return isPlainHttp(p.url) ? rendered(p) : undefined;
}

const DATA_IMAGE = /^data:image\/(?:png|jpeg|gif|webp|avif|svg\+xml)[;,]/i;
const DATA_BASE64_IMAGE = /^data:image\/(?:png|jpeg|gif|webp|avif|svg\+xml);base64,[a-z0-9+/]/i;

/**
 * An image `src` (img nodes such as the TOTP QR code, an OAuth2 client's logo): http(s) on any origin, or
 * a `data:image/…` URL (an `<img>` never runs script, SVG included).
 *
 * @example
 * imageUrl('data:image/png;base64,iVBOR…') // the same URL
 * imageUrl('data:text/html,…')            // undefined
 */
export function imageUrl(input: unknown, policy?: UrlPolicy): string | undefined {
  // A base64 image (Kratos' TOTP QR code is ~17 kB) is judged on its prefix alone: its data cannot make
  // it another kind of URL, and an <img> runs nothing it shows (not even an SVG's scripts).
  if (typeof input === 'string' && input.length <= MAX_LENGTH && DATA_BASE64_IMAGE.test(input)) return input;
  const p = parse(input, policy);
  if (!p) return undefined;
  if (p.url.protocol === 'data:') return DATA_IMAGE.test(p.clean) ? p.clean : undefined;
  return isPlainHttp(p.url) ? rendered(p) : undefined;
}

/**
 * Kratos' origins: the configured ones, or, when the app configured none, the origin of the flow's own
 * `ui.action` (the only word on it there is).
 */
function onKratos(url: URL, policy: UrlPolicy, flowAction: string | undefined): boolean {
  const configured = policy.kratosUrls?.length ? policy.kratosUrls : flowAction === undefined ? [] : [flowAction];
  return configured.some((k) => absoluteOf(k, policy.appUrl)?.origin === url.origin);
}

/**
 * A flow form's `action` (`ui.action`): http(s) on Kratos' origin or the app's own. Anything else would
 * post the person's password elsewhere. Only a policy with `kratosUrls` can tell; without, any http(s)
 * action passes.
 *
 * @example
 * const policy = { appUrl: 'https://app.example/login', kratosUrls: ['https://auth.example'] }
 * formActionUrl('https://auth.example/self-service/login?flow=1', policy) // the URL
 * formActionUrl('https://evil.example/collect', policy)                    // undefined
 */
export function formActionUrl(input: unknown, policy: UrlPolicy): string | undefined {
  const p = navigable(input, policy);
  // With no Kratos URL configured there is nothing to compare with: the action is taken as Kratos' own.
  return p && (p.url.origin === appOrigin(policy) || onKratos(p.url, policy, p.url.href)) ? rendered(p) : undefined;
}

/**
 * A script node's `src` (Kratos' webauthn.js): http(s) on Kratos' origin (when none is configured, the
 * origin of the flow's `ui.action`) or under `allowedScriptUrls`; never `data:`, `blob:` or another host.
 *
 * @example
 * scriptUrl('https://auth.example/.well-known/ory/webauthn.js', { kratosUrls: ['https://auth.example'] }) // the URL
 * scriptUrl('data:text/javascript,alert(1)', policy) // undefined
 */
export function scriptUrl(input: unknown, policy: UrlPolicy, flowAction?: string): string | undefined {
  const p = navigable(input, policy);
  return p && (onKratos(p.url, policy, flowAction) || isUnderUrls(p.url, policy.allowedScriptUrls, policy.appUrl)) ? rendered(p) : undefined;
}

/**
 * The policy of a configured client on a page: Kratos' public URL and the client's `allowedReturnUrls` /
 * `allowedScriptUrls`. Without a page (server rendering), relative base URLs say nothing.
 *
 * @example
 * const policy = clientUrlPolicy(ory, window.location.href)
 */
export function clientUrlPolicy(client: OryClient | undefined, appUrl: string | undefined): UrlPolicy {
  const kratos = client?.baseUrl('kratosPublic');
  const kratosUrls = kratos !== undefined && (appUrl !== undefined || SCHEME.test(kratos)) ? [kratos] : [];
  return {
    appUrl,
    kratosUrls,
    allowedReturnUrls: client?.options.allowedReturnUrls ?? [],
    allowedScriptUrls: client?.options.allowedScriptUrls ?? [],
  };
}
