#!/usr/bin/env node
// Generates the pseudo-locales from English (never edit them by hand):
//   en-XA — accented and about 35% longer, in [brackets]: shows truncation and hard-coded strings;
//   ar-XB — English wrapped in right-to-left override marks: shows mirroring and bidi problems.
// `--check` exits 1 when the committed files differ from what this script would write.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { canonicalJson, LOCALES_DIR, pluralCategories, pluralParts, readLocale } from './i18n-lib.mjs';

const ACCENTS = Object.fromEntries(
  [...'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ'].map((ch, i) => [
    ch,
    [...'áƀçđéƒĝĥíĵķĺɱñóþǫŕšţúṽŵẋýžÁƁÇĐÉƑĜĤÍĴĶĹṀÑÓÞǪŔŠŢÚṼŴẊÝŽ'][i],
  ]),
);
const PLACEHOLDER = /(\{\{[^}]*\}\})/;

/** Transforms the text around placeholders, keeping `{{name}}` intact. */
const mapText = (value, fn) =>
  value
    .split(PLACEHOLDER)
    .map((part) => (PLACEHOLDER.test(part) ? part : fn(part)))
    .join('');

export const PSEUDO = {
  'en-XA': (value) => {
    const accented = mapText(value, (text) => [...text].map((ch) => ACCENTS[ch] ?? ch).join(''));
    const padding = ' ·'.repeat(Math.max(1, Math.round((value.length * 0.35) / 2)));
    return `[${accented}${padding}]`;
  },
  'ar-XB': (value) => mapText(value, (text) => (text.trim() ? `\u202e${text}\u202c` : text)),
};

/** Builds a pseudo-locale: every English key, with plural forms for the pseudo-locale's categories. */
export function buildPseudo(code, en) {
  const convert = (obj) => {
    const out = {};
    for (const [key, value] of Object.entries(obj)) {
      if (typeof value !== 'string') {
        out[key] = convert(value);
        continue;
      }
      const [base, suffix] = pluralParts(key);
      if (!suffix) out[key] = PSEUDO[code](value);
      else if (suffix === 'other')
        for (const cat of pluralCategories(code)) out[`${base}_${cat}`] = PSEUDO[code](obj[`${base}_${cat}`] ?? value);
    }
    return out;
  };
  return canonicalJson(convert(en));
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const en = readLocale('en').data;
  const check = process.argv.includes('--check');
  let stale = 0;
  for (const code of Object.keys(PSEUDO)) {
    const file = join(LOCALES_DIR, `${code}.json`);
    const text = buildPseudo(code, en);
    let current = '';
    try {
      current = readFileSync(file, 'utf8');
    } catch {}
    if (current === text) continue;
    if (check) {
      console.log(`locales/${code}.json is out of date or edited by hand (run: npm run i18n:pseudo)`);
      stale++;
    } else {
      writeFileSync(file, text);
      console.log(`wrote locales/${code}.json`);
    }
  }
  process.exitCode = stale ? 1 : 0;
}
