import { describe, expect, it } from 'vitest';
import { directionOf } from '../../src/i18n/locales';
import { registerLocale, resolveLocale, supportedLocales } from '../../src/index';

describe('locales (R7)', () => {
  it('lists English and every shipped locale file, without pseudo-locales', () => {
    expect(supportedLocales).toContain('en');
    expect(supportedLocales).toContain('de');
    expect(supportedLocales).toContain('ar');
    expect(supportedLocales).not.toContain('en-XA');
    expect(Object.isFrozen(supportedLocales)).toBe(true);
  });

  it.each([
    ['de', 'de'],
    ['de-CH', 'de'],
    ['DE_ch', 'de'],
    ['ar-EG', 'ar'],
    ['en-GB', 'en'],
    ['xx', 'en'],
    ['', 'en'],
    ['x'.repeat(200), 'en'],
  ])('resolves %s → %s', (tag, expected) => {
    expect(resolveLocale(tag)).toBe(expected);
  });

  it.each([
    ['fl', 'fil'],
    ['zh-tw', 'zh-TW'],
    ['zh-Hant', 'zh-TW'],
    ['zh-Hant-HK', 'zh-TW'],
    ['zh-CN', 'zh'],
    ['zh-Hans', 'zh'],
    ['pt-br', 'pt-BR'],
    ['pt-PT', 'pt'],
    ['no', 'nb'],
    ['es-MX', 'es'],
  ])('resolves Sumsub and legacy alias %s → %s when that locale ships', (tag, expected) => {
    const shipped = supportedLocales.includes(expected);
    expect(resolveLocale(tag)).toBe(shipped ? expected : resolveLocale(expected.split('-')[0]));
  });

  it('never throws on non-strings', () => {
    for (const bad of [null, undefined, 5, {}, []]) expect(resolveLocale(bad)).toBe('en');
  });

  it('knows the direction of right-to-left locales', () => {
    expect(directionOf('ar')).toBe('rtl');
    expect(directionOf('he')).toBe('rtl');
    expect(directionOf('de')).toBe('ltr');
    expect(directionOf('ps')).toBe('rtl');
  });

  it('accepts a locale registered by the host, and rejects nonsense with a clear error', () => {
    registerLocale('cy', { outcome: {} });
    expect(resolveLocale('cy-GB')).toBe('cy');
    expect(() => registerLocale('not a tag', {})).toThrow(/BCP 47/);
    expect(() => registerLocale('cy', null as never)).toThrow(/parsed JSON object/);
  });
});
