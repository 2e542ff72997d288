import { en, type KnownMessageKey } from './messages/en.ts';

/** Every key the kit knows (the English catalog's). Catalogs may hold more; keys stay plain strings. */
export const messageKeys: readonly KnownMessageKey[] = /* @__PURE__ */ Object.keys(en) as KnownMessageKey[];
