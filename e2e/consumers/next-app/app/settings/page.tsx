import { Settings } from '@orykit/react';

const hrefs = { login: '/login', registration: '/registration', settings: '/settings' };

export default function SettingsPage() {
  return <Settings hrefs={hrefs} />;
}
