// What the kit fetches with import() after the first render, in one chunk: a bundler gives every
// lazily imported module its own chunk plus a shared chunk per combination of importers, and the page
// would download the glue between them. Nothing here renders on the server.
//   the WebAuthn ceremony (form/webauthn.ts, once a form has a security-key button; nodes/webauthn/lazy.ts),
//   the confirmation dialog (primitives/confirm-dialog-slot.tsx, preloaded by Settings and Sessions).
export { runWebAuthn } from './form/webauthn-run.ts';
export { runCeremony } from './nodes/webauthn/ceremony.ts';
export { ConfirmDialog } from './primitives/ConfirmDialog.tsx';
