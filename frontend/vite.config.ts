/// <reference types="vitest/config" />
import { fileURLToPath, URL } from 'node:url'
import vue from '@vitejs/plugin-vue'
import { defineConfig } from 'vite'

// The backend (Quarkus) serves the built SPA and the API on one origin.
// In development Vite serves the SPA and forwards API and Quarkus (/q) calls.
const backend = process.env.SAMSPIL_BACKEND_URL ?? 'http://localhost:8080'

export default defineConfig({
  plugins: [vue()],
  resolve: {
    alias: {
      '@': fileURLToPath(new URL('./src', import.meta.url)),
      // dkfds only exports its JavaScript entry; point straight at its compiled assets
      // (CSS, fonts, icons) so they are bundled from node_modules.
      '@dkfds': fileURLToPath(new URL('./node_modules/dkfds/dist', import.meta.url)),
    },
  },
  define: {
    __VUE_I18N_FULL_INSTALL__: 'true',
    __VUE_I18N_LEGACY_API__: 'false',
    __INTLIFY_PROD_DEVTOOLS__: 'false',
  },
  server: {
    port: 5173,
    strictPort: true,
    proxy: {
      '/api': { target: backend, changeOrigin: true },
      '/q': { target: backend, changeOrigin: true },
    },
  },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    // dkfds ships one large stylesheet; that is expected.
    chunkSizeWarningLimit: 1024,
  },
  test: {
    environment: 'happy-dom',
    include: ['src/**/*.spec.ts'],
    restoreMocks: true,
  },
})
