// Server-safe entry (`applicant-feedback/core`): no React, no i18next.

export type {
  ApplicantSafeReviewResult,
  FeedbackOutcome,
  FeedbackReason,
  ResolvedFeedback,
} from '../types.js';
export { ApplicantFeedbackInputError } from './errors.js';
export { resolveFeedback } from './resolveFeedback.js';
export { toApplicantSafeResult } from './toApplicantSafeResult.js';
