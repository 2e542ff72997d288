import type { IdentitySchemaDocument } from '../../options.ts';

/**
 * The default identity schema: the one orykit's end-to-end Kratos uses
 * (e2e/servers/kratos/identity.schema.json), so both backends render the same nodes.
 */
export const defaultIdentitySchema: IdentitySchemaDocument = {
  $id: 'https://orykit.local/e2e/identity.schema.json',
  $schema: 'http://json-schema.org/draft-07/schema#',
  title: 'Person',
  type: 'object',
  properties: {
    traits: {
      type: 'object',
      properties: {
        email: {
          type: 'string',
          format: 'email',
          title: 'E-Mail',
          minLength: 3,
          maxLength: 320,
          'ory.sh/kratos': {
            credentials: {
              password: { identifier: true },
              webauthn: { identifier: true },
              totp: { account_name: true },
            },
            verification: { via: 'email' },
            recovery: { via: 'email' },
          },
        },
        name: {
          type: 'object',
          properties: {
            first: { type: 'string', title: 'First name', maxLength: 100 },
            last: { type: 'string', title: 'Last name', maxLength: 100 },
          },
          additionalProperties: false,
        },
      },
      required: ['email'],
      additionalProperties: false,
    },
  },
};
