// A server component imports the kit's component directly: the kit's entries carry "use client".
import { Login } from '@orykit/react';

const hrefs = { login: '/login', registration: '/registration', settings: '/settings' };

export default function LoginPage() {
  return <Login hrefs={hrefs} options={{ returnTo: '/settings' }} />;
}
