import type { Decorator, Preview } from '@storybook/react-vite';
import { OryComponentsProvider, loadMessages, locales, type Messages } from '@orykit/react';
import { useEffect, useState, type ReactNode } from 'react';
import '@orykit/react/styles.css';

// Light and dark, and every locale, from the toolbar; each story renders inside the kit's provider.
const withKit: Decorator = (Story, context) => (
  <KitFrame
    theme={(context.globals['theme'] as 'light' | 'dark' | 'both' | undefined) ?? 'both'}
    locale={(context.globals['locale'] as string | undefined) ?? 'en'}
  >
    <Story />
  </KitFrame>
);

function KitFrame({ theme, locale, children }: { theme: 'light' | 'dark' | 'both'; locale: string; children: ReactNode }) {
  const [messages, setMessages] = useState<Messages>();
  useEffect(() => {
    let live = true;
    void loadMessages(locale).then((m) => live && setMessages(m));
    return () => {
      live = false;
    };
  }, [locale]);
  const themed = (t: 'light' | 'dark') => (
    // An .ory-root frame so the page takes the theme's own background (--ory-bg), as an app's page would.
    <div className="ory-root" data-theme={t} style={{ background: 'var(--ory-bg)', padding: '2rem', flex: '1 1 28rem' }}>
      <OryComponentsProvider theme={t} locale={locale} {...(messages ? { messages } : {})}>
        {children}
      </OryComponentsProvider>
    </div>
  );
  // `both` (the default, and what the tests run) shows light and dark side by side, so axe checks both.
  return theme === 'both' ? (
    <div style={{ display: 'flex', flexWrap: 'wrap', minHeight: '100vh' }}>
      {themed('light')}
      {themed('dark')}
    </div>
  ) : (
    <div style={{ minHeight: '100vh', display: 'flex' }}>{themed(theme)}</div>
  );
}

const preview: Preview = {
  decorators: [withKit],
  globalTypes: {
    theme: {
      description: 'Color theme',
      toolbar: { icon: 'mirror', items: ['both', 'light', 'dark'], dynamicTitle: true },
    },
    locale: {
      description: 'Locale',
      toolbar: { icon: 'globe', items: locales.map((l) => ({ value: l.code, title: l.name })), dynamicTitle: true },
    },
  },
  initialGlobals: { theme: 'both', locale: 'en' },
  parameters: {
    layout: 'fullscreen',
    // Any accessibility violation fails the story's test. `landmark-unique` is off because the side-by-side
    // light/dark view names every landmark twice by construction; the components' own browser tests render
    // one flow per page with every rule on.
    a11y: { test: 'error', config: { rules: [{ id: 'landmark-unique', enabled: false }] } },
  },
};

export default preview;
