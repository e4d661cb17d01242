import { BUTTON_IDS } from '../src/catalogue/index';
import type { ApplicantSafeReviewResult } from '../src/index';

const retry = { reviewStatus: 'completed', reviewAnswer: 'RED', reviewRejectType: 'RETRY' } as const;

/** The benchmark's main case: a typical 16-code resubmission (11 buttonIds, 5 labels). */
export const SIXTEEN: ApplicantSafeReviewResult = {
  ...retry,
  buttonIds: [
    'badPhoto',
    'badPhoto_screenshot',
    'badPhoto_dataNotVisible',
    'selfie',
    'selfie_badFaceComparison',
    'additionalPages',
    'additionalPages_anotherSide',
    'proofOfAddress',
    'proofOfAddress_issueDate',
    'badDocument',
    'badDocument_expiredId',
  ],
  rejectLabels: [
    'SCREENSHOTS',
    'UNSATISFACTORY_PHOTOS',
    'BAD_FACE_MATCHING',
    'BAD_PROOF_OF_ADDRESS',
    'DOCUMENT_PAGE_MISSING',
  ],
};

const explainedChildren = Object.entries(BUTTON_IDS)
  .filter(([id, e]) => id.includes('_') && e.explain)
  .map(([id]) => id);

export const EXPLAINED_CHILDREN = explainedChildren.length;

/** n known codes: the explained buttonIds, then new children of their groups (which take the group's). */
export const knownCodes = (n: number): ApplicantSafeReviewResult => ({
  ...retry,
  rejectLabels: [],
  buttonIds: Array.from({ length: n }, (_, i) =>
    i < explainedChildren.length
      ? (explainedChildren[i] as string)
      : `${explainedChildren[i % explainedChildren.length]}X${i}`,
  ),
});

/** n codes the catalogue does not know (new groups): one generic reason however many there are. */
export const unknownCodes = (n: number): ApplicantSafeReviewResult => ({
  ...retry,
  rejectLabels: [],
  buttonIds: Array.from({ length: n }, (_, i) => `futureGroup${i}_child`),
});

export const SIZES = [1, 10, 100, 1000];
