import { describe, expectTypeOf, it } from 'vitest';
import type { OAuth2Client, OperationOutput, Session } from '../src/index.ts';

describe('operation types', () => {
  it('a result is the 2xx body only, never the `default` error body', () => {
    expectTypeOf<OperationOutput<'adminGetOAuth2Client'>>().toEqualTypeOf<OAuth2Client>();
    expectTypeOf<OperationOutput<'adminListOAuth2Clients'>>().toEqualTypeOf<OAuth2Client[]>();
    expectTypeOf<OperationOutput<'toSession'>>().toEqualTypeOf<Session>();
    expectTypeOf<OperationOutput<'adminDeleteOAuth2Client'>>().toEqualTypeOf<void>();
    // Kratos answers JavaScript; the client returns its text.
    expectTypeOf<OperationOutput<'getWebAuthnJavaScript'>>().toEqualTypeOf<string>();
  });
});
