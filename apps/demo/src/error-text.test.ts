import { describe, expect, it } from 'vitest';
import { adminErrorText, schemaSentences } from './error-text.ts';

describe('admin errors as sentences', () => {
  it("Kratos' schema errors: one sentence per field, no JSON pointers", () => {
    const reason = 'I[#/traits/email] S[#/properties/traits/properties/email/format] "ada" is not valid "email"\nI[#/traits/name/first] S[#/properties/traits/properties/name/properties/first/minLength] length must be >= 1, but got 0';
    expect(schemaSentences(reason)).toBe('Email: "ada" is not valid "email". Name first: length must be >= 1, but got 0.');
    expect(schemaSentences('I[#/traits/email] missing properties: "email"')).toBe('Email: missing properties: "email".');
  });

  it("Hydra's error_description instead of the request line", () => {
    const body = { error: 'invalid_request', error_description: 'The request is missing a required parameter.', status_code: 400 };
    expect(adminErrorText(body, 'POST /admin/clients: 400 Bad Request')).toBe('The request is missing a required parameter.');
  });

  it("Kratos' reason first; the fallback when the body says nothing", () => {
    expect(adminErrorText({ error: { code: 409, message: 'conflict', reason: 'This identity conflicts with another identity that already exists.' } }, 'x')).toBe(
      'This identity conflicts with another identity that already exists.',
    );
    expect(adminErrorText('<html>', 'POST /admin/identities: 502: the body is not JSON')).toBe('POST /admin/identities: 502: the body is not JSON');
  });
});
