// Server-safe entry (`applicant-feedback/core`): no React, no i18next.
export { ApplicantFeedbackInputError } from './errors.js';
export { resolveFeedback } from './resolveFeedback.js';
export { toApplicantSafeResult } from './toApplicantSafeResult.js';
export type {
  ApplicantSafeReviewResult,
  FeedbackOutcome,
  FeedbackReason,
  ResolvedFeedback,
} from '../types.js';
