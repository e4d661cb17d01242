import type { ApplicantSafeReviewResult } from '../../src/index';

/** A completed RED + RETRY result; override any field. */
export const retryResult = (over: Partial<ApplicantSafeReviewResult> = {}): ApplicantSafeReviewResult => ({
  reviewStatus: 'completed',
  reviewAnswer: 'RED',
  reviewRejectType: 'RETRY',
  rejectLabels: [],
  buttonIds: [],
  ...over,
});
