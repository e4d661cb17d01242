import { existsSync } from 'node:fs';
import { storybookTest } from '@storybook/addon-vitest/vitest-plugin';
import react from '@vitejs/plugin-react';
import { playwright } from '@vitest/browser-playwright';
import { defineConfig } from 'vitest/config';

/** Debian's Chromium (Playwright cannot download browsers here); CHROMIUM_PATH overrides. */
function chromiumPath(): string {
  const path = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
  if (!existsSync(path)) {
    throw new Error(
      `No Chromium at ${path}: run "apt-get install -y chromium" or set CHROMIUM_PATH to a Chromium binary.`,
    );
  }
  return path;
}

// A fresh object per project: Vitest rejects one browser config shared by several projects.
const browser = () => ({
  enabled: true,
  headless: true,
  provider: playwright({
    launchOptions: {
      executablePath: chromiumPath(),
      args: [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--disable-dev-shm-usage',
      ],
    },
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
