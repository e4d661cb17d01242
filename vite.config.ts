import { copyFileSync } from 'node:fs';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// Library build: ESM only, peers external, one chunk per locale file (see src/i18n/locales.ts).
export default defineConfig({
  plugins: [
    react(),
    {
      name: 'copy-styles',
      closeBundle() {
        copyFileSync('src/styles.css', 'dist/styles.css');
      },
    },
  ],
  json: { stringify: true }, // locale chunks become JSON.parse("…"): smaller and faster to parse
  build: {
    target: 'es2022',
    outDir: 'dist',
    emptyOutDir: true,
    sourcemap: true,
    minify: true,
    lib: {
      entry: { index: 'src/index.ts', core: 'src/core/index.ts' },
      formats: ['es'],
    },
    rollupOptions: {
      external: [/^react($|\/)/, /^react-dom($|\/)/, 'i18next', 'react-i18next'],
      output: {
        // Locale chunks keep stable names (the host's bundler hashes them); fewer bytes in the loader map.
        chunkFileNames: (chunk) =>
          chunk.facadeModuleId?.includes('/locales/') ? 'locales/[name].js' : 'chunks/[name]-[hash].js',
      },
    },
  },
});
