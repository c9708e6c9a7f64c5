import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import vue from '@vitejs/plugin-vue';

const here = fileURLToPath(new URL('.', import.meta.url));

// Everything (Element Plus, ECharts, CSS, fonts) is bundled into web/dist: the portal loads nothing from outside its own server.
export default defineConfig({
  root: here,
  base: '/',
  plugins: [vue()],
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    chunkSizeWarningLimit: 2000,
    reportCompressedSize: false,
  },
  server: {
    // `npx vite --config web/vite.config.ts` for development; the API stays on the real server.
    proxy: { '/graphql': 'http://localhost:4000' },
  },
});
