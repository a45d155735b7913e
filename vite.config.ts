import { defineConfig, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';
import { CONTENT_SECURITY_POLICY_META } from './main/transport/csp.ts';

/** The same CSP as the hosts send, also as a meta tag (file:// pages in Electron get no header). */
function cspMeta(): Plugin {
  return {
    name: 'csp-meta',
    transformIndexHtml: (html) => html.replace('<!--CSP-->', `<meta http-equiv="Content-Security-Policy" content="${CONTENT_SECURITY_POLICY_META}" />`),
  };
}

export default defineConfig({
  root: 'renderer',
  base: './',
  plugins: [react(), cspMeta()],
  build: {
    outDir: '../dist/renderer',
    emptyOutDir: true,
    sourcemap: true,
    // One chunk is fine for a desktop app; the holiday data makes it large on purpose.
    chunkSizeWarningLimit: 4000,
  },
});
