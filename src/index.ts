export { ApplicantFeedback, type ApplicantFeedbackProps } from './components/ApplicantFeedback.js';
export {
  ApplicantFeedbackProvider,
  type ApplicantFeedbackProviderProps,
} from './components/ApplicantFeedbackProvider.js';
export * from './core/index.js';
export { pseudoLocales, resolveLocale, supportedLocales } from './i18n/locales.js';
export { preloadLocale } from './i18n/preload.js';
export { type LocaleResources, registerLocale } from './i18n/store.js';
