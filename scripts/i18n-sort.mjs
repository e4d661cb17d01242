#!/usr/bin/env node
// Rewrites locales/*.json (or only the locales named as arguments) with sorted keys and the standard formatting that i18n:check expects.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { canonicalJson, LOCALES_DIR, localeFiles, readLocale } from './i18n-lib.mjs';

const wanted = process.argv.slice(2);
for (const code of localeFiles().filter((c) => !wanted.length || wanted.includes(c))) {
  const { text, data } = readLocale(code);
  const canonical = canonicalJson(data);
  if (canonical !== text) {
    writeFileSync(join(LOCALES_DIR, `${code}.json`), canonical);
    console.log(`sorted locales/${code}.json`);
  }
}
