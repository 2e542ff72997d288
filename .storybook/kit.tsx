// The frame every story renders in, and the frame controls (theme, locale, direction, host page) that each
// docs page and the toolbar share. A story's args win over the toolbar's globals.
import type { ArgTypes } from '@storybook/react-vite';
import { OryComponentsProvider, loadMessages, locales, type Messages } from '@orykit/react';
import { useEffect, useState, type ComponentType, type ReactNode } from 'react';
import hostileCss from '../packages/react/test/fixtures/hostile-host.css?raw';

export type FrameTheme = 'both' | 'light' | 'dark';
export type Direction = 'ltr' | 'rtl';
export type Host = 'clean' | 'hostile';

/** The frame's own controls; every story takes them beside the component's props. */
export interface FrameArgs {
  theme?: FrameTheme | undefined;
  locale?: string | undefined;
  dir?: Direction | undefined;
  host?: Host | undefined;
}

const frame = { category: 'Frame (not component props)' };

export const frameArgTypes: Partial<ArgTypes<FrameArgs>> = {
  theme: { control: 'inline-radio', options: ['both', 'light', 'dark'], description: 'Color theme (the provider\'s `theme`)', table: frame },
  locale: { control: 'select', options: locales.map((l) => l.code), description: 'Locale (`loadMessages(locale)`)', table: frame },
  dir: { control: 'inline-radio', options: ['ltr', 'rtl'], description: 'Writing direction of the page', table: frame },
  host: { control: 'inline-radio', options: ['clean', 'hostile'], description: 'Render inside a page with aggressive global CSS', table: frame },
};

/**
 * A story's render function: the component with the frame's args taken out.
 * @example
 * ```ts
 * const meta = { component: Login, render: kit(Login) };
 * ```
 */
export function kit<P extends object>(Component: ComponentType<P>) {
  return function Render(args: P & FrameArgs) {
    const { theme: _theme, locale: _locale, dir: _dir, host: _host, ...props } = args;
    return <Component {...(props as P)} />;
  };
}

let docsView = false;
const focus = HTMLElement.prototype.focus;
// A docs page shows every story of a component at once; a story that focuses its first (or first invalid)
// field must not scroll the page to itself. In the story view focus scrolls as in an app.
HTMLElement.prototype.focus = function focusInDocs(this: HTMLElement, options?: FocusOptions) {
  focus.call(this, docsView ? { ...options, preventScroll: true } : options);
};

/**
 * Tells the frame whether the preview shows a docs page (many stories) or one story.
 * @example
 * ```ts
 * setDocsView(context.viewMode === 'docs');
 * ```
 */
export function setDocsView(docs: boolean) {
  docsView = docs;
}

export interface KitFrameProps {
  theme: FrameTheme;
  locale: string;
  dir: Direction;
  host: Host;
  /** Fill the window (a story); in a docs page stories keep their own height. */
  fill: boolean;
  children: ReactNode;
}

/** Light and dark side by side (the default, and what the tests run, so axe checks both), or one of them. */
export function KitFrame({ theme, locale, dir, host, fill, children }: KitFrameProps) {
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
  return (
    // `content`: the hostile page's `.content a { … }` reaches the story, as the demo's `.demo a` did.
    <div dir={dir} lang={locale} className={host === 'hostile' ? 'content' : undefined} style={{ display: 'flex', flexWrap: 'wrap', minHeight: fill ? '100vh' : undefined }}>
      {host === 'hostile' && <style>{hostileCss}</style>}
      {theme === 'both' ? (
        <>
          {themed('light')}
          {themed('dark')}
        </>
      ) : (
        themed(theme)
      )}
    </div>
  );
}
