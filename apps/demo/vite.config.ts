import { reactRouter } from '@react-router/dev/vite';
import { defineConfig } from 'vite';
import { oryBackend } from './src/server/ory-backend.ts';

// `pnpm dev`: the demo (React Router framework mode, server-rendered) on the embedded emulator. Set KRATOS_PUBLIC_URL, KRATOS_ADMIN_URL, HYDRA_PUBLIC_URL and
// HYDRA_ADMIN_URL to proxy the same prefixes to real servers instead. `vite preview` adds a strict CSP.
export default defineConfig({
  plugins: [oryBackend(), reactRouter()],
  server: { port: 5173 },
  preview: { port: 4173 },
  build: { target: 'es2022' },
  // Known up front, so the first page load does not trigger a re-optimization and a reload.
  optimizeDeps: { include: ['react', 'react/jsx-runtime', 'react/jsx-dev-runtime', 'react-dom/client', 'react-router', '@tanstack/react-query', 'ky'] },
});
