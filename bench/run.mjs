#!/usr/bin/env node
// `npm run bench`: ours against the hand-written baseline (bench/Baseline.tsx), side by side in one run.
// Writes BENCHMARKS.md. Medians and ratios only; nothing here is asserted in tests.
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { cpus } from 'node:os';
import { extname, join } from 'node:path';
import { performance } from 'node:perf_hooks';
import react from '@vitejs/plugin-react';
import { chromium } from 'playwright';
import { build } from 'vite';
import { CHROMIUM_ARGS, chromiumPath } from '../scripts/chromium.mjs';
import { ROOT } from '../scripts/i18n-lib.mjs';

const OUT = join(ROOT, 'bench', '.out');
const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};
const ms = (x) => (x >= 1 ? `${x.toFixed(2)} ms` : `${(x * 1000).toFixed(0)} µs`);
const ratio = (a, b) => `${(a / b).toFixed(2)}×`;

async function bundle() {
  rmSync(OUT, { recursive: true, force: true });
  const common = { configFile: false, logLevel: 'warn', plugins: [react()], json: { stringify: true } };
  await build({ ...common, root: ROOT, build: { ssr: 'bench/ssr.tsx', outDir: join(OUT, 'ssr'), target: 'node20' } });
  await build({
    ...common,
    root: join(ROOT, 'bench'),
    define: { 'process.env.NODE_ENV': '"production"' },
    build: { outDir: join(OUT, 'web'), target: 'es2022' },
  });
}

/** Samples `fn` interleaved for each variant: warm-up, then `count` rounds. */
function sample(variants, count, warmup = 100) {
  const times = Object.fromEntries(Object.keys(variants).map((k) => [k, []]));
  for (let i = 0; i < warmup; i++) for (const fn of Object.values(variants)) fn();
  for (let i = 0; i < count; i++) {
    for (const [name, fn] of Object.entries(variants)) {
      const start = performance.now();
      fn();
      times[name].push(performance.now() - start);
    }
  }
  return Object.fromEntries(Object.entries(times).map(([k, v]) => [k, median(v)]));
}

async function serverSide() {
  const ssr = await import(join(OUT, 'ssr', 'ssr.js'));
  const sixteen = sample(
    { ours: () => ssr.renderOurs(ssr.SIXTEEN), baseline: () => ssr.renderBaseline(ssr.SIXTEEN) },
    1000,
  );
  sixteen.explanations = ssr.resolveFeedback(ssr.SIXTEEN).reasons.length;
  const growth = ssr.SIZES.map((n) => {
    const known = ssr.knownCodes(n);
    const unknown = ssr.unknownCodes(n);
    const t = sample(
      {
        ours: () => ssr.renderOurs(known),
        baseline: () => ssr.renderBaseline(known),
        oursUnknown: () => ssr.renderOurs(unknown),
        baselineUnknown: () => ssr.renderBaseline(unknown),
        resolve: () => ssr.resolveFeedback(known),
      },
      n >= 1000 ? 200 : 400,
      n >= 1000 ? 20 : 100,
    );
    const items = ssr.resolveFeedback(known).reasons.length;
    return { n, items, ...t };
  });
  return { sixteen, growth, explainedChildren: ssr.EXPLAINED_CHILDREN };
}

async function browserSide() {
  const web = join(OUT, 'web');
  const types = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css' };
  const server = createServer((req, res) => {
    const path = join(
      web,
      new URL(req.url, 'http://x').pathname === '/' ? 'index.html' : new URL(req.url, 'http://x').pathname,
    );
    if (!path.startsWith(web) || !existsSync(path)) return res.writeHead(404).end();
    res.writeHead(200, {
      'content-type': types[extname(path)] ?? 'application/octet-stream',
      'cache-control': 'no-store',
    });
    res.end(readFileSync(path));
  });
  await new Promise((r) => server.listen(0, '127.0.0.1', r));
  const url = `http://127.0.0.1:${server.address().port}/`;
  const browser = await chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS });
  try {
    const page = await browser.newPage();
    const open = async () => {
      await page.goto(url);
      await page.waitForFunction(() => document.title === 'ready');
    };
    await open();
    const mounts = await page.evaluate(() => window.bench.mountSamples(300, 50));
    const version = browser.version();
    const locale = {};
    const german = JSON.parse(readFileSync(join(ROOT, 'locales/de.json'), 'utf8')).outcome.resubmission.heading;
    for (const kind of ['ours', 'baseline']) {
      for (const cached of [true, false]) {
        const times = [];
        for (let i = 0; i < 25; i++) {
          await open(); // a fresh page: nothing loaded yet
          times.push(await page.evaluate(([k, c, g]) => window.bench.switchToGerman(k, c, g), [kind, cached, german]));
        }
        locale[`${kind}:${cached ? 'cached' : 'uncached'}`] = median(times);
      }
    }
    return {
      mount: { ours: median(mounts.ours), baseline: median(mounts.baseline), samples: mounts.ours.length },
      locale,
      version,
    };
  } finally {
    await browser.close();
    server.close();
  }
}

