// What the user typed, outside React state: each field subscribes to its own key, so a keystroke
// re-renders the one field typed into, not the flow. The store outlives new flows (a 400 keeps what
// was typed); passwords are dropped once a submit is answered, as Kratos does.

interface Entry {
  value: string | boolean;
  password: boolean;
}

export interface FieldValues {
  /** The typed value of a field, or `undefined` when the user has not touched it. */
  get(key: string): string | boolean | undefined;
  set(key: string, value: string | boolean, password: boolean): void;
  /** Calls `onChange` when this one field changes; returns the unsubscribe function. */
  subscribe(key: string, onChange: () => void): () => void;
  /** Forgets typed passwords without notifying: the caller is rendering a new flow anyway. */
  dropPasswords(): void;
  /** Forgets every typed value whose key starts with `prefix` (a saved form's fields), without notifying. */
  dropPrefix(prefix: string): void;
}

/**
 * A per-field value store.
 * @example
 * ```ts
 * const values = createFieldValues();
 * values.subscribe('password|traits.email', rerender);
 * values.set('password|traits.email', 'ada@example.com', false); // calls rerender
 * ```
 */
export function createFieldValues(): FieldValues {
  const entries = new Map<string, Entry>();
  const listeners = new Map<string, Set<() => void>>();
  return {
    get: (key) => entries.get(key)?.value,
    set(key, value, password) {
      if (entries.get(key)?.value === value) return;
      entries.set(key, { value, password });
      listeners.get(key)?.forEach((l) => l());
    },
    subscribe(key, onChange) {
      let set = listeners.get(key);
      if (!set) listeners.set(key, (set = new Set()));
      set.add(onChange);
      return () => {
        set.delete(onChange);
        if (set.size === 0) listeners.delete(key);
      };
    },
    dropPasswords() {
      for (const [k, e] of entries) if (e.password) entries.delete(k);
    },
    dropPrefix(prefix) {
      for (const k of entries.keys()) if (k.startsWith(prefix)) entries.delete(k);
    },
  };
}
