// What the demo answers Hydra with, shared by the OAuth2 pages (browser) and their loaders and actions (server).

/** How long Hydra remembers a login or consent the person asked it to remember (seconds). */
export const REMEMBER_FOR = 3600;

/** Scopes the sample client cannot work without: always granted when asked for (the card shows them ticked). */
export const REQUIRED_SCOPES: readonly string[] = ['openid'];
