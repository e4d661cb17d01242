import type { ApplicantSafeReviewResult, FeedbackOutcome } from '../types.js';

/** SPEC R1. Only reviewRejectType decides retry vs final; an unknown reject type never promises a retry. */
export function decideOutcome(result: ApplicantSafeReviewResult): FeedbackOutcome {
  if (result.reviewStatus !== undefined && result.reviewStatus !== 'completed') return 'pending';
  if (result.reviewAnswer === 'GREEN') return 'approved';
  if (result.reviewAnswer === 'RED') return result.reviewRejectType === 'RETRY' ? 'resubmission' : 'final';
  return 'pending';
}

/** How a pending review reads to the applicant; keys of `outcome.*` in the locale files. */
const PENDING_VARIANTS: Readonly<Record<string, PendingVariant>> = {
  init: 'incomplete',
  awaitingUser: 'actionNeeded',
  onHold: 'onHold',
};
export type PendingVariant = 'pending' | 'onHold' | 'incomplete' | 'actionNeeded';

export const pendingVariant = (reviewStatus: string | undefined): PendingVariant =>
  (reviewStatus !== undefined && Object.hasOwn(PENDING_VARIANTS, reviewStatus) && PENDING_VARIANTS[reviewStatus]) ||
  'pending';
