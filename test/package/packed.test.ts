import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LOCALE_META } from '../../scripts/locales-meta.mjs';

// The packed tarball, installed into a separate app, renders every outcome with SSR in every locale.
const ROOT = resolve(import.meta.dirname, '../..');
const LOCALES = readdirSync(join(ROOT, 'locales'))
  .filter((f) => f.endsWith('.json'))
  .map((f) => f.slice(0, -'.json'.length));
const webhook = readFileSync(join(ROOT, 'test/fixtures/red-final-newer-doc.json'), 'utf8');
const locale = (code: string) => JSON.parse(readFileSync(join(ROOT, `locales/${code}.json`), 'utf8'));
let app: string;
let output: {
  supportedLocales: string[];
  coreExports: string[];
  staticDeKeys: string[];
  html: Record<string, { outcome: string; markup: string }>;
};

beforeAll(() => {
  app = mkdtempSync(join(tmpdir(), 'af-app-'));
  const npm = (args: string[], cwd: string) =>
    execFileSync('npm', args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
  const tarball = npm(['pack', '--silent', '--pack-destination', app], ROOT).trim().split('\n').pop() as string;
  writeFileSync(join(app, 'package.json'), JSON.stringify({ name: 'host-app', private: true, type: 'module' }));
  const dev = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')).devDependencies;
  npm(
    [
      'install',
      '--no-audit',
      '--no-fund',
      '--prefer-offline',
      `./${tarball}`,
      `react@${dev.react}`,
      `react-dom@${dev['react-dom']}`,
      `i18next@${dev.i18next}`,
    ],
    app,
  );
  copyFileSync(join(ROOT, 'test/package/app.mjs'), join(app, 'app.mjs'));
  const stdout = execFileSync(process.execPath, ['app.mjs', webhook, JSON.stringify(LOCALES)], {
    cwd: app,
    encoding: 'utf8',
  });
  output = JSON.parse(stdout);
}, 180_000);

afterAll(() => {
  if (app) rmSync(app, { recursive: true, force: true });
});

describe('packed package in a separate app', () => {
  it('exports the public API, and the core entry has no React parts', () => {
    expect([...output.supportedLocales, 'en-XA', 'ar-XB'].sort()).toEqual([...LOCALES].sort());
    expect(output.coreExports).toEqual(['ApplicantFeedbackInputError', 'resolveFeedback', 'toApplicantSafeResult']);
    expect(output.staticDeKeys).toContain('reasons');
  });

  for (const code of LOCALES) {
    it(`renders every outcome in ${code} on the server`, () => {
      const strings = locale(code);
      for (const outcome of ['approved', 'resubmission', 'final', 'pending']) {
        const { outcome: resolved, markup } = output.html[`${code}/${outcome}`] ?? { outcome: '', markup: '' };
        expect(resolved).toBe(outcome);
        expect(markup).toContain(`data-outcome="${outcome}"`);
        expect(markup).toContain(`lang="${code}"`);
        const rtl = (LOCALE_META[code as keyof typeof LOCALE_META] as { rtl?: boolean }).rtl;
        expect(markup).toContain(`dir="${rtl ? 'rtl' : 'ltr'}"`);
        const heading = strings.outcome[outcome === 'pending' ? 'pending' : outcome].heading as string;
        expect(markup).toContain(heading.replace(/&/g, '&amp;').replace(/'/g, '&#x27;').replace(/"/g, '&quot;'));
        expect(markup).not.toContain('clientComment');
        expect(markup).not.toContain('Verification rejected due to excessive file uploads');
      }
    });
  }
});
