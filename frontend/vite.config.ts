/// <reference types="vitest/config" />
import { fileURLToPath, URL } from 'node:url'
import vue from '@vitejs/plugin-vue'
import { defineConfig, type ProxyOptions } from 'vite'
import { cssPlugins, precompileTexts, preloadFonts } from './vite-plugins'

// The backend (Quarkus) serves the built SPA and the API on one origin.
// In development Vite serves the SPA and forwards API and Quarkus (/q) calls.
const backend = process.env.SAMSPIL_BACKEND_URL ?? 'http://localhost:8080'
/** SAMSPIL_DEV_PORT runs a second dev server beside the usual one (e.g. for a parallel e2e run). */
const devPort = Number(process.env.SAMSPIL_DEV_PORT) || 5173
/** `vite preview` (the built SPA) uses the same proxy. */
const previewPort = 4173

/**
 * The backend refuses writes whose Origin is not its own (CSRF defence). Through the proxy the
 * browser's Origin is the dev server's, so the proxy presents the backend's own origin instead,
 * and only for requests that really come from the dev (or preview) server's pages.
 */
const apiProxy: ProxyOptions = {
  target: backend,
  changeOrigin: true,
  configure(proxy) {
    const devOrigins = new Set(
      [devPort, previewPort].flatMap((port) => [`http://localhost:${port}`, `http://127.0.0.1:${port}`]),
    )
    const backendOrigin = new URL(backend).origin
    proxy.on('proxyReq', (proxyReq) => {
      const origin = proxyReq.getHeader('origin')
      if (typeof origin === 'string' && devOrigins.has(origin)) proxyReq.setHeader('origin', backendOrigin)
    })
  },
}

export default defineConfig(({ command }) => ({
  plugins: [
    vue(),
    preloadFonts(),
    precompileTexts(),
  ],
  css: { postcss: { plugins: cssPlugins(command === 'build') } },
  resolve: {
    alias: {
      '@': fileURLToPath(new URL('./src', import.meta.url)),
      // dkfds only exports its JavaScript entry; point straight at its compiled assets
      // (CSS, fonts, icons) so they are bundled from node_modules.
      '@dkfds': fileURLToPath(new URL('./node_modules/dkfds/dist', import.meta.url)),
    },
  },
  define: {
    // Components are written with <script setup> only: Vue's Options API and vue-i18n's global
    // components ($t, <i18n-t>) are left out of the bundle.
    __VUE_OPTIONS_API__: 'false',
    __VUE_I18N_FULL_INSTALL__: 'false',
    __VUE_I18N_LEGACY_API__: 'false',
    __INTLIFY_PROD_DEVTOOLS__: 'false',
    // The build precompiles the texts (precompileTexts), so vue-i18n's message compiler is left out.
    __INTLIFY_DROP_MESSAGE_COMPILER__: command === 'build' ? 'true' : 'false',
  },
  server: {
    port: devPort,
    strictPort: true,
    proxy: {
      '/api': apiProxy,
      '/q': { target: backend, changeOrigin: true },
    },
  },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    // Which chunks each page loads: scripts/check-bundle-size.mjs reads it (the backend does not serve it).
    manifest: true,
  },
  test: {
    environment: 'happy-dom',
    include: ['src/**/*.spec.ts', '*.spec.ts'],
    setupFiles: ['src/i18n/testSetup.ts'],
    restoreMocks: true,
  },
}))
