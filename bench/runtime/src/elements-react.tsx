// @ory/elements-react 1.x with its default theme, on React 19.
import { Login, Settings } from '@ory/elements-react/theme';
import '@ory/elements-react/theme/styles.css';
import { flushSync } from 'react-dom';
import { createRoot } from 'react-dom/client';
import { serve } from './harness.tsx';

type LoginFlow = Parameters<typeof Login>[0]['flow'];
type SettingsFlow = Parameters<typeof Settings>[0]['flow'];

// No SDK call is made for rendering: the flow is passed as data, the URL is the (absent) Kratos.
const config = {
  sdk: { url: 'http://127.0.0.1:4433' },
  project: {
    name: 'orykit bench',
    default_redirect_url: '/',
    error_ui_url: '/error',
    login_ui_url: '/login',
    recovery_enabled: true,
    recovery_ui_url: '/recovery',
    registration_enabled: true,
    registration_ui_url: '/registration',
    verification_enabled: true,
    verification_ui_url: '/verification',
    settings_ui_url: '/settings',
  },
};

serve({
  createRoot,
  flushSync,
  view: (name, flow) =>
    name === 'settings' ? (
      <Settings flow={flow as unknown as SettingsFlow} config={config as Parameters<typeof Settings>[0]['config']} />
    ) : (
      <Login flow={flow as unknown as LoginFlow} config={config as Parameters<typeof Login>[0]['config']} />
    ),
});
