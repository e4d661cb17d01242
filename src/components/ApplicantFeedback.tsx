import { useEffect, useId, useMemo, useRef } from 'react';
import { pendingVariant } from '../core/outcome.js';
import { resolveFeedback } from '../core/resolveFeedback.js';
import { readSafeResult } from '../core/toApplicantSafeResult.js';
import { useFeedbackI18n } from '../i18n/useFeedbackI18n.js';
import type { ApplicantSafeReviewResult, ResolvedFeedback } from '../types.js';
import { warnAboutUnsafeResult } from './devWarnings.js';
import { subLevel, toHeadingLevel } from './Heading.js';
import { ModerationComment } from './ModerationComment.js';
import { ReasonList } from './ReasonList.js';
import { SupportContact } from './SupportContact.js';
import { useUnknownCodeReport } from './useUnknownCodeReport.js';

export interface ApplicantFeedbackProps {
  /** The applicant-safe review result (see `toApplicantSafeResult`). Any value renders a safe state. */
  result: ApplicantSafeReviewResult;
  /** BCP 47 locale; default from ApplicantFeedbackProvider or the host i18next instance, else `en`. */
  locale?: string;
  /** Shows the "Fix and resubmit" button on a resubmission; called when it is pressed. */
  onResubmit?: () => void;
  /** Replaces `${clientSupportEmail}` in the reviewer's comment and adds an email link. */
  supportEmail?: string;
  /** Link to the host's help page (http, https or relative). */
  supportUrl?: string;
  /** Show the reviewer's moderationComment (default true). */
  showModerationComment?: boolean;
  /** Called once per code that the catalogue does not know, e.g. to log it. */
  onUnknownCode?: (code: string) => void;
  /** Level of the main heading (default 2); reasons use the level below. */
  headingLevel?: 2 | 3 | 4 | 5 | 6;
  /** Moves keyboard focus to the heading when the feedback appears or its outcome changes. */
  autoFocus?: boolean;
  className?: string;
}

const EMPTY_FEEDBACK: ResolvedFeedback = { outcome: 'pending', reasons: [], withheld: false, unknownCodes: [] };

function safeResolve(result: unknown): { feedback: ResolvedFeedback; safe: ApplicantSafeReviewResult } {
  try {
    const safe = readSafeResult(result);
    return { feedback: resolveFeedback(safe), safe };
  } catch {
    return { feedback: EMPTY_FEEDBACK, safe: { rejectLabels: [], buttonIds: [] } }; // R6: never throw into the host
  }
}

/**
 * Tells an applicant the outcome of their identity verification and what to do next, in their language.
 * Stateless: everything it shows is derived from `result` and the props.
 */
export function ApplicantFeedback(props: ApplicantFeedbackProps) {
  const { result, locale: localeProp, onResubmit, supportEmail, supportUrl, className } = props;
  const headingLevel = toHeadingLevel(props.headingLevel);
  const { feedback, safe } = useMemo(() => safeResolve(result), [result]);
  const { locale, dir, t } = useFeedbackI18n(localeProp);
  const headingId = useId();
  const headingRef = useRef<HTMLHeadingElement>(null);
  const { outcome, reasons } = feedback;

  useEffect(() => warnAboutUnsafeResult(result), [result]);
  useUnknownCodeReport(feedback.unknownCodes, props.onUnknownCode);
  // biome-ignore lint/correctness/useExhaustiveDependencies: focus again when the outcome changes
  useEffect(() => {
    if (props.autoFocus && t) headingRef.current?.focus();
  }, [props.autoFocus, outcome, t]);

  const rootProps = {
    className: ['af-feedback', className].filter(Boolean).join(' '),
    'data-outcome': outcome,
    lang: locale,
    dir,
  };
  // The locale is still loading: show nothing rather than another language.
  if (!t) return <section {...rootProps} aria-busy="true" />;

  const variant = outcome === 'pending' ? pendingVariant(safe.reviewStatus) : outcome;
  const HeadingTag = `h${headingLevel}` as const; // an element, not <Heading>: React 18 passes no ref to functions
  const summary =
    outcome !== 'resubmission'
      ? t(`outcome.${variant}.body`)
      : reasons.length > 0
        ? t('outcome.resubmission.intro', { count: reasons.length })
        : t('outcome.resubmission.introNoReasons');
  const showComment = props.showModerationComment !== false && (outcome === 'resubmission' || outcome === 'final');

  return (
    <section {...rootProps} data-status={variant} aria-labelledby={headingId}>
      <HeadingTag id={headingId} ref={headingRef} tabIndex={-1} className="af-feedback__heading">
        {t(`outcome.${variant}.heading`)}
      </HeadingTag>
      <div className="af-feedback__summary" role="status">
        <p>{summary}</p>
      </div>
      {outcome === 'resubmission' && reasons.length > 0 && (
        <ReasonList reasons={reasons} t={t} headingLevel={subLevel(headingLevel)} />
      )}
      {showComment && (
        <ModerationComment
          comment={safe.moderationComment}
          supportEmail={supportEmail}
          t={t}
          headingLevel={subLevel(headingLevel)}
        />
      )}
      {outcome === 'resubmission' && typeof onResubmit === 'function' && (
        <div className="af-actions">
          <button type="button" className="af-button" onClick={() => onResubmit()}>
            {t('actions.resubmit')}
          </button>
        </div>
      )}
      {(outcome === 'resubmission' || outcome === 'final') && (
        <SupportContact supportEmail={supportEmail} supportUrl={supportUrl} t={t} always={outcome === 'final'} />
      )}
    </section>
  );
}
