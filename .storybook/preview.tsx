import type { Decorator, Preview } from '@storybook/react-vite';
import { locales } from '@orykit/react';
import '@orykit/react/styles.css';
import { KitFrame, frameArgTypes, setDocsView, type Direction, type FrameTheme, type Host } from './kit.tsx';

// Each story renders inside the kit's provider; theme, locale, direction and host page come from the story's
// args (the Controls panel) or else from the toolbar.
const withKit: Decorator = (Story, { args, globals, viewMode }) => {
  setDocsView(viewMode === 'docs');
  const pick = <T,>(name: string, fallback: T) => (args[name] ?? globals[name] ?? fallback) as T;
  return (
    <KitFrame
      theme={pick<FrameTheme>('theme', 'both')}
      locale={pick('locale', 'en')}
      dir={pick<Direction>('dir', 'ltr')}
      host={pick<Host>('host', 'clean')}
      fill={viewMode !== 'docs'}
    >
      <Story />
    </KitFrame>
  );
};

const preview: Preview = {
  decorators: [withKit],
  tags: ['autodocs'],
  argTypes: frameArgTypes,
  globalTypes: {
    theme: {
      description: 'Color theme',
      toolbar: { icon: 'mirror', items: ['both', 'light', 'dark'], dynamicTitle: true },
    },
    locale: {
      description: 'Locale',
      toolbar: { icon: 'globe', items: locales.map((l) => ({ value: l.code, title: l.name })), dynamicTitle: true },
    },
    dir: {
      description: 'Writing direction',
      toolbar: { icon: 'transfer', items: [{ value: 'ltr', title: 'Left to right' }, { value: 'rtl', title: 'Right to left' }], dynamicTitle: true },
    },
    host: {
      description: 'Host page CSS',
      toolbar: { icon: 'alert', items: [{ value: 'clean', title: 'Clean page' }, { value: 'hostile', title: 'Hostile host CSS' }], dynamicTitle: true },
    },
  },
  initialGlobals: { theme: 'both', locale: 'en', dir: 'ltr', host: 'clean' },
  parameters: {
    layout: 'fullscreen',
    controls: { sort: 'requiredFirst' },
    // Any accessibility violation fails the story's test. `landmark-unique` is off because the side-by-side
    // light/dark view names every landmark twice by construction; the components' own browser tests render
    // one flow per page with every rule on.
    a11y: { test: 'error', config: { rules: [{ id: 'landmark-unique', enabled: false }] } },
  },
};

export default preview;
