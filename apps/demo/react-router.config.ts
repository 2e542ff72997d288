import type { Config } from '@react-router/dev/config';

// React Router framework mode: pages are rendered on the server (flows fetched there, forms that post
// without JavaScript) and hydrate in the browser. ORYKIT_DEMO_BUILD_DIR moves the build (the e2e suite's).
export default {
  appDirectory: 'src',
  ssr: true,
  buildDirectory: process.env['ORYKIT_DEMO_BUILD_DIR'] ?? 'build',
  // `vite build` builds the browser and server bundles (Vite's environment API), as React Router 8 will.
  future: { v8_viteEnvironmentApi: true },
} satisfies Config;
