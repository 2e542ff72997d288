import userEvent from '@testing-library/user-event';

/**
 * A person at the keyboard, quick enough for a busy two-core CI machine: no pause between events, and
 * `fill` puts the text in with one input event (as a paste or the browser's autofill does) instead of
 * one render per character. Key names after the text still go through the keyboard: `'pw{Enter}'`.
 */
export function person() {
  const user = userEvent.setup({ delay: null });
  return Object.assign(user, {
    async fill(field: HTMLElement, text: string): Promise<void> {
      const keys = text.indexOf('{');
      const literal = keys < 0 ? text : text.slice(0, keys);
      await user.click(field);
      if (literal) await user.paste(literal);
      if (keys >= 0) await user.keyboard(text.slice(keys));
    },
  });
}
