// Formatters shared by every locale: messages whose text is a run-time argument of the server.
import { contextOf } from '../message-key.ts';
import type { MessageFormatter } from '../types.ts';

/** The text is whatever the server computed (JSON Schema validator output, an error reason): keep it. */
export const serverText: MessageFormatter = () => undefined;

/** 1070002: the identity schema's field title; translated through the app's `titles` map, else the server's. */
export const schemaTitle: MessageFormatter = (_context, helpers) => helpers.title();

/** 1050006 / 1050009: the text is a secret (TOTP key, backup code), found in `context.secret`. */
export const secret: MessageFormatter = (context) =>
  typeof context.secret === 'string' && context.secret !== '' ? context.secret : undefined;

/**
 * 1050015: the list of backup codes. `context.secrets` holds one message per code: 1050009 (the code,
 * in `context.secret`) or 1050014 (used). Used codes read as the locale's `ui.lookup_secrets.used`.
 */
export const lookupSecretList: MessageFormatter = (context, helpers) => {
  const secrets = context.secrets;
  if (!Array.isArray(secrets) || secrets.length === 0) return undefined;
  return secrets
    .map((item: unknown) => {
      const message = typeof item === 'object' && item !== null ? (item as { id?: unknown; text?: unknown; context?: unknown }) : {};
      if (message.id === 1050014) return helpers.t('ui.lookup_secrets.used');
      const code = contextOf(message).secret;
      if (typeof code === 'string' && code !== '') return code;
      if (typeof message.text === 'string' && message.text !== '') return message.text;
      throw new TypeError('unreadable backup code');
    })
    .join(', ');
};
