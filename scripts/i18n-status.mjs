#!/usr/bin/env node
// Prints a coverage table: for each locale, how many of the keys it needs are translated, and the
// size of its file (raw and gzip, what a browser downloads for it).
import { gzipSync } from 'node:zlib';
import { flatten, localeFiles, placeholders, pluralCategories, pluralParts, readLocale } from './i18n-lib.mjs';
import { LOCALE_META } from './locales-meta.mjs';

const en = flatten(readLocale('en').data);
const rows = [];
for (const code of localeFiles()) {
  const { data, text } = readLocale(code);
  const flat = flatten(data);
  let needed = 0;
  let done = 0;
  for (const [key, value] of en) {
    const [base, suffix] = pluralParts(key);
    if (suffix && suffix !== 'other') continue;
    const keys = suffix ? pluralCategories(code).map((c) => `${base}_${c}`) : [key];
    for (const k of keys) {
      needed++;
      const v = flat.get(k);
      const ok = typeof v === 'string' && v.trim() !== '' && placeholders(v).join() === placeholders(value).join();
      if (ok && (code === 'en' || v !== value || LOCALE_META[code]?.pseudo)) done++;
    }
  }
  rows.push([
    code,
    LOCALE_META[code]?.name ?? '?',
    `${done}/${needed}`,
    `${((done / needed) * 100).toFixed(1)}%`,
    pluralCategories(code).join(' '),
    `${(Buffer.byteLength(text) / 1024).toFixed(1)} KB`,
    `${(gzipSync(text, { level: 9 }).length / 1024).toFixed(1)} KB`,
  ]);
}
const head = ['locale', 'language', 'keys', 'done', 'plural forms', 'file', 'gzip'];
const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
const line = (cells) => cells.map((c, i) => c.padEnd(widths[i])).join('  ');
console.log(line(head));
console.log(widths.map((w) => '-'.repeat(w)).join('  '));
for (const row of rows) console.log(line(row));
const complete = rows.filter((r) => r[3] === '100.0%').length;
console.log(`\n${complete} of ${rows.length} locales complete.`);
