// The URL policy over hostile shapes (every one must be refused) and the good ones that must keep working.
import { describe, expect, test } from 'vitest';
import {
  cleanUrl,
  clientUrlPolicy,
  createOryClient,
  formActionUrl,
  imageUrl,
  isUnderUrls,
  linkUrl,
  redirectBrowserToUrl,
  returnToUrl,
  scriptUrl,
  type UrlPolicy,
} from '../src/index.ts';

const policy: UrlPolicy = {
  appUrl: 'https://app.example/login?flow=1',
  kratosUrls: ['https://auth.example'],
  allowedReturnUrls: ['https://shop.example', 'https://partner.example/app', 'https://*.tenant.example'],
  allowedScriptUrls: ['https://cdn.example/ory/'],
};

// Characters people do not see: C0/C1 controls, Unicode white space, zero-width and bidi marks, the BOM.
const INVISIBLE = [
  ...Array.from({ length: 0x21 }, (_, i) => String.fromCharCode(i)),
  ...Array.from({ length: 0x21 }, (_, i) => String.fromCharCode(0x7f + i)),
  '\u00ad', '\u061c', '\u1680', '\u180e',
  ...Array.from({ length: 0x10 }, (_, i) => String.fromCharCode(0x2000 + i)),
  '\u2028', '\u2029', '\u202a', '\u202e', '\u202f', '\u205f', '\u2060', '\u2066', '\u3000', '\ufeff',
];
const hex = (s: string) => s.replace(/[^\x21-\x7e]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);

const SCRIPT_SCHEMES = [
  'javascript:alert(1)',
  'JaVaScRiPt:alert(document.domain)',
  'JAVASCRIPT:alert(1)',
  'javascript://%0aalert(1)',
  'javascript:/*https://app.example*/alert(1)',
  'vbscript:msgbox(1)',
  'VBScript:msgbox(1)',
  'data:text/html,<script>alert(1)</script>',
  'data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==',
  'DATA:text/html,x',
  'data:application/javascript,alert(1)',
  'blob:https://app.example/0f1e2d3c-4b5a-6978-8796-a5b4c3d2e1f0',
  'file:///etc/passwd',
  'filesystem:https://app.example/temporary/x',
  'about:blank',
  'chrome://settings',
  'view-source:https://app.example/',
  'intent://evil#Intent;scheme=https;end',
  'ftp://evil.example/x',
  'ws://app.example/socket',
  'jar:https://evil.example/x.jar!/',
];

// Script schemes disguised with invisible characters before, inside or after them.
const DISGUISED = [
  ...INVISIBLE.map((c) => `${c}javascript:alert(1)`),
  ...INVISIBLE.filter((c) => c !== ' ').map((c) => `java${c}script:alert(1)`),
  '\u00a0\u2028\ufeffjavascript:alert(1)',
  'javascript\u00a0:alert(1)',
  ' \tjava\nscript:alert(1)',
  '\u00a0data:text/html,<script>alert(1)</script>',
  '\u2028vbscript:msgbox(1)',
  'java\u0000script:alert(1)',
  '\u200bjavascript:alert(1)\u200b',
];

// Shapes that leave the app's origin for a host that is on no list.
const OFF_ORIGIN = [
  'https://evil.example/x',
  'http://evil.example/x',
  '//evil.example/x',
  '///evil.example/x',
  '////evil.example/x',
  '/\\evil.example/x',
  '\\\\evil.example/x',
  '\\/evil.example/x',
  '/\t/evil.example/x',
  ' //evil.example/x',
  '\u00a0//evil.example',
  '/%2F%2Fevil.example/x',
  '/%2fevil.example',
  '/%5Cevil.example',
  '/%5c%5cevil.example',
  '%2F%2Fevil.example',
  'http:evil.example/x',
  'http:/evil.example/x',
  'https://app.example@evil.example/x',
  'https://app.example:443@evil.example/',
  'https://evil.example\\@app.example/',
  'https://evil.example#@app.example/',
  'https://evil.example?@app.example/',
  'https://user:pass@app.example/x',
  'https://app.example%40evil.example/',
  'https://app.example.evil.example/',
  'https://app.example\u3002evil.example/',
  'https://app.example./x',
  'https://\u0430pp.example/',
  'https://xn--pp-6kc.example/',
  'https://app.exampl\u0435/',
  'https://app.example:8443/x',
  'http://app.example/x',
  'https://shop.example.evil.example/',
  'https://evilshop.example/',
  'https://partner.example/application',
  'https://partner.example/ap',
  'https://partner.example/',
  'https://partner.example/app/../admin',
  'https://partner.example/app%2F..%2Fadmin',
  'https://tenant.example.evil.example/',
  'https://eviltenant.example/',
  'http://a.tenant.example/',
  'https://a.tenant.example:8443/',
  'https://auth.example/self-service/login/browser',
  'https://%65vil.example/',
  'https://0x7f.1/',
  'https://[::1]/',
  'https://',
  '',
  '   ',
  '\u200b',
];

