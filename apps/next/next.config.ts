import type { NextConfig } from 'next';

// What create-next-app sets up today: Cache Components with Partial Prefetching. Where Kratos and Hydra live is read at request time
// (src/ory/config.ts), so one `next build` runs against the emulator or real servers.
const config: NextConfig = {
  cacheComponents: true,
  partialPrefetching: true,
  // The workspace's @orykit packages are TypeScript sources; from npm they are built JavaScript.
  transpilePackages: ['@orykit/client', '@orykit/react-query', '@orykit/react'],
};
export default config;
