// English catalog: every message id Kratos v0.9–v0.11 can send (text/id.go), the id variants chosen by
// `messageKey`, and the UI strings of the components (`ui.*`). The texts are our own wording of
// Kratos' meaning. Placeholders are the fields of the message's `context` (see KRATOS-NOTES.md);
// `{x, relative}` renders an RFC 3339 time relative to now ("5 minutes ago", "in 15 minutes").
//
// The entries live in en/, one module per flow: every component carries `enCore` (login and what every
// flow shows) and each flow component brings its own part, so a page with only <Login> bundles no
// settings, consent or sessions sentences. This module is the whole catalog (the other locales' shape).
// It must not import any other locale.
import type { MessageEntry, Messages } from '../types.ts';
import { enCore } from './en/core.ts';
import { enOAuth2 } from './en/oauth2.ts';
import { enRecovery } from './en/recovery.ts';
import { enRegistration } from './en/registration.ts';
import { enSessions } from './en/sessions.ts';
import { enSettings } from './en/settings.ts';
import { enVerification } from './en/verification.ts';

export const en = { ...enCore, ...enRegistration, ...enRecovery, ...enVerification, ...enSettings, ...enOAuth2, ...enSessions } satisfies Messages;

/** A key of the English catalog: every key the kit itself uses. */
export type KnownMessageKey = keyof typeof en;

/** The shape every locale module must have: exactly the English keys. */
export type Catalog = { [K in KnownMessageKey]: MessageEntry };
