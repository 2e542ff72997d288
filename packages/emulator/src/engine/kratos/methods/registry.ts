import type { Env } from '../../env.ts';
import { lookupLogin, lookupSettings } from './lookup.ts';
import { oidcLogin, oidcRegistration, oidcSettings } from './oidc.ts';
import { passwordLogin, passwordRegistration, passwordSettings } from './password.ts';
import { profileSettings } from './profile.ts';
import { totpLogin, totpSettings } from './totp.ts';
import type { LoginStrategy, RegistrationStrategy, SettingsStrategy } from './types.ts';
import { webauthnLogin, webauthnRegistration, webauthnSettings } from './webauthn.ts';

// Strategies in Kratos' registry order (password, oidc, profile, code, link, totp, webauthn,
// lookup_secret): the order they add nodes before sorting, and the order they get a submit.

export function loginStrategies(env: Env): LoginStrategy[] {
  return [passwordLogin, ...(env.options.oidcProviders.length ? [oidcLogin] : []), totpLogin, webauthnLogin, lookupLogin];
}

export function registrationStrategies(env: Env): RegistrationStrategy[] {
  return [passwordRegistration, ...(env.options.oidcProviders.length ? [oidcRegistration] : []), webauthnRegistration];
}

export function settingsStrategies(env: Env): SettingsStrategy[] {
  return [passwordSettings, ...(env.options.oidcProviders.length ? [oidcSettings] : []), profileSettings, totpSettings, webauthnSettings, lookupSettings];
}
