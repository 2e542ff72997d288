import { Registration } from '@orykit/react';

const hrefs = { login: '/login', registration: '/registration', settings: '/settings' };

export default function RegistrationPage() {
  return <Registration hrefs={hrefs} options={{ returnTo: '/settings' }} />;
}
