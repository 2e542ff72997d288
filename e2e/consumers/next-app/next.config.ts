// Next.js App Router with create-next-app's defaults (Cache Components, Partial Prefetching). Kratos (here the
// emulator) is reached through proxy.ts at run time: KRATOS_PUBLIC_URL is read per request, not at build.
import type { NextConfig } from 'next';

const config: NextConfig = {
  cacheComponents: true,
  partialPrefetching: true,
};
export default config;
