#!/usr/bin/env node
// Checks every locales/<locale>.json against locales/en.json and prints one line per problem,
// naming file and key. Exit code 1 when anything is wrong. Usage: npm run i18n:check [-- de fr]
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  canonicalJson,
  flatten,
  LOCALES_DIR,
  localeFiles,
  placeholders,
  pluralCategories,
  pluralParts,
  readLocale,
} from './i18n-lib.mjs';
import { buildXliff } from './i18n-xliff.mjs';
import { LOCALE_META, SCRIPT_RE } from './locales-meta.mjs';
import { buildPseudo, PSEUDO } from './pseudo-locales.mjs';

// Characters that exist in only one of the two Chinese standards (common words in this domain).
const HAN_ONLY = {
  simplified: '们请证与为这会资确认验单传门时间据码个护说续书访问联务图过',
  traditional: '們請證與為這會資確認驗單傳門時間據碼個護說續證書訪問聯繫務圖過',
};
// A value may contain Latin letters (acronyms such as PDF, EIN, Wi-Fi); most letters must be in the script.
const MIN_SCRIPT_SHARE = 0.6;

// Keys a locale may leave identical to English (e.g. "Email {{email}}" in Indonesian): one file per locale.
const sameAsEnglishFor = (code) => {
  const file = join(LOCALES_DIR, 'context', 'same-as-english', `${code}.json`);
  return existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) : [];
};

const problems = [];
const report = (file, key, message) => problems.push(`${file}${key ? `: ${key}` : ''}: ${message}`);

function parse(code) {
  try {
    const loc = readLocale(code);
    if (loc.text !== canonicalJson(loc.data)) {
      report(loc.file, '', 'keys are not sorted or the file is not formatted (run: npm run i18n:sort)');
    }
    return loc;
  } catch (error) {
    report(`locales/${code}.json`, '', `invalid JSON: ${error.message}`);
    return null;
  }
}

function checkScript(file, key, value, meta) {
  const text = value.replace(/\{\{[^}]*\}\}/g, '');
  const letters = [...text].filter((ch) => /\p{L}/u.test(ch));
  if (letters.length === 0) return;
  const re = SCRIPT_RE[meta.script];
  const share = letters.filter((ch) => re.test(ch)).length / letters.length;
  if (share < MIN_SCRIPT_SHARE) {
    report(file, key, `text is not in the ${meta.script} script (${Math.round(share * 100)}% of letters are)`);
  }
  if (meta.han) {
    const other = meta.han === 'simplified' ? HAN_ONLY.traditional : HAN_ONLY.simplified;
    const found = [...new Set([...text].filter((ch) => other.includes(ch)))];
    if (found.length)
      report(
        file,
        key,
        `uses ${meta.han === 'simplified' ? 'Traditional' : 'Simplified'} characters: ${found.join('')}`,
      );
  }
}

function checkLocale(code, en) {
  const loc = parse(code);
  if (!loc) return;
  const meta = LOCALE_META[code];
  if (!meta) report(loc.file, '', `unknown locale: add it to scripts/locales-meta.mjs and src/i18n/locales.ts`);
  if (PSEUDO[code] && loc.text !== buildPseudo(code, readLocale('en').data)) {
    report(loc.file, '', 'pseudo-locale is out of date or edited by hand (run: npm run i18n:pseudo)');
  }
  const flat = flatten(loc.data);
  const categories = pluralCategories(code);
  // Expected keys: English keys, with each plural group expanded to this locale's categories.
  const expected = new Map();
  for (const [key, value] of en) {
    const [base, suffix] = pluralParts(key);
    if (!suffix) expected.set(key, value);
    else for (const cat of categories) expected.set(`${base}_${cat}`, en.get(`${base}_other`) ?? value);
  }
  for (const key of expected.keys()) if (!flat.has(key)) report(loc.file, key, 'missing');
  for (const [key, value] of flat) {
    if (!expected.has(key)) {
      const [base, suffix] = pluralParts(key);
      const hint =
        suffix && expected.has(`${base}_other`) ? ` (plural forms for ${code}: ${categories.join(', ')})` : '';
      report(loc.file, key, `not in English${hint}`);
      continue;
    }
    if (typeof value !== 'string') {
      report(loc.file, key, 'value is not a string');
      continue;
    }
    if (value.trim() === '') {
      report(loc.file, key, 'empty');
      continue;
    }
    const enValue = expected.get(key);
    const want = placeholders(enValue).join(','),
      got = placeholders(value).join(',');
    if (want !== got) report(loc.file, key, `placeholders {{${got}}} differ from English {{${want}}}`);
    if (/\{\{(?![\s\w.]+\}\})|\$\{/.test(value)) report(loc.file, key, 'broken placeholder syntax');
    if (code !== 'en' && !meta?.pseudo) {
      if (value === enValue && !sameAsEnglishFor(code).includes(key)) {
        report(
          loc.file,
          key,
          `same as English (translate it, or list the key in locales/context/same-as-english/${code}.json)`,
        );
      }
      if (meta) checkScript(loc.file, key, value, meta);
    }
  }
}

const enLoc = parse('en');
if (enLoc) {
  const en = flatten(enLoc.data);
  // English itself must have the plural forms English needs and context for every key.
  const ctx = flatten(JSON.parse(readFileSync(join(LOCALES_DIR, 'context', 'en.json'), 'utf8')));
  for (const key of en.keys()) if (!ctx.has(key)) report('locales/context/en.json', key, 'no translator context');
  for (const key of ctx.keys())
    if (!en.has(key)) report('locales/context/en.json', key, 'context for a key that does not exist');
  if (readFileSync(join(LOCALES_DIR, 'context', 'en.xlf'), 'utf8') !== buildXliff()) {
    report('locales/context/en.xlf', '', 'out of date with en.json or its context (run: npm run i18n:xliff)');
  }
  const wanted = process.argv.slice(2);
  for (const code of localeFiles()) if (!wanted.length || wanted.includes(code)) checkLocale(code, en);
}
for (const p of problems) console.log(p);
const count = localeFiles().length;
console.log(problems.length ? `\n${problems.length} problem(s) in locales/.` : `i18n:check: ${count} locale files OK.`);
process.exitCode = problems.length ? 1 : 0;
