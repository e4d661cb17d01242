import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';

const run = (script: string, localesDir?: string, args: string[] = []) =>
  spawnSync(process.execPath, [`scripts/${script}.mjs`, ...args], {
    encoding: 'utf8',
    env: { ...process.env, ...(localesDir ? { I18N_LOCALES_DIR: localesDir } : {}) },
  });

let scratch: string | undefined;
afterEach(() => {
  if (scratch) rmSync(scratch, { recursive: true, force: true });
  scratch = undefined;
});

/** A scratch locales/ with English, its context and one German file built by `edit`. */
function scratchWith(edit: (de: Record<string, any>) => void, raw?: string) {
  scratch = mkdtempSync(join(tmpdir(), 'af-locales-'));
  cpSync('locales/en.json', join(scratch, 'en.json'));
  cpSync('locales/context', join(scratch, 'context'), { recursive: true });
  const de = JSON.parse(readFileSync('locales/de.json', 'utf8'));
  edit(de);
  writeFileSync(join(scratch, 'de.json'), raw ?? `${JSON.stringify(de, null, 2)}\n`);
  return scratch;
}

describe('npm run i18n:check', () => {
  it('passes on the shipped locale files', () => {
    const out = run('i18n-check');
    expect(out.stdout).toMatch(/locale files OK/);
    expect(out.status).toBe(0);
  });

  it.each([
    [
      'a missing key',
      (de: any) => delete de.reasons.screenshot.fix,
      'locales/de.json: reasons.screenshot.fix: missing',
    ],
    ['an extra key', (de: any) => (de.reasons.screenshot.extra = 'x'), 'reasons.screenshot.extra: not in English'],
    [
      'a placeholder mismatch',
      (de: any) => (de.support.email = 'E-Mail an {{mail}}'),
      'support.email: placeholders {{mail}} differ',
    ],
    ['an empty value', (de: any) => (de.actions.resubmit = ' '), 'actions.resubmit: empty'],
    [
      'English left untranslated',
      (de: any) => (de.outcome.final.heading = "We couldn't verify your identity"),
      'outcome.final.heading: same as English',
    ],
    [
      'a missing plural form',
      (de: any) => delete de.outcome.resubmission.intro_one,
      'outcome.resubmission.intro_one: missing',
    ],
    [
      'text in the wrong script',
      (de: any) => (de.actions.resubmit = 'Исправить и отправить'),
      'not in the Latin script',
    ],
  ])('names file and key for %s', (_, edit, message) => {
    const dir = scratchWith(edit);
    const out = run('i18n-check', dir);
    expect(out.status).toBe(1);
    expect(out.stdout).toContain(message);
  });

  it('reports invalid and unsorted JSON, and i18n:sort fixes the order', () => {
    expect(
      run(
        'i18n-check',
        scratchWith(() => {}, '{ "actions": '),
      ).stdout,
    ).toMatch(/locales\/de.json: invalid JSON/);
    const dir = scratchWith((de) => {
      const { actions, ...rest } = de;
      Object.assign(de, { zzz: undefined });
      for (const k of Object.keys(de)) delete de[k];
      Object.assign(de, rest, { actions });
    });
    expect(run('i18n-check', dir).stdout).toContain('keys are not sorted');
    run('i18n-sort', dir);
    expect(run('i18n-check', dir).status).toBe(0);
  });
});
