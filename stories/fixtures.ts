import type { ApplicantSafeReviewResult } from '../src/index';

const base = { reviewStatus: 'completed', rejectLabels: [], buttonIds: [] } as const;

/** Review results a designer meets, named by what the applicant sees. */
export const results = {
  approved: { ...base, reviewAnswer: 'GREEN' },
  resubmission: {
    ...base,
    reviewAnswer: 'RED',
    reviewRejectType: 'RETRY',
    buttonIds: ['badPhoto', 'badPhoto_screenshot', 'selfie', 'selfie_badFaceComparison', 'proofOfAddress_issueDate'],
    rejectLabels: ['SCREENSHOTS', 'BAD_FACE_MATCHING', 'BAD_PROOF_OF_ADDRESS'],
    moderationComment:
      'Please upload a photo of your passport instead of a screenshot. Questions? ${clientSupportEmail}',
  },
  oneReason: { ...base, reviewAnswer: 'RED', reviewRejectType: 'RETRY', rejectLabels: ['DOCUMENT_PAGE_MISSING'] },
  withheld: {
    ...base,
    reviewAnswer: 'RED',
    reviewRejectType: 'RETRY',
    rejectLabels: ['PEP', 'BAD_SELFIE'],
    buttonIds: ['compromisedPersons_pep'],
  },
  final: {
    ...base,
    reviewAnswer: 'RED',
    reviewRejectType: 'FINAL',
    rejectLabels: ['FORGERY', 'UNSATISFACTORY_PHOTOS'],
    buttonIds: ['fake_forgedId', 'badPhoto_dataNotVisible'],
    moderationComment:
      'We could not verify your profile. If you have any questions, please contact ${clientSupportEmail}',
  },
  pending: { ...base, reviewStatus: 'pending' },
  onHold: { ...base, reviewStatus: 'onHold' },
} satisfies Record<string, ApplicantSafeReviewResult>;
