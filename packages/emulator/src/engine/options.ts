import type { Clock, ServiceName } from './types.ts';
import { systemClock } from './util/clock.ts';
import { uuidV4 } from './util/random.ts';
import { defaultIdentitySchema } from './kratos/identity/default-schema.ts';

/** A JSON Schema document for identity traits (Kratos' `identity.schemas[].url` contents). */
export type IdentitySchemaDocument = Record<string, unknown>;

export interface IdentitySchemaConfig {
  id: string;
  schema: IdentitySchemaDocument;
}

/** An identity created when the emulator starts (and again on `reset()`). */
export interface SeedIdentity {
  /** Fixed id; random when left out. */
  id?: string;
  schemaId?: string;
  traits: Record<string, unknown>;
  password?: string;
  /** Marks every verifiable address as verified (default true). */
  verified?: boolean;
  metadataPublic?: unknown;
  metadataAdmin?: unknown;
}

/** A fake OpenID Connect provider: its sign-in page lives on the emulator's Kratos public URL. */
export interface OidcProviderConfig {
  id: string;
  /** Button label (Kratos: `label`, else the id). */
  label?: string;
}

export interface EmulatorOptions {
  /**
   * Where each service lives *as the browser sees it*: used for `ui.action`, redirects and links.
   * Defaults: Kratos public http://127.0.0.1:4433, admin :4434, Hydra public :4444, admin :4445,
   * Ory Network :4480.
   */
  urls?: Partial<Record<ServiceName, string>>;
  /** The app's origin; UI URLs and the default return URL derive from it. Default http://localhost:5173. */
  appOrigin?: string;
  /** UI URLs (absolute, or paths relative to `appOrigin`). */
  ui?: Partial<Record<UiName, string>>;
  /** Self-service flow lifespan in ms (default 1 h); per-flow overrides in `flowLifespans`. */
  flowLifespan?: number;
  flowLifespans?: Partial<Record<FlowKind, number>>;
  /** How long after authentication a session may change credentials, in ms (default 15 min). */
  privilegedSessionMaxAge?: number;
  /** Session lifespan in ms (default 24 h). */
  sessionLifespan?: number;
  /** Lifespan of recovery/verification codes and links, in ms (default 1 h). */
  codeLifespan?: number;
  /** `return_to` URLs allowed besides Kratos' own. Default: `[appOrigin, appOrigin + '/']`. */
  allowedReturnUrls?: string[];
  /** Identity schemas; the first is the default. */
  identitySchemas?: IdentitySchemaConfig[];
  /** Identities to create at start; `false` for none. Default: the demo identity. */
  seed?: SeedIdentity[] | false;
  /** `required_aal` of `/sessions/whoami` and settings. Default `highest_available`. */
  requiredAal?: 'aal1' | 'highest_available';
  /** Strategy used by recovery and verification flows (Kratos' `use`). Default `code`. */
  recoveryMethod?: 'code' | 'link';
  verificationMethod?: 'code' | 'link';
  /** Issue a session right after registration (the `session` hook). Default true. */
  sessionAfterRegistration?: boolean;
  /** Fake OIDC providers (default none, as in the e2e Kratos config). */
  oidcProviders?: OidcProviderConfig[];
  /** Password policy: minimum length (default 8) and the identifier similarity check (default on). */
  passwordMinLength?: number;
  passwordIdentifierSimilarityCheck?: boolean;
  /** TOTP issuer shown in authenticator apps. Default `orykit`. */
  totpIssuer?: string;
  /** WebAuthn relying party. */
  /** WebAuthn relying party, and Kratos' `webauthn.config.passwordless` (default false: a second factor). */
  webauthn?: { rpId?: string; rpName?: string; origin?: string; passwordless?: boolean };
  /** Injected time source (tests). */
  clock?: Clock;
  /** Injected id generator (UUIDs). */
  idGenerator?: () => string;
}

export type FlowKind = 'login' | 'registration' | 'settings' | 'recovery' | 'verification';
export type UiName =
  | FlowKind
  | 'error'
  | 'defaultReturn'
  | 'afterLogout'
  | 'afterVerification'
  | 'oauth2Login'
  | 'oauth2Consent'
  | 'oauth2Logout'
  | 'oauth2Error'
  | 'postLogoutRedirect';

