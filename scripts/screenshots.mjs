#!/usr/bin/env node
// Writes PNGs of each outcome in English and Arabic, taken by headless Debian Chromium from the static
// Storybook (run `npm run build-storybook` first; `npm run screenshots` does both).
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize } from 'node:path';
import { chromium } from 'playwright';
import { CHROMIUM_ARGS, chromiumPath } from './chromium.mjs';
import { ROOT } from './i18n-lib.mjs';

const SITE = join(ROOT, 'storybook-static');
const OUT = join(ROOT, 'docs', 'screenshots');
const STORIES = ['approved', 'resubmission', 'final-rejection', 'in-review'];
const LOCALES = ['en', 'ar'];
const TYPES = {
  '.html': 'text/html',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.woff2': 'font/woff2',
};

if (!existsSync(join(SITE, 'iframe.html'))) {
  console.error('No static Storybook in storybook-static/: run npm run build-storybook first.');
  process.exit(1);
}

const server = createServer((req, res) => {
  const path = normalize(decodeURIComponent(new URL(req.url, 'http://x').pathname)).replace(/^(\.\.[/\\])+/, '');
  const file = join(SITE, path === '/' ? 'index.html' : path);
  if (!file.startsWith(SITE) || !existsSync(file)) {
    res.writeHead(404).end();
    return;
  }
  res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' }).end(readFileSync(file));
});
await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
const base = `http://127.0.0.1:${server.address().port}`;

const browser = await chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS });
try {
  mkdirSync(OUT, { recursive: true });
  const page = await browser.newPage({ viewport: { width: 720, height: 900 }, deviceScaleFactor: 1 });
  for (const locale of LOCALES) {
    for (const story of STORIES) {
      await page.goto(
        `${base}/iframe.html?id=applicantfeedback-outcomes--${story}&viewMode=story&globals=locale:${locale}`,
      );
      const feedback = page.locator('.af-feedback[data-status]');
      await feedback.waitFor();
      await page.evaluate(() => document.activeElement instanceof HTMLElement && document.activeElement.blur());
      const file = join(OUT, `${story}-${locale}.png`);
      await feedback.screenshot({ path: file });
      console.log(`wrote ${file.slice(ROOT.length + 1)}`);
    }
  }
} finally {
  await browser.close();
  server.close();
}
