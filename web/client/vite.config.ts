import { defineConfig } from 'vitest/config';

// The ASP.NET Core host serves wwwroot/, and the hand-written wwwroot/index.html loads /dist/app.js and
// /dist/app.css: so the entry has fixed names and no HTML goes through Vite.
export default defineConfig({
  base: '/dist/',
  publicDir: false,
  build: {
    outDir: '../wwwroot/dist',
    emptyOutDir: true,
    target: 'es2022',
    sourcemap: true,
    // One stylesheet for every screen, lazily loaded ones included: wwwroot/index.html links only /dist/app.css.
    cssCodeSplit: false,
    rollupOptions: {
      input: 'src/main.ts',
      // @microsoft/signalr ships /*#__PURE__*/ comments Rollup cannot place; harmless, and not ours to fix.
      onwarn(warning, warn) {
        if (warning.code === 'INVALID_ANNOTATION' && warning.id?.includes('@microsoft/signalr')) return;
        warn(warning);
      },
      output: {
        entryFileNames: 'app.js',
        // Stable names, like app.js: the host serves wwwroot/dist as it is, with no manifest of hashed files.
        chunkFileNames: 'chunks/[name].js',
        assetFileNames: (asset) =>
          asset.names.some((n) => n.endsWith('.css')) ? 'app.css' : 'assets/[name]-[hash][extname]',
      },
    },
  },
  test: {
    include: ['src/**/*.test.ts'],
    environment: 'node',
  },
});
