// The baseline: what an integrator writes without this library — react-i18next's useTranslation on the
// global instance, a dictionary keyed by code, a list and a button. Same copy as ours, for a fair race.
import i18next from 'i18next';
import { initReactI18next, useTranslation } from 'react-i18next';
import en from '../locales/en.json';
import { BUTTON_IDS, REJECT_LABELS } from '../src/catalogue/index';
import type { ApplicantSafeReviewResult } from '../src/index';

type Strings = typeof en;

/** The hand-written dictionary: every code with its own title and fix (copied per code, as integrators do). */
export function dictionary(strings: Strings) {
  const codes: Record<string, { title: string; fix: string }> = {};
  for (const [code, entry] of [...Object.entries(BUTTON_IDS), ...Object.entries(REJECT_LABELS)]) {
    const key = (entry.explain ?? 'withheld') as keyof Strings['reasons'];
    codes[code] = strings.reasons[key];
  }
  return {
    heading: strings.outcome.resubmission.heading,
    approved: strings.outcome.approved.heading,
    resubmit: strings.actions.resubmit,
    generic: strings.reasons.generic,
    codes,
  };
}

export function initBaseline(lng = 'en') {
  return i18next.use(initReactI18next).init({
    lng,
    fallbackLng: 'en',
    resources: { en: { translation: dictionary(en) } },
    interpolation: { escapeValue: false },
    initAsync: false,
  });
}

export function Baseline({ result, onResubmit }: { result: ApplicantSafeReviewResult; onResubmit: () => void }) {
  const { t, i18n } = useTranslation();
  if (result.reviewAnswer !== 'RED') return <p>{t('approved')}</p>;
  const codes = [...result.buttonIds, ...result.rejectLabels];
  return (
    <section lang={i18n.language}>
      <h2>{t('heading')}</h2>
      <ul>
        {codes.map((code) => (
          <li key={code}>
            <strong>{t(`codes.${code}.title`, { defaultValue: t('generic.title') })}</strong>
            <p>{t(`codes.${code}.fix`, { defaultValue: t('generic.fix') })}</p>
          </li>
        ))}
      </ul>
      <button type="button" onClick={onResubmit}>
        {t('resubmit')}
      </button>
    </section>
  );
}
