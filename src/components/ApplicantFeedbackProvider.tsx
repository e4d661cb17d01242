import type { i18n as I18n } from 'i18next';
import { type ReactNode, useMemo } from 'react';
import { FeedbackI18nContext } from '../i18n/context.js';
import { type LocaleResources, registerLocale } from '../i18n/store.js';

export interface ApplicantFeedbackProviderProps {
  /** Default locale for every ApplicantFeedback inside (BCP 47). */
  locale?: string;
  /**
   * The host's i18next instance. The library adds its `applicantFeedback` namespace without overwriting
   * the host's keys, follows the host's language, and changes nothing else.
   */
  i18n?: I18n;
  /**
   * Locale strings bundled by the host, e.g. `{ de }` from `import de from 'applicant-feedback/locales/de.json'`.
   * Registered before the first render, so SSR needs no `preloadLocale` for them.
   */
  resources?: Readonly<Record<string, LocaleResources>>;
  children: ReactNode;
}

/** Optional: sets the locale or hands over the host's i18next instance for everything inside it. */
export function ApplicantFeedbackProvider({ locale, i18n, resources, children }: ApplicantFeedbackProviderProps) {
  // Synchronous and idempotent (same object → no-op), so the server and the first client render agree.
  for (const [code, strings] of Object.entries(resources ?? {})) registerLocale(code, strings);
  const value = useMemo(() => ({ locale, i18n }), [locale, i18n]);
  return <FeedbackI18nContext.Provider value={value}>{children}</FeedbackI18nContext.Provider>;
}
