#!/usr/bin/env node
// Writes XLIFF 1.2 files that translation platforms (Crowdin, Lokalise, Phrase, Weblate…) import with the
// translator context of every key as a <note>:
//   npm run i18n:xliff            → locales/context/en.xlf (English source with context, committed)
//   npm run i18n:xliff -- de      → stdout: English source, German target, context: a bilingual file
// `--check` exits 1 when the committed en.xlf is out of date.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { flatten, LOCALES_DIR, readLocale } from './i18n-lib.mjs';

const xml = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

export function buildXliff(target) {
  const en = flatten(readLocale('en').data);
  const context = flatten(JSON.parse(readFileSync(join(LOCALES_DIR, 'context', 'en.json'), 'utf8')));
  const translated = target ? flatten(readLocale(target).data) : new Map();
  const units = [...en].map(([key, source]) => {
    const tgt = translated.get(key);
    return [
      `      <trans-unit id="${xml(key)}" resname="${xml(key)}">`,
      `        <source>${xml(source)}</source>`,
      ...(typeof tgt === 'string' ? [`        <target>${xml(tgt)}</target>`] : []),
      `        <note>${xml(context.get(key) ?? '')}</note>`,
      '      </trans-unit>',
    ].join('\n');
  });
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2">',
    `  <file original="locales/en.json" datatype="plaintext" source-language="en"${target ? ` target-language="${target}"` : ''}>`,
    '    <body>',
    ...units,
    '    </body>',
    '  </file>',
    '</xliff>',
    '',
  ].join('\n');
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const args = process.argv.slice(2).filter((a) => !a.startsWith('--'));
  const file = join(LOCALES_DIR, 'context', 'en.xlf');
  if (args[0]) process.stdout.write(buildXliff(args[0]));
  else if (process.argv.includes('--check')) {
    const stale = readFileSync(file, 'utf8') !== buildXliff();
    if (stale) console.log('locales/context/en.xlf is out of date (run: npm run i18n:xliff)');
    process.exitCode = stale ? 1 : 0;
  } else writeFileSync(file, buildXliff());
}
