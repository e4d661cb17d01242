import type { i18n as I18n } from 'i18next';
import { useCallback, useContext, useEffect, useMemo, useSyncExternalStore } from 'react';
import { FeedbackI18nContext } from './context.js';
import { directionOf, fallbackChain, resolveLocale } from './locales.js';
import { preloadLocale } from './preload.js';
import {
  getMissingKeyListener,
  hasFailed,
  isLoaded,
  NAMESPACE,
  privateI18n,
  shareWithHost,
  storeVersion,
  subscribeStore,
} from './store.js';

export type Translate = (key: string, options?: Record<string, unknown>) => string;

export interface FeedbackI18n {
  /** The locale being rendered (after aliases and fallback). */
  readonly locale: string;
  readonly dir: 'ltr' | 'rtl';
  /** null while the locale's strings are still loading: render nothing visible in another language. */
  readonly t: Translate | null;
}

const hostLanguage = (host: I18n | undefined) => host?.resolvedLanguage ?? host?.language;

/** Chooses the language for one render and returns a translate function fixed to it. */
export function useFeedbackI18n(localeProp: string | undefined): FeedbackI18n {
  const settings = useContext(FeedbackI18nContext);
  const host = settings.i18n;

  // Re-render when a locale finishes loading or the host switches language.
  const subscribe = useCallback(
    (notify: () => void) => {
      const unsubscribe = subscribeStore(notify);
      host?.on('languageChanged', notify);
      return () => {
        unsubscribe();
        host?.off('languageChanged', notify);
      };
    },
    [host],
  );
  const snapshot = () => `${storeVersion()}|${hostLanguage(host) ?? ''}`;
  const state = useSyncExternalStore(subscribe, snapshot, snapshot);

  const requested = resolveLocale(localeProp ?? settings.locale ?? hostLanguage(host) ?? 'en');
  const locale = isLoaded(requested) || !hasFailed(requested) ? requested : 'en';
  const ready = isLoaded(locale);

  useEffect(() => {
    if (!ready) preloadLocale(locale).catch(() => {}); // a failed chunk leaves the English fallback below
  }, [locale, ready]);

  // biome-ignore lint/correctness/useExhaustiveDependencies: `state` changes when resources or the host language change
  const t = useMemo<Translate | null>(() => {
    if (!ready) return null;
    const instance = host ?? privateI18n();
    if (host) shareWithHost(host);
    const fixed = instance.getFixedT(fallbackChain(locale), NAMESPACE) as unknown as Translate;
    const onMissing = getMissingKeyListener();
    if (!onMissing) return fixed;
    return (key, options) => {
      if (!instance.exists(key, { ...options, lngs: [locale], ns: NAMESPACE })) onMissing(locale, key);
      return fixed(key, options);
    };
  }, [host, locale, ready, state]);

  return { locale, dir: directionOf(locale), t };
}
