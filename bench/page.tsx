// Browser side of the benchmark: runs the timing loops inside the page (no protocol round trip per sample).

import i18next from 'i18next';
import { flushSync } from 'react-dom';
import { createRoot, type Root } from 'react-dom/client';
import { ApplicantFeedback, preloadLocale } from '../src/index';
import { Baseline, initBaseline } from './Baseline';
import { SIXTEEN } from './cases';
import '../src/styles.css';

initBaseline();
const noop = () => {};
const element = (kind: string, locale = 'en') =>
  kind === 'ours' ? (
    <ApplicantFeedback result={SIXTEEN} locale={locale} onResubmit={noop} />
  ) : (
    <Baseline result={SIXTEEN} onResubmit={noop} />
  );

/** One mount: create a root, render synchronously, force style and layout, then clean up. */
function mountOnce(kind: string): number {
  const container = document.createElement('div');
  document.body.append(container);
  const start = performance.now();
  const root = createRoot(container);
  flushSync(() => root.render(element(kind)));
  container.getBoundingClientRect();
  const time = performance.now() - start;
  root.unmount();
  container.remove();
  return time;
}

/** Interleaved samples (ours, baseline, ours, …) after a warm-up, so drift hits both alike. */
function mountSamples(count: number, warmup: number) {
  const times: Record<string, number[]> = { ours: [], baseline: [] };
  for (let i = 0; i < warmup; i++) for (const kind of ['ours', 'baseline']) mountOnce(kind);
  for (let i = 0; i < count; i++) for (const kind of ['ours', 'baseline']) times[kind]?.push(mountOnce(kind));
  return times;
}

/** Resolves when the container shows `text`. */
function shown(container: HTMLElement, text: string) {
  return new Promise<void>((resolve) => {
    if (container.textContent?.includes(text)) return resolve();
    const observer = new MutationObserver(() => {
      if (container.textContent?.includes(text)) {
        observer.disconnect();
        resolve();
      }
    });
    observer.observe(container, { subtree: true, childList: true, characterData: true });
  });
}

/**
 * Time from asking for German to `german` (the heading both show) on screen; `cached`: the German strings are
 * already loaded. German is never imported statically here, so "not cached" really fetches it.
 */
async function switchToGerman(kind: string, cached: boolean, german: string): Promise<number> {
  const container = document.createElement('div');
  document.body.append(container);
  const root: Root = createRoot(container);
  flushSync(() => root.render(element(kind, 'en')));
  if (cached) {
    if (kind === 'ours') await preloadLocale('de');
    else i18next.addResourceBundle('de', 'translation', (await import('./baselineDe')).germanDictionary);
  }
  const start = performance.now();
  if (kind === 'ours') {
    root.render(element(kind, 'de'));
  } else {
    if (!cached) i18next.addResourceBundle('de', 'translation', (await import('./baselineDe')).germanDictionary);
    await i18next.changeLanguage('de');
  }
  await shown(container, german);
  const time = performance.now() - start;
  root.unmount();
  container.remove();
  if (kind === 'baseline') await i18next.changeLanguage('en');
  return time;
}

Object.assign(window, { bench: { mountSamples, switchToGerman } });
document.title = 'ready';
