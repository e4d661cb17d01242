import { createInstance, type i18n as I18n } from 'i18next';
import en from '../../locales/en.json';

/** The i18next namespace that holds this library's strings, in our instance and in a host's. */
export const NAMESPACE = 'applicantFeedback';

export type LocaleResources = Readonly<Record<string, unknown>>;

// Strings of every locale available right now. English is built in; others arrive by preloadLocale or
// registerLocale. Kept outside i18next so a host instance can receive them too.
const loaded = new Map<string, LocaleResources>([['en', en]]);
const lowerCase = new Map<string, string>([['en', 'en']]);
const listeners = new Set<() => void>();
let version = 0;

export const isLoaded = (locale: string) => loaded.has(locale);
export const isRegistered = (tag: string) => lowerCase.get(tag.toLowerCase());
export const storeVersion = () => version;

// Locales whose chunk failed to load: rendered in English rather than not at all.
const failed = new Set<string>();
export const hasFailed = (locale: string) => failed.has(locale);
export function markFailed(locale: string): void {
  failed.add(locale);
  notify();
}

function notify(): void {
  version++;
  for (const listener of listeners) listener();
}

export function subscribeStore(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** Development aid: called for every key a render looks up that the rendered locale lacks. */
export type MissingKeyListener = (locale: string, key: string) => void;
let missingKeyListener: MissingKeyListener | undefined;
export const getMissingKeyListener = () => missingKeyListener;
export function setMissingKeyListener(listener: MissingKeyListener | undefined): void {
  missingKeyListener = listener;
  notify();
}

let privateInstance: I18n | undefined;

/** Our own i18next instance: never the global one, never `changeLanguage`d; the language is chosen per render. */
export function privateI18n(): I18n {
  if (!privateInstance) {
    privateInstance = createInstance({
      lng: 'en',
      fallbackLng: 'en',
      ns: [NAMESPACE],
      defaultNS: NAMESPACE,
      initAsync: false,
      interpolation: { escapeValue: false }, // React escapes; i18next must not double-escape
    });
    privateInstance.init();
    for (const [locale, resources] of loaded) privateInstance.addResourceBundle(locale, NAMESPACE, resources);
  }
  return privateInstance;
}

/**
 * Makes a locale's strings available to every ApplicantFeedback, e.g. from a statically imported
 * `applicant-feedback/locales/de.json`. Also adds a locale the library does not ship (`cy`, …).
 */
export function registerLocale(locale: string, resources: LocaleResources): void {
  if (typeof locale !== 'string' || !/^[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*$/.test(locale)) {
    throw new TypeError(`registerLocale: "${String(locale)}" is not a BCP 47 language tag.`);
  }
  if (typeof resources !== 'object' || resources === null || Array.isArray(resources)) {
    throw new TypeError(`registerLocale("${locale}"): resources must be the parsed JSON object of a locale file.`);
  }
  if (loaded.get(locale) === resources) return; // already registered: nothing changes, nobody re-renders
  loaded.set(locale, resources);
  lowerCase.set(locale.toLowerCase(), locale);
  failed.delete(locale);
  privateInstance?.addResourceBundle(locale, NAMESPACE, resources, true, true);
  notify();
}

const addedToHost = new WeakMap<I18n, Set<string>>();

/** Adds our strings to a host instance without overwriting the host's own keys (SPEC §5). */
export function shareWithHost(host: I18n): void {
  const done = addedToHost.get(host) ?? new Set<string>();
  addedToHost.set(host, done);
  for (const [locale, resources] of loaded) {
    if (done.has(locale)) continue;
    host.addResourceBundle(locale, NAMESPACE, resources, true, false);
    done.add(locale);
  }
}
