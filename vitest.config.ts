import { storybookTest } from '@storybook/addon-vitest/vitest-plugin';
import react from '@vitejs/plugin-react';
import { playwright } from '@vitest/browser-playwright';
import { defineConfig } from 'vitest/config';
import { CHROMIUM_ARGS, chromiumPath } from './scripts/chromium.mjs';

// Debian's Chromium (Playwright cannot download browsers here); CHROMIUM_PATH overrides. A fresh object per
// project: Vitest rejects one browser config shared by several projects.
const browser = () => ({
  enabled: true,
  headless: true,
  provider: playwright({
    launchOptions: { executablePath: chromiumPath(), args: CHROMIUM_ARGS },
  }),
  instances: [{ browser: 'chromium' as const }],
});

// Every story runs as a test (play function + axe as an error) once per locale listed here.
const STORY_LOCALES = ['en', 'ar', 'ja'];

export default defineConfig({
  plugins: [react()],
  json: { stringify: true },
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          environment: 'jsdom',
          include: ['test/unit/**/*.test.{ts,tsx}'],
          setupFiles: ['test/setup.ts'],
          typecheck: { enabled: true, include: ['test/unit/**/*.test-d.ts'], tsconfig: 'tsconfig.json' },
        },
      },
      {
        extends: true,
        test: {
          name: 'browser',
          include: ['test/browser/**/*.test.{ts,tsx}'],
          browser: browser(),
        },
      },
      ...STORY_LOCALES.map((locale) => ({
        extends: true as const,
        plugins: [storybookTest({ configDir: '.storybook' })],
        define: { 'import.meta.env.STORYBOOK_LOCALE': JSON.stringify(locale) },
        test: { name: `storybook:${locale}`, browser: browser(), testTimeout: 60_000 },
      })),
      {
        extends: true,
        test: {
          name: 'package',
          environment: 'node',
          include: ['test/package/**/*.test.ts'],
          testTimeout: 60_000,
        },
      },
    ],
  },
});
