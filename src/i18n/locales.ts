import { isLoaded, isRegistered } from './store.js';

/**
 * Locale files other than English, each its own chunk loaded on demand. Vite turns this into one dynamic
 * import per file at build time; the host's bundler then splits them again.
 */
export const LOCALE_LOADERS = import.meta.glob<Record<string, unknown>>(['./*.json', '!./en.json'], {
  import: 'default',
  base: '../../locales',
});

const codeOf = (path: string) => path.slice(2, -'.json'.length); // './de.json' → 'de'
const LOADER_BY_LOCALE = new Map(Object.entries(LOCALE_LOADERS).map(([path, load]) => [codeOf(path), load]));

/** Locales made for layout testing, generated from English; resolvable, but not "supported". */
export const pseudoLocales: readonly string[] = Object.freeze(['en-XA', 'ar-XB']);

/** Every locale the library ships translations for (BCP 47). */
export const supportedLocales: readonly string[] = Object.freeze(
  ['en', ...LOADER_BY_LOCALE.keys()].filter((code) => !pseudoLocales.includes(code)).sort(),
);

export const loaderFor = (locale: string) => LOADER_BY_LOCALE.get(locale);

const RTL = new Set(['ar', 'fa', 'he', 'ur', 'ar-XB']);
// Right-to-left scripts, for locales a host registers itself (e.g. `ps`, `yi`, `ckb`).
const RTL_LANGUAGES = new Set(['ar', 'arc', 'ckb', 'dv', 'fa', 'he', 'iw', 'ps', 'sd', 'ug', 'ur', 'yi']);

export const directionOf = (locale: string): 'ltr' | 'rtl' =>
  RTL.has(locale) || RTL_LANGUAGES.has(locale.split('-')[0] ?? '') ? 'rtl' : 'ltr';

/** Tags that name one of our locales differently: Sumsub's own codes, legacy and script tags. */
const ALIASES: Readonly<Record<string, string>> = {
  fl: 'fil',
  tl: 'fil',
  no: 'nb',
  nn: 'nb',
  iw: 'he',
  in: 'id',
  'zh-tw': 'zh-TW',
  'zh-hk': 'zh-TW',
  'zh-mo': 'zh-TW',
  'zh-hant': 'zh-TW',
  'zh-cn': 'zh',
  'zh-sg': 'zh',
  'zh-hans': 'zh',
  'pt-br': 'pt-BR',
};

function known(tag: string): string | undefined {
  const name = ALIASES[tag]?.toLowerCase() ?? tag;
  for (const code of [...LOADER_BY_LOCALE.keys(), 'en']) if (code.toLowerCase() === name) return code;
  return isRegistered(name);
}

/**
 * Maps any BCP 47 tag to the locale that will render it, along the fallback chain
 * `zh-Hant-HK → zh-hant → zh-TW`, `pt-BR-x → pt-BR → pt`, `de-CH → de`, and `en` last. Never throws.
 */
export function resolveLocale(tag: unknown): string {
  if (typeof tag !== 'string' || tag.length > 64) return 'en';
  const parts = tag.trim().replace(/_/g, '-').toLowerCase().split('-');
  for (let n = parts.length; n > 0; n--) {
    const found = known(parts.slice(0, n).join('-'));
    if (found) return found;
  }
  return 'en';
}

/** The loaded locales a render looks keys up in, most specific first: `pt-BR → pt → en`. */
export function fallbackChain(locale: string): string[] {
  const base = locale.split('-')[0] as string;
  return [...new Set([locale, base, 'en'])].filter(isLoaded);
}
