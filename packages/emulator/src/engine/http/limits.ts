import type { EmulatorResponse } from '../types.ts';
import { defaultError } from '../errors.ts';
import { utf8Length } from '../util/strings.ts';

/**
 * The largest request body the emulator reads: 1 MiB. Kratos v0.11 and Hydra v2 set no limit of their
 * own (Go's net/http only caps url-encoded forms at 10 MB); no Ory payload comes near 1 MiB (identity
 * schemas bound traits far below it, Kratos hashes at most 72 bytes of password), and without a cap one
 * request can hold the emulator's memory or its event loop (issue 11, item 3).
 */
export const MAX_BODY_BYTES = 1024 * 1024;

/** True when a body is over {@link MAX_BODY_BYTES} (UTF-8 bytes are never fewer than UTF-16 units). */
export function isBodyTooLarge(body: string | undefined): boolean {
  if (!body) return false;
  return body.length > MAX_BODY_BYTES || utf8Length(body) > MAX_BODY_BYTES;
}

/** The 413 answer, as a herodot error body. */
export function payloadTooLarge(): EmulatorResponse {
  const error = defaultError(413, {
    message: 'The request body is too large',
    reason: `The emulator reads request bodies of at most ${MAX_BODY_BYTES} bytes.`,
  });
  return {
    status: 413,
    headers: { 'content-type': 'application/json', 'cache-control': 'private, no-cache, no-store, must-revalidate' },
    body: JSON.stringify({ error }),
  };
}
