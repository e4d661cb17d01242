import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { build, type Manifest } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

// A small host app that renders German, built with Vite against the built package (dist/): what the
// browser loads is the entry (with English) plus the German chunk, and no other locale's strings.
const ROOT = resolve(import.meta.dirname, '../..');
const codes = readdirSync(join(ROOT, 'locales'))
  .filter((f) => f.endsWith('.json'))
  .map((f) => f.slice(0, -'.json'.length));
const strings = (code: string) => JSON.parse(readFileSync(join(ROOT, `locales/${code}.json`), 'utf8'));
/** A distinctive piece of a locale's text, as it appears in the built JavaScript. */
const marker = (code: string) => (strings(code).reasons.screenshot.fix as string).slice(0, 24);

let out: string;
let manifest: Manifest;
const code = (file: string) => readFileSync(join(out, file), 'utf8');

beforeAll(async () => {
  out = mkdtempSync(join(tmpdir(), 'af-lazy-'));
  const entry = join(out, 'main.js');
  writeFileSync(
    entry,
    `import { createElement } from 'react';
     import { createRoot } from 'react-dom/client';
     import { ApplicantFeedback, preloadLocale } from 'applicant-feedback';
     await preloadLocale('de');
     createRoot(document.getElementById('root')).render(
       createElement(ApplicantFeedback, { locale: 'de', result: { reviewStatus: 'completed', reviewAnswer: 'GREEN', rejectLabels: [], buttonIds: [] } }),
     );`,
  );
  await build({
    configFile: false,
    logLevel: 'silent',
    root: out,
    resolve: { alias: { 'applicant-feedback': join(ROOT, 'dist/index.js') } },
    build: {
      outDir: join(out, 'dist'),
      manifest: true,
      minify: false,
      target: 'es2022',
      rollupOptions: { input: entry, external: [/^react/, 'i18next'] },
    },
  });
  out = join(out, 'dist');
  manifest = JSON.parse(code('.vite/manifest.json'));
}, 60_000);

afterAll(() => rmSync(resolve(out, '..'), { recursive: true, force: true }));

/** The entry chunk and everything it imports statically: what loads before any locale is requested. */
function initialFiles(): string[] {
  const files = new Set<string>();
  const visit = (key: string) => {
    const chunk = manifest[key];
    if (!chunk || files.has(chunk.file)) return;
    files.add(chunk.file);
    for (const dep of chunk.imports ?? []) visit(dep);
  };
  visit(Object.keys(manifest).find((k) => manifest[k]?.isEntry) as string);
  return [...files];
}

describe('locale chunks in a host build', () => {
  it('ships English in the initial bundle, and no other locale', () => {
    const initial = initialFiles().map(code).join('\n');
    expect(initial).toContain(marker('en'));
    for (const other of codes.filter((c) => c !== 'en')) expect(initial, other).not.toContain(marker(other));
  });

  it('loads German as its own chunk, containing German and nothing of any other locale', () => {
    const chunks = Object.values(manifest).filter((c) => c.file.includes('de-') && code(c.file).includes(marker('de')));
    expect(chunks).toHaveLength(1);
    const german = code((chunks[0] as { file: string }).file);
    for (const other of codes.filter((c) => c !== 'de')) expect(german, other).not.toContain(marker(other));
  });

  it('gives every shipped locale a separate chunk', () => {
    const all = Object.values(manifest).map((c) => code(c.file));
    for (const locale of codes.filter((c) => c !== 'en')) {
      expect(
        all.filter((js) => js.includes(marker(locale))),
        locale,
      ).toHaveLength(1);
    }
  });
});
