import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import vue from '@vitejs/plugin-vue';
import Components from 'unplugin-vue-components/vite';
import { ElementPlusResolver } from 'unplugin-vue-components/resolvers';
import VueI18nPlugin from '@intlify/unplugin-vue-i18n/vite';
import { compression } from 'vite-plugin-compression2';
import { VitePWA } from 'vite-plugin-pwa';
import { portalShellOnly } from './precache-shell.mts';

const here = fileURLToPath(new URL('.', import.meta.url));

// Everything (Element Plus, ECharts, CSS, fonts) is bundled into web/dist: the portal loads nothing from outside its own server.
export default defineConfig({
  root: here,
  base: '/',
  plugins: [
    vue(),
    // Each page's chunk imports the Element Plus components (and their styles) its templates use, instead of
    // main.ts registering the whole library and its full stylesheet for every page.
    Components({ resolvers: [ElementPlusResolver({ importStyle: 'css' })], dts: false, dirs: [] }),
    // The messages (src/i18n/*.ts and the catalogue shared with the server) become functions at build time, so the runtime-only vue-i18n ships without its message compiler.
    // strictMessage off: "ApiKey <key>" is text, not HTML; templates print messages with {{ }}, which escapes them.
    VueI18nPlugin({
      include: [`${here}src/i18n/{vi,en}.ts`, `${here}../shared/messages/{vi,en}.ts`],
      runtimeOnly: true,
      compositionOnly: true,
      fullInstall: false,
      strictMessage: false,
    }),
    // The installable portal and its app shell offline (#19; web/README.md, "Offline"). Workbox precaches the built files at
    // install, from this server only; the service worker is registered after a district officer signs in (src/offline/boot.ts),
    // so the sign-in page and the dashboard (the 250 kB budget of bench/web.bench.ts) do not pay for it.
    VitePWA({
      injectRegister: false,
      // A new version waits until every portal tab is closed instead of reloading the page under an officer's unsaved marks.
      registerType: 'prompt',
      manifest: {
        name: 'Cổng 135 — Nâng cao năng lực',
        short_name: 'Cổng 135',
        description: 'Chương trình 135: người tham gia, hoạt động và điểm danh của huyện, cả khi không có mạng.',
        lang: 'vi',
        start_url: '/offline',
        scope: '/',
        display: 'standalone',
        theme_color: '#0b5cad',
        background_color: '#ffffff',
        icons: [
          { src: '/pwa-192.png', sizes: '192x192', type: 'image/png' },
          { src: '/pwa-512.png', sizes: '512x512', type: 'image/png' },
          { src: '/pwa-maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
        ],
      },
      workbox: {
        globPatterns: ['index.html', 'assets/*.{js,css,woff2}', 'favicon.svg'],
        // The portal page's files only; not GraphiQL's page, nor the province pages and their charts (no district officer opens them).
        manifestTransforms: [portalShellOnly(`${here}dist/.vite/manifest.json`, /(echarts|ProvinceDashboard|FundingPage|UsersPage)-/)],
        maximumFileSizeToCacheInBytes: 3_000_000,
        // Every client route opens the cached shell without signal; the server's own paths never do.
        navigateFallback: '/index.html',
        navigateFallbackDenylist: [/^\/(graphql|api|reports|healthz|graphiql)/],
        cleanupOutdatedCaches: true,
      },
    }),
    // .br and .gz beside each file: the server (server/src/http/web-app.ts) sends the one the browser accepts.
    compression({ algorithms: ['brotliCompress', 'gzip'], threshold: 1024 }),
  ],
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    chunkSizeWarningLimit: 2000,
    reportCompressedSize: false,
    // Lets the page-weight benchmark (bench/web.bench.ts) tell which files belong to the GraphiQL page; not served (a dot directory).
    manifest: true,
    // Two pages: the Vue portal, and GraphiQL (React) on its own page so the portal never loads React.
    rollupOptions: {
      input: { main: `${here}index.html`, graphiql: `${here}graphiql.html` },
      // The chart library in a chunk of its own name, which only the province pages' charts import.
      output: { codeSplitting: { groups: [{ name: 'echarts', test: /node_modules[\\/](echarts|zrender)[\\/]/ }] } },
      // GraphiQL's React dependencies mark modules "use client" (a server-components hint, meaningless in a browser bundle).
      onwarn(warning, warn) {
        if (warning.code !== 'MODULE_LEVEL_DIRECTIVE') warn(warning);
      },
    },
  },
  server: {
    // `npm run dev` (scripts/dev.mjs) for development: the server's own paths go to the server on PORT.
    proxy: Object.fromEntries(['/graphql', '/api', '/reports', '/healthz'].map((path) => [path, `http://localhost:${process.env.PORT ?? 4000}`])),
  },
});