await bundle();
const server = await serverSide();
const web = await browserSide();
const sizes = execFileSync(process.execPath, [join(ROOT, 'scripts/size.mjs')], { encoding: 'utf8' }).trim();
const machine = `${cpus()[0]?.model ?? 'unknown CPU'} × ${cpus().length}, Node ${process.version}, ${web.version}`;

const md = `# Benchmarks

Made by \`npm run bench\` (bench/run.mjs) on ${new Date().toISOString().slice(0, 10)}: ${machine}.
Ours is \`<ApplicantFeedback>\`; the baseline (bench/Baseline.tsx) is what an integrator writes without this
library: react-i18next's \`useTranslation\`, a dictionary keyed by code with the same English copy, a list and
a button. Both run in the same process, interleaved sample by sample, after a warm-up. Medians; ratios are
ours ÷ baseline. Absolute times depend on the machine; the ratios are what to compare.

## A 16-code resubmission

The result has 11 buttonIds and 5 labels. Ours shows the ${server.sixteen.explanations} explanations they reduce to (bare groups and
labels a button explains are dropped), plus heading, summary, button and support line; the baseline shows
16 items.

| measure | ours | baseline | ratio | goal |
| --- | --- | --- | --- | --- |
| mount + style/layout in Chromium (median of ${web.mount.samples}) | ${ms(web.mount.ours)} | ${ms(web.mount.baseline)} | ${ratio(web.mount.ours, web.mount.baseline)} | ≤ 1.3× |
| \`renderToString\` in Node (median of 1,000) | ${ms(server.sixteen.ours)} | ${ms(server.sixteen.baseline)} | ${ratio(server.sixteen.ours, server.sixteen.baseline)} | ≤ 1.3× |

"Mount" is \`createRoot\` + a synchronous render (\`flushSync\`) + a forced style and layout pass
(\`getBoundingClientRect\`), timed inside the page. Paint itself is left out: in headless Chromium it only
lands on the next frame tick (16.7 ms steps), which would hide every difference.

## Growth with the number of codes (\`renderToString\`, Node)

Known codes are explained buttonIds; past the catalogue's ${server.explainedChildren} they are new children of known groups,
which fall back to their group's explanation (at most ${Math.max(...server.growth.map((g) => g.items))} explanations in all). Unknown codes are
new groups, which all become one generic reason.

| codes | explanations shown | ours, known | baseline, known | ours, unknown | baseline, unknown | resolveFeedback alone |
| --- | --- | --- | --- | --- | --- | --- |
${server.growth.map((g) => `| ${g.n} | ${g.items} | ${ms(g.ours)} | ${ms(g.baseline)} | ${ms(g.oursUnknown)} | ${ms(g.baselineUnknown)} | ${ms(g.resolve)} |`).join('\n')}

Ours grows with the distinct explanations it renders, not with the codes: with unknown codes it renders
one reason however many arrive, while the baseline renders one item per code.

## Locale change (Chromium, median of 25, each on a fresh page)

From asking for German to the German heading on screen (a MutationObserver sees it).

| | ours | baseline |
| --- | --- | --- |
| German already loaded (cached) | ${ms(web.locale['ours:cached'])} | ${ms(web.locale['baseline:cached'])} |
| German fetched on demand (not cached) | ${ms(web.locale['ours:uncached'])} | ${ms(web.locale['baseline:uncached'])} |

Ours changes language through its \`locale\` prop (one React render); the baseline through
\`i18n.changeLanguage\`, which re-renders every \`useTranslation\` user. Each sample is the first German
render on a fresh page, so both include i18next's first-use work for the language (plural rules,
formatters). Not cached, both fetch one chunk from a local server (no network latency): ours the German
strings (5–8 KB per locale), the baseline its per-code German dictionary.

## Sizes (\`npm run size\`, enforced by test/package/budgets.test.ts)

\`\`\`
${sizes}
\`\`\`
`;
writeFileSync(join(ROOT, 'BENCHMARKS.md'), md);
console.log(md);