export interface ResolvedOptions {
  urls: Record<ServiceName, string>;
  appOrigin: string;
  ui: Record<UiName, string>;
  flowLifespans: Record<FlowKind, number>;
  privilegedSessionMaxAge: number;
  sessionLifespan: number;
  codeLifespan: number;
  allowedReturnUrls: string[];
  identitySchemas: IdentitySchemaConfig[];
  seed: SeedIdentity[];
  requiredAal: 'aal1' | 'highest_available';
  recoveryMethod: 'code' | 'link';
  verificationMethod: 'code' | 'link';
  sessionAfterRegistration: boolean;
  oidcProviders: OidcProviderConfig[];
  passwordMinLength: number;
  passwordIdentifierSimilarityCheck: boolean;
  totpIssuer: string;
  webauthn: { rpId: string; rpName: string; origin: string; passwordless: boolean };
  clock: Clock;
  idGenerator: () => string;
}

export const DEFAULT_PORTS: Record<ServiceName, number> = {
  kratosPublic: 4433,
  kratosAdmin: 4434,
  hydraPublic: 4444,
  hydraAdmin: 4445,
  network: 4480,
};

/** The demo identity every fresh emulator knows. */
export const DEMO_IDENTITY = {
  email: 'demo@orykit.dev',
  password: 'orykit-demo-password',
  name: { first: 'Demo', last: 'User' },
} as const;

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;

const trimSlash = (s: string): string => s.replace(/\/+$/, '');

export function resolveOptions(o: EmulatorOptions = {}): ResolvedOptions {
  const appOrigin = trimSlash(o.appOrigin ?? 'http://localhost:5173');
  const urls = { ...defaultUrls(), ...o.urls };
  for (const k of Object.keys(urls) as ServiceName[]) urls[k] = trimSlash(urls[k]);
  const abs = (v: string): string => (/^[a-z][a-z0-9+.-]*:/i.test(v) ? v : appOrigin + (v.startsWith('/') ? v : '/' + v));
  const uiDefaults: Record<UiName, string> = {
    login: '/login',
    registration: '/registration',
    settings: '/settings',
    recovery: '/recovery',
    verification: '/verification',
    error: '/error',
    defaultReturn: '/',
    afterLogout: '/login',
    afterVerification: '/',
    oauth2Login: '/oauth2/login',
    oauth2Consent: '/oauth2/consent',
    oauth2Logout: '/oauth2/logout',
    oauth2Error: '/error',
    postLogoutRedirect: '/',
  };
  const ui = {} as Record<UiName, string>;
  for (const k of Object.keys(uiDefaults) as UiName[]) ui[k] = abs(o.ui?.[k] ?? uiDefaults[k]);
  const lifespan = o.flowLifespan ?? HOUR;
  return {
    urls,
    appOrigin,
    ui,
    flowLifespans: {
      login: o.flowLifespans?.login ?? lifespan,
      registration: o.flowLifespans?.registration ?? lifespan,
      settings: o.flowLifespans?.settings ?? lifespan,
      recovery: o.flowLifespans?.recovery ?? lifespan,
      verification: o.flowLifespans?.verification ?? lifespan,
    },
    privilegedSessionMaxAge: o.privilegedSessionMaxAge ?? 15 * MINUTE,
    sessionLifespan: o.sessionLifespan ?? 24 * HOUR,
    codeLifespan: o.codeLifespan ?? HOUR,
    allowedReturnUrls: o.allowedReturnUrls ?? [appOrigin, appOrigin + '/'],
    identitySchemas: o.identitySchemas?.length ? o.identitySchemas : [{ id: 'default', schema: defaultIdentitySchema }],
    seed:
      o.seed === false
        ? []
        : (o.seed ?? [{ traits: { email: DEMO_IDENTITY.email, name: { ...DEMO_IDENTITY.name } }, password: DEMO_IDENTITY.password }]),
    requiredAal: o.requiredAal ?? 'highest_available',
    recoveryMethod: o.recoveryMethod ?? 'code',
    verificationMethod: o.verificationMethod ?? 'code',
    sessionAfterRegistration: o.sessionAfterRegistration ?? true,
    oidcProviders: o.oidcProviders ?? [],
    passwordMinLength: o.passwordMinLength ?? 8,
    passwordIdentifierSimilarityCheck: o.passwordIdentifierSimilarityCheck ?? true,
    totpIssuer: o.totpIssuer ?? 'orykit',
    webauthn: {
      rpId: o.webauthn?.rpId ?? new URL(appOrigin).hostname,
      rpName: o.webauthn?.rpName ?? 'orykit',
      origin: o.webauthn?.origin ?? appOrigin,
      passwordless: o.webauthn?.passwordless ?? false,
    },
    clock: o.clock ?? { now: () => Date.now() },
    idGenerator: o.idGenerator ?? uuidV4,
  };
}

export function defaultUrls(): Record<ServiceName, string> {
  const u = {} as Record<ServiceName, string>;
  for (const [k, port] of Object.entries(DEFAULT_PORTS) as [ServiceName, number][]) u[k] = `http://127.0.0.1:${port}`;
  return u;
}

export { systemClock };
