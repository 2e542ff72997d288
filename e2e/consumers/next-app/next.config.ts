// Next.js App Router with its default build and Cache Components; Kratos (here the emulator) under /.ory.
import type { NextConfig } from 'next';

const kratos = process.env['KRATOS_PUBLIC_URL'] ?? 'http://127.0.0.1:4433';
const config: NextConfig = {
  cacheComponents: true,
  async rewrites() {
    return [{ source: '/.ory/:path*', destination: `${kratos}/:path*` }];
  },
};
export default config;
