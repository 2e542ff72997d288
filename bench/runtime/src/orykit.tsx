import { LoginView, SettingsView } from '@orykit/react';
import '@orykit/react/styles.css';
import type { LoginFlow, SettingsFlow } from '@orykit/client';
import { flushSync } from 'react-dom';
import { createRoot } from 'react-dom/client';
import { serve } from './harness.tsx';

const onSubmit = async () => {};
serve({
  createRoot,
  flushSync,
  view: (name, flow) =>
    name === 'settings' ? <SettingsView flow={flow as SettingsFlow} onSubmit={onSubmit} /> : <LoginView flow={flow as LoginFlow} onSubmit={onSubmit} />,
});
