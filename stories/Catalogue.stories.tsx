import type { Meta, StoryObj } from '@storybook/react-vite';
import { BUTTON_IDS, REJECT_LABELS } from '../src/catalogue/index';
import { type CodeEntry, STEPS, type Step } from '../src/catalogue/types';
import { useFeedbackI18n } from '../src/i18n/useFeedbackI18n';

// What a reviewer signs off: every explanation in the chosen locale, by verification step, with the codes
// it explains; then every withheld code, grouped by why it is withheld.
const entries = [...Object.entries(BUTTON_IDS), ...Object.entries(REJECT_LABELS)] as [string, CodeEntry][];

const byStep = new Map<Step, Map<string, string[]>>(STEPS.map((s) => [s, new Map()]));
const withheld = new Map<string, string[]>();
for (const [code, entry] of entries) {
  if (entry.withhold) withheld.set(entry.withhold, [...(withheld.get(entry.withhold) ?? []), code]);
  else {
    const step = byStep.get(entry.step) as Map<string, string[]>;
    step.set(entry.explain, [...(step.get(entry.explain) ?? []), code]);
  }
}
const STEP_NAMES: Record<Step, string> = {
  identityDocument: 'Identity document',
  selfie: 'Selfie and liveness',
  proofOfAddress: 'Proof of address',
  paymentMethod: 'Payment method',
  companyDocuments: 'Company documents',
  videoCall: 'Video call',
  personalData: 'Personal data',
  other: 'Other',
};

function Catalogue() {
  const { t, locale, dir } = useFeedbackI18n(undefined);
  if (!t) return null;
  const explained = entries.filter(([, e]) => e.explain).length;
  return (
    <div className="af-catalogue" lang={locale} dir={dir}>
      <p lang="en" dir="ltr">
        {explained} codes explained by {new Set(entries.map(([, e]) => e.explain).filter(Boolean)).size} explanations;{' '}
        {entries.length - explained} codes withheld.
      </p>
      {[...byStep].map(([step, explanations]) => (
        <section key={step} aria-labelledby={`step-${step}`}>
          <h2 id={`step-${step}`} lang="en" dir="ltr">
            {STEP_NAMES[step]}
          </h2>
          <dl>
            {[...explanations].map(([key, codes]) => (
              <div key={key} className="af-catalogue__entry">
                <dt>{t(`reasons.${key}.title`)}</dt>
                <dd>{t(`reasons.${key}.fix`)}</dd>
                <dd lang="en" dir="ltr">
                  <code>{codes.join(', ')}</code>
                </dd>
              </div>
            ))}
          </dl>
        </section>
      ))}
      <section aria-labelledby="withheld">
        <h2 id="withheld" lang="en" dir="ltr">
          Never explained (shown under RETRY as one neutral reason)
        </h2>
        <p>
          <strong>{t('reasons.withheld.title')}</strong> {t('reasons.withheld.fix')}
        </p>
        <dl lang="en" dir="ltr">
          {[...withheld].map(([why, codes]) => (
            <div key={why} className="af-catalogue__entry">
              <dt>{why}</dt>
              <dd>
                <code>{codes.join(', ')}</code>
              </dd>
            </div>
          ))}
        </dl>
      </section>
    </div>
  );
}

const meta = { title: 'Catalogue/All explanations', component: Catalogue } satisfies Meta<typeof Catalogue>;
export default meta;
export const ByVerificationStep: StoryObj<typeof meta> = {};
