// Shared helpers for the translation tools (i18n:check, i18n:status, i18n:sort, pseudo-locales).
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
// I18N_LOCALES_DIR lets the tests run the tools on a scratch copy.
export const LOCALES_DIR = process.env.I18N_LOCALES_DIR ?? join(ROOT, 'locales');
export const PLURAL_SUFFIXES = ['zero', 'one', 'two', 'few', 'many', 'other'];

/** Locale codes that have a file in locales/, English first. */
export function localeFiles() {
  const codes = readdirSync(LOCALES_DIR)
    .filter((f) => f.endsWith('.json'))
    .map((f) => f.slice(0, -5));
  return ['en', ...codes.filter((c) => c !== 'en').sort()];
}

export function readLocale(code) {
  const file = join(LOCALES_DIR, `${code}.json`);
  const text = readFileSync(file, 'utf8');
  return { file: `locales/${code}.json`, text, data: JSON.parse(text) };
}

/** Nested object → Map of dotted key → string value. Non-string leaves are returned too, to be reported. */
export function flatten(obj, prefix = '', out = new Map()) {
  for (const [k, v] of Object.entries(obj)) {
    const key = prefix ? `${prefix}.${k}` : k;
    if (v && typeof v === 'object' && !Array.isArray(v)) flatten(v, key, out);
    else out.set(key, v);
  }
  return out;
}

export function sortDeep(value) {
  if (!value || typeof value !== 'object' || Array.isArray(value)) return value;
  return Object.fromEntries(
    Object.keys(value)
      .sort()
      .map((k) => [k, sortDeep(value[k])]),
  );
}

export const canonicalJson = (data) => `${JSON.stringify(sortDeep(data), null, 2)}\n`;

/** Splits "intro_other" into ["intro", "other"]; keys without a plural suffix give [key, null]. */
export function pluralParts(key) {
  const m = /^(.*)_(zero|one|two|few|many|other)$/.exec(key);
  return m ? [m[1], m[2]] : [key, null];
}

/** The plural categories i18next uses for a locale (Intl.PluralRules, as i18next does). */
export function pluralCategories(locale) {
  return new Intl.PluralRules(locale).resolvedOptions().pluralCategories;
}

export const placeholders = (s) => [...String(s).matchAll(/\{\{\s*([\w.]+)\s*\}\}/g)].map((m) => m[1]).sort();
