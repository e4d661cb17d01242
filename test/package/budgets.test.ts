import { readdirSync, readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { BUDGETS, measure } from '../../scripts/size.mjs';

// Size budgets (min+gzip, peers external), measured on host apps bundled against dist/ (scripts/size.mjs).
let m: Awaited<ReturnType<typeof measure>>;
beforeAll(async () => {
  m = await measure();
}, 60_000);

const others = readdirSync('locales')
  .filter((f) => f.endsWith('.json') && f !== 'en.json')
  .map((f) => f.slice(0, -5));
/** A piece of a locale's own text, as it appears in bundled JavaScript. */
const marker = (code: string) =>
  JSON.parse(readFileSync(`locales/${code}.json`, 'utf8')).reasons.screenshot.fix.slice(0, 24) as string;

describe('size budgets', () => {
  it(`English host: initial bundle ≤ ${BUDGETS.english / 1024} KB`, () => {
    expect(m.english.gzip).toBeLessThanOrEqual(BUDGETS.english);
  });

  it(`English host: ≤ ${BUDGETS.englishVsStrings}× the gzip size of the English strings`, () => {
    expect(m.english.gzip / m.enStrings.gzip).toBeLessThanOrEqual(BUDGETS.englishVsStrings);
  });

  it('English host: no byte of another locale in the initial bundle', () => {
    expect(m.english.text).toContain(marker('en'));
    for (const code of others) expect(m.english.text, code).not.toContain(marker(code));
  });

  it(`core alone ≤ ${BUDGETS.core / 1024} KB, importing no React and no i18next`, () => {
    expect(m.core.gzip).toBeLessThanOrEqual(BUDGETS.core);
    expect(m.core.text).not.toMatch(/from\s*["'](react|react-dom|i18next)/);
  });

  it(`every locale is its own chunk ≤ ${BUDGETS.locale / 1024} KB, fetched only on demand`, () => {
    expect(Object.keys(m.locales).sort()).toEqual([...others].sort());
    for (const [code, chunk] of Object.entries(m.locales)) {
      expect(chunk.gzip, code).toBeLessThanOrEqual(BUDGETS.locale);
      expect(chunk.text, code).toContain(marker(code));
    }
  });
});