const HOSTILE_NAVIGATION = [...SCRIPT_SCHEMES, ...DISGUISED, ...OFF_ORIGIN];

describe('navigation (return_to, returnTo, continue links)', () => {
  test(`refuses every one of ${new Set(HOSTILE_NAVIGATION).size} hostile URLs`, () => {
    expect(new Set(HOSTILE_NAVIGATION).size).toBeGreaterThanOrEqual(100);
    const let_through = HOSTILE_NAVIGATION.filter((u) => returnToUrl(u, policy) !== undefined).map(hex);
    expect(let_through).toEqual([]);
  });

  test.each([
    ['/settings', 'https://app.example/settings'],
    ['settings?x=1#top', 'https://app.example/settings?x=1#top'],
    ['?return=1', 'https://app.example/login?return=1'],
    ['https://app.example/', 'https://app.example/'],
    ['HTTPS://APP.EXAMPLE/Account', 'https://app.example/Account'],
    ['https://app.example:443/x', 'https://app.example/x'],
    ['https://\uff41pp.example/x', 'https://app.example/x'],
    ['https:x', 'https://app.example/x'],
    ['\u00a0https://app.example/x\u2028', 'https://app.example/x'],
    ['https://app.example/a b', 'https://app.example/a%20b'],
    ['https://shop.example/cart?id=1', 'https://shop.example/cart?id=1'],
    ['https://SHOP.example', 'https://shop.example/'],
    ['https://partner.example/app', 'https://partner.example/app'],
    ['https://partner.example/app/', 'https://partner.example/app/'],
    ['https://partner.example/app/x/y?z', 'https://partner.example/app/x/y?z'],
    ['https://partner.example/app?next=1', 'https://partner.example/app?next=1'],
    ['https://a.tenant.example/home', 'https://a.tenant.example/home'],
    ['https://b.c.tenant.example/', 'https://b.c.tenant.example/'],
  ])('keeps %j → %s', (input, expected) => {
    expect(returnToUrl(input, policy)).toBe(expected);
  });

  test('a policy without allow-list keeps to the app origin only', () => {
    expect(returnToUrl('https://shop.example/', { appUrl: 'https://app.example/' })).toBeUndefined();
    expect(returnToUrl('/x', { appUrl: 'https://app.example/' })).toBe('https://app.example/x');
  });
});

describe('server redirects (redirect_browser_to: an OIDC provider)', () => {
  test.each([
    'https://github.com/login/oauth/authorize?client_id=x&redirect_uri=https%3A%2F%2Fauth.example%2Fcallback',
    'https://accounts.google.com/o/oauth2/v2/auth?x=1',
    'https://app.example/settings?flow=1',
    '/settings?flow=1',
  ])('follows %s', (url) => {
    expect(redirectBrowserToUrl(url, policy)).toBe(new URL(url, policy.appUrl).href);
  });

  test('never a script scheme, userinfo or a slashy path', () => {
    const hostile = [...SCRIPT_SCHEMES, ...DISGUISED, 'https://user:pw@github.com/', 'https://app.example//evil.example', '/%2F%2Fevil.example', ''];
    expect(hostile.filter((u) => redirectBrowserToUrl(u, policy) !== undefined).map(hex)).toEqual([]);
  });
});

describe('links and images', () => {
  test('links: http(s), mailto and tel on any origin; relative links stay relative', () => {
    expect(linkUrl('/recovery')).toBe('/recovery');
    expect(linkUrl(' /recovery?x=1 ')).toBe('/recovery?x=1');
    expect(linkUrl('https://client.example/tos')).toBe('https://client.example/tos');
    expect(linkUrl('mailto:a@b.example')).toBe('mailto:a@b.example');
    expect(linkUrl('tel:+1-555-0100')).toBe('tel:+1-555-0100');
    expect(linkUrl('\u00a0https://client.example/')).toBe('https://client.example/');
  });

  test('links: no script scheme in any disguise', () => {
    const hostile = [...SCRIPT_SCHEMES, ...DISGUISED, 'https://user:pw@client.example/'];
    expect(hostile.filter((u) => linkUrl(u) !== undefined).map(hex)).toEqual([]);
    expect(linkUrl(42)).toBeUndefined();
    expect(linkUrl(null)).toBeUndefined();
    expect(linkUrl(`/${'x'.repeat(1 << 20)}`)).toBeUndefined();
  });

  test('images: http(s) and raster or SVG data images only', () => {
    expect(imageUrl('data:image/png;base64,iVBORw0KGgo=')).toBe('data:image/png;base64,iVBORw0KGgo=');
    expect(imageUrl('data:image/svg+xml,<svg/>')).toBe('data:image/svg+xml,<svg/>');
    const qr = `data:image/png;base64,${'iVBORw0KGgo'.repeat(1600)}`; // the size of Kratos' TOTP QR code
    expect(imageUrl(qr)).toBe(qr);
    expect(imageUrl(' data:image/png;base64,iVBORw0KGgo= ')).toBe('data:image/png;base64,iVBORw0KGgo=');
    expect(imageUrl('https://client.example/logo.png')).toBe('https://client.example/logo.png');
    const hostile = [...SCRIPT_SCHEMES, ...DISGUISED, 'data:image/png', 'data:imagex/png,AAA', 'data:text/plain;image/png,x'];
    expect(hostile.filter((u) => imageUrl(u) !== undefined).map(hex)).toEqual([]);
  });
});

