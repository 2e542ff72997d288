// Legacy @ory/elements (0.0.1-alpha.26), on React 18: `react` and `react-dom` are aliased to the bench's
// react-18 / react-dom-18 in this page's build (vite.config.mjs).
import { ThemeProvider, UserAuthCard, UserSettingsCard } from '@ory/elements';
import '@ory/elements/style.css';
import { flushSync } from 'react-dom';
import { createRoot } from 'react-dom/client';
import { serve } from './harness.tsx';

// Every method of the settings flow: legacy renders one card per method.
const METHODS = ['profile', 'password', 'totp', 'lookupSecret', 'webauthn', 'oidc'] as const;
const onSubmit = () => {};
type AnyFlow = Parameters<typeof UserAuthCard>[0]['flow'];
type SettingsFlow = Parameters<typeof UserSettingsCard>[0]['flow'];

serve({
  createRoot,
  flushSync,
  view: (name, flow) => (
    <ThemeProvider>
      {name === 'settings' ? (
        METHODS.map((m) => <UserSettingsCard key={m} flow={flow as unknown as SettingsFlow} flowType={m} onSubmit={onSubmit} />)
      ) : (
        <UserAuthCard flow={flow as unknown as AnyFlow} flowType="login" title="Sign in" additionalProps={{ forgotPasswordURL: '/recovery', signupURL: '/registration' }} onSubmit={onSubmit} />
      )}
    </ThemeProvider>
  ),
});
