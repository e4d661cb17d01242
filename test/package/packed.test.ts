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
let react18App: string;
let react18: { html: Record<string, { outcome: string; markup: string }> };
let output: {
  supportedLocales: string[];
  coreExports: string[];
  staticDeKeys: string[];
  html: Record<string, { outcome: string; markup: string }>;
};

const npm = (args: string[], cwd: string) =>
  execFileSync('npm', args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
const dev = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')).devDependencies;

/** A scratch app with the packed tarball and the given peers installed; runs app.mjs there. */
function appWith(peers: string[], locales: string[]) {
  const dir = mkdtempSync(join(tmpdir(), 'af-app-'));
  const tarball = npm(['pack', '--silent', '--pack-destination', dir], ROOT).trim().split('\n').pop() as string;
  writeFileSync(join(dir, 'package.json'), JSON.stringify({ name: 'host-app', private: true, type: 'module' }));
  npm(['install', '--no-audit', '--no-fund', '--prefer-offline', `./${tarball}`, ...peers], dir);
  copyFileSync(join(ROOT, 'test/package/app.mjs'), join(dir, 'app.mjs'));
  const stdout = execFileSync(process.execPath, ['app.mjs', webhook, JSON.stringify(locales)], {
    cwd: dir,
    encoding: 'utf8',
  });
  return { dir, output: JSON.parse(stdout) };
}

beforeAll(() => {
  ({ dir: app, output } = appWith(
    [`react@${dev.react}`, `react-dom@${dev['react-dom']}`, `i18next@${dev.i18next}`],
    LOCALES,
  ));
}, 180_000);

afterAll(() => {
  for (const dir of [app, react18App]) if (dir) rmSync(dir, { recursive: true, force: true });
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

describe('with the oldest supported peers (React 18.3, i18next 24)', () => {
  beforeAll(() => {
    ({ dir: react18App, output: react18 } = appWith(['react@18.3', 'react-dom@18.3', 'i18next@24'], ['en', 'ar']));
  }, 180_000);

  it('renders every outcome on the server', () => {
    for (const key of ['en/approved', 'en/resubmission', 'ar/final', 'ar/pending']) {
      const [code, outcome] = key.split('/');
      expect(react18.html[key]?.markup).toContain(`data-outcome="${outcome}"`);
      expect(react18.html[key]?.markup).toContain(`lang="${code}"`);
    }
  });
});
