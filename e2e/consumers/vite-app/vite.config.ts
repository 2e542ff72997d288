// The emulator README's Vite recipe: the emulator under /.ory on the app's own origin (dev and preview).
import { createEmulator } from '@orykit/emulator';
import { nodeHandler } from '@orykit/emulator/server';
import react from '@vitejs/plugin-react';
import { defineConfig, type Connect } from 'vite';

const port = Number(process.env['PORT'] ?? 5173);
const origin = `http://localhost:${port}`;
const emulator = createEmulator({ appOrigin: origin, urls: { kratosPublic: `${origin}/.ory` } });
const mount = (middlewares: Connect.Server) => {
  middlewares.use('/.ory', nodeHandler(emulator, 'kratosPublic'));
};

export default defineConfig({
  plugins: [
    react(),
    {
      name: 'ory-emulator',
      configureServer: (server) => mount(server.middlewares),
      configurePreviewServer: (server) => mount(server.middlewares),
    },
  ],
  server: { port, strictPort: true },
  preview: { port, strictPort: true },
});
