import type { Translate } from '../i18n/useFeedbackI18n.js';
import type { FeedbackReason } from '../types.js';
import { Heading, type HeadingLevel } from './Heading.js';

interface ReasonListProps {
  reasons: readonly FeedbackReason[];
  t: Translate;
  headingLevel: HeadingLevel;
}

/** What happened and how to fix it, one item per explanation (never a raw code or key). */
export function ReasonList({ reasons, t, headingLevel }: ReasonListProps) {
  return (
    <ul className="af-reasons" aria-label={t('outcome.resubmission.listLabel')}>
      {reasons.map((reason) => (
        <li key={reason.key} className="af-reason" data-reason={reason.key}>
          <Heading level={headingLevel} className="af-reason__title">
            {t(`reasons.${reason.key}.title`)}
          </Heading>
          <p className="af-reason__fix">{t(`reasons.${reason.key}.fix`)}</p>
        </li>
      ))}
    </ul>
  );
}
