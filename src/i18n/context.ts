import type { i18n as I18n } from 'i18next';
import { createContext } from 'react';

export interface FeedbackI18nSettings {
  /** BCP 47 locale for every ApplicantFeedback below; a component's own `locale` prop wins. */
  readonly locale?: string;
  /** The host's i18next instance: its keys win and its language is followed. */
  readonly i18n?: I18n;
}

export const FeedbackI18nContext = createContext<FeedbackI18nSettings>({});