describe('form actions and scripts: Kratos only', () => {
  const action = 'https://auth.example/self-service/login?flow=1';

  test('a form posts to Kratos or the app, nowhere else', () => {
    expect(formActionUrl(action, policy)).toBe(action);
    expect(formActionUrl('/self-service/login?flow=1', policy)).toBe('/self-service/login?flow=1');
    const hostile = [...SCRIPT_SCHEMES, ...DISGUISED, ...OFF_ORIGIN.filter((u) => !u.startsWith('https://auth.example/')), 'https://shop.example/collect'];
    expect(hostile.filter((u) => formActionUrl(u, policy) !== undefined).map(hex)).toEqual([]);
  });

  test('without a configured Kratos URL any http(s) action passes, no script scheme does', () => {
    expect(formActionUrl('https://kratos.test/self-service/login?flow=1', { appUrl: policy.appUrl })).toBe('https://kratos.test/self-service/login?flow=1');
    expect(formActionUrl('javascript:alert(1)', {})).toBeUndefined();
  });

  test('scripts load from Kratos or the script allow-list', () => {
    expect(scriptUrl('https://auth.example/.well-known/ory/webauthn.js', policy)).toBe('https://auth.example/.well-known/ory/webauthn.js');
    expect(scriptUrl('https://cdn.example/ory/webauthn.js', policy)).toBe('https://cdn.example/ory/webauthn.js');
    const hostile = [
      ...SCRIPT_SCHEMES,
      ...DISGUISED,
      'data:text/javascript,alert(1)',
      '//evil.example/webauthn.js',
      'https://evil.example/.well-known/ory/webauthn.js',
      'https://app.example/uploads/x.js',
      'https://cdn.example/other/x.js',
      'https://cdn.example/ory',
      'https://auth.example@evil.example/webauthn.js',
      'https://auth.example.evil.example/webauthn.js',
    ];
    expect(hostile.filter((u) => scriptUrl(u, policy) !== undefined).map(hex)).toEqual([]);
  });

  test("without a configured Kratos URL, scripts come from the flow action's origin", () => {
    const p = { appUrl: 'https://app.example/' };
    expect(scriptUrl('http://127.0.0.1:4433/.well-known/ory/webauthn.js', p, 'http://127.0.0.1:4433/self-service/login?flow=1')).toBeDefined();
    expect(scriptUrl('https://evil.example/webauthn.js', p, 'http://127.0.0.1:4433/self-service/login?flow=1')).toBeUndefined();
    expect(scriptUrl('https://evil.example/webauthn.js', p)).toBeUndefined();
  });
});

describe('the pieces', () => {
  test('cleanUrl strips invisible edges, drops tabs and newlines, refuses hidden characters inside', () => {
    expect(cleanUrl('\u00a0\u2028 /x \ufeff')).toBe('/x');
    expect(cleanUrl('java\tscr\nipt:x')).toBe('javascript:x');
    expect(cleanUrl('/a\u200bb')).toBeUndefined();
    expect(cleanUrl('/a b')).toBe('/a b');
  });

  test('isUnderUrls matches prefixes on path segments, after parsing', () => {
    const list = ['https://partner.example/app'];
    expect(isUnderUrls(new URL('https://partner.example/app/x'), list)).toBe(true);
    expect(isUnderUrls(new URL('https://partner.example/apples'), list)).toBe(false);
    expect(isUnderUrls(new URL('https://PARTNER.example:443/app'), list)).toBe(true);
    expect(isUnderUrls(new URL('https://partner.example/app'), ['https://partner.example/app/'])).toBe(false);
    expect(isUnderUrls(new URL('https://partner.example/app/'), ['https://partner.example/app/'])).toBe(true);
    expect(isUnderUrls(new URL('https://partner.example/'), ['not a url', ''])).toBe(false);
  });

  test("clientUrlPolicy: Kratos' public URL and the client's lists", () => {
    const ory = createOryClient({ baseUrl: { kratosPublic: '/.ory/kratos/public' }, allowedReturnUrls: ['https://shop.example'] });
    expect(clientUrlPolicy(ory, 'https://app.example/login')).toEqual({
      appUrl: 'https://app.example/login',
      kratosUrls: ['/.ory/kratos/public'],
      allowedReturnUrls: ['https://shop.example'],
      allowedScriptUrls: [],
    });
    // On a server a relative base URL names no origin.
    expect(clientUrlPolicy(ory, undefined).kratosUrls).toEqual([]);
    expect(clientUrlPolicy(undefined, undefined)).toEqual({ appUrl: undefined, kratosUrls: [], allowedReturnUrls: [], allowedScriptUrls: [] });
  });
});
