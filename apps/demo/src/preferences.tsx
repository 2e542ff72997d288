import { loadMessages, locales, OryComponentsProvider, resolveLocale, textDirection, type Messages } from '@orykit/react';
import { demoEn, loadDemoMessages } from './i18n.tsx';
import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';

export type ThemeChoice = 'light' | 'dark' | 'system';

interface Preferences {
  theme: ThemeChoice;
  setTheme: (theme: ThemeChoice) => void;
  locale: string;
  setLocale: (locale: string) => void;
  locales: readonly { code: string; name: string }[];
}

const PreferencesContext = createContext<Preferences | undefined>(undefined);

const stored = (key: string) => {
  try {
    return window.localStorage.getItem(key) ?? undefined;
  } catch {
    return undefined;
  }
};
const store = (key: string, value: string) => {
  try {
    window.localStorage.setItem(key, value);
  } catch {
    // private mode: the choice lasts for this page only
  }
};

/** Theme and language for the whole demo: the app's chrome and every orykit component. */
export function PreferencesProvider({ children }: { children: ReactNode }) {
  // The server renders the defaults; the browser's choice (storage, then its languages) applies once hydrated.
  const [theme, setThemeState] = useState<ThemeChoice>('system');
  const [locale, setLocaleState] = useState<string>('en');
  const [messages, setMessages] = useState<{ locale: string; messages: Messages; demo: Messages }>();

  useEffect(() => {
    /* eslint-disable react-hooks/set-state-in-effect -- browser storage is read after hydration, not during render */
    setThemeState((stored('orykit-demo:theme') as ThemeChoice | undefined) ?? 'system');
    setLocaleState(resolveLocale(stored('orykit-demo:locale') ?? navigator.languages));
    /* eslint-enable react-hooks/set-state-in-effect */
  }, []);

  useEffect(() => {
    let live = true;
    void Promise.all([loadMessages(locale), loadDemoMessages(locale)]).then(([loaded, demo]) => live && setMessages({ locale, messages: loaded, demo }));
    return () => {
      live = false;
    };
  }, [locale]);

  useEffect(() => {
    const root = document.documentElement;
    if (theme === 'system') delete root.dataset['theme'];
    else root.dataset['theme'] = theme;
  }, [theme]);

  useEffect(() => {
    document.documentElement.lang = locale;
    document.documentElement.dir = textDirection(locale);
  }, [locale]);

  const setTheme = useCallback((next: ThemeChoice) => {
    store('orykit-demo:theme', next);
    setThemeState(next);
  }, []);
  const setLocale = useCallback((next: string) => {
    store('orykit-demo:locale', next);
    setLocaleState(resolveLocale(next));
  }, []);

  const value = useMemo(() => ({ theme, setTheme, locale, setLocale, locales }), [theme, setTheme, locale, setLocale]);
  // Until a lazily loaded catalog arrives, keep showing the previous one (English at first).
  const active = messages ?? undefined;
  return (
    <PreferencesContext.Provider value={value}>
      {/* The demo's own strings ride along as overrides (demo.* keys); its schema's identifier is the email. */}
      <OryComponentsProvider
        theme={theme}
        locale={active?.locale ?? 'en'}
        {...(active ? { messages: active.messages } : {})}
        overrides={active?.demo ?? demoEn}
        identifier="email"
      >
        {children}
      </OryComponentsProvider>
    </PreferencesContext.Provider>
  );
}

export function usePreferences(): Preferences {
  const value = useContext(PreferencesContext);
  if (!value) throw new Error('usePreferences outside <PreferencesProvider>');
  return value;
}
