import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

// Served by the gateway under /dashboard; `npm run dev -w dashboard` proxies /graphql to a running gateway.
export default defineConfig({
  base: '/dashboard/',
  plugins: [react()],
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    // No data: URLs: the Content-Security-Policy allows images and fonts from the gateway itself only.
    assetsInlineLimit: 0,
    // Cytoscape alone is ~450 kB; it loads with the mandate explorer only and is cached as immutable.
    chunkSizeWarningLimit: 600,
  },
  server: {
    proxy: { '/graphql': process.env.MANDATE_GRAPH_URL ?? 'http://127.0.0.1:4000' },
  },
});
