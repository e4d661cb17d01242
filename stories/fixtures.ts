import type { ApplicantSafeReviewResult } from '../src/index';

const completed = { reviewStatus: 'completed', rejectLabels: [], buttonIds: [] } as const;
const retry = { ...completed, reviewAnswer: 'RED', reviewRejectType: 'RETRY' } as const;

/** Review results a designer meets, named by what the applicant sees. */
export const results = {
  approved: { ...completed, reviewAnswer: 'GREEN' },
  resubmission: {
    ...retry,
    buttonIds: ['badPhoto', 'badPhoto_screenshot', 'selfie', 'selfie_badFaceComparison', 'proofOfAddress_issueDate'],
    rejectLabels: ['SCREENSHOTS', 'BAD_FACE_MATCHING', 'BAD_PROOF_OF_ADDRESS'],
    moderationComment: 'Please upload a photo of your passport instead of a screenshot.',
  },
  manyReasons: {
    ...retry,
    buttonIds: [
      'badPhoto_screenshot',
      'badPhoto_dataNotVisible',
      'additionalPages_anotherSide',
      'badDocument_expiredId',
      'selfie_selfieLiveness',
      'selfie_selfieWithId',
      'proofOfAddress_fullAddress',
      'proofOfAddress_issueDate',
      'bankCard_fullNameIssue',
      'dataMismatch_fullName',
      'dataMismatch_dateOfBirth',
      'videoIdent_badConnection',
    ],
    rejectLabels: ['BLACK_AND_WHITE', 'INCORRECT_SOCIAL_NUMBER'],
  },
  oneReason: { ...retry, rejectLabels: ['DOCUMENT_PAGE_MISSING'] },
  withheld: { ...retry, rejectLabels: ['PEP', 'BAD_SELFIE'], buttonIds: ['compromisedPersons_pep', 'fake_editedId'] },
  unknownCodes: {
    ...retry,
    buttonIds: ['badPhoto_holographicGlare', 'quantumCheck_failed'],
    rejectLabels: ['NEW_LABEL_2027'],
  },
  longComment: {
    ...retry,
    rejectLabels: ['UNSATISFACTORY_PHOTOS'],
    moderationComment:
      'Thank you for your patience. Your passport photo was taken at an angle and part of the machine-readable zone at the bottom of the page is covered by your thumb. Please place the passport on a flat, dark surface, make sure the whole page including all four corners is visible, avoid glare from lamps or windows, and take the photo from directly above.\nIf your passport is damaged, you can use your national ID card instead. A photo of the front and the back is needed in that case.',
  },
  supportToken: {
    ...retry,
    rejectLabels: ['SCREENSHOTS'],
    moderationComment: 'Please upload the original document. If you have questions, contact us: ${clientSupportEmail}.',
  },
  final: {
    ...completed,
    reviewAnswer: 'RED',
    reviewRejectType: 'FINAL',
    rejectLabels: ['FORGERY', 'UNSATISFACTORY_PHOTOS'],
    buttonIds: ['fake_forgedId', 'badPhoto_dataNotVisible'],
    moderationComment:
      'We could not verify your profile. If you have any questions, please contact ${clientSupportEmail}',
  },
  pending: { ...completed, reviewStatus: 'pending' },
  queued: { ...completed, reviewStatus: 'queued' },
  onHold: { ...completed, reviewStatus: 'onHold' },
  init: { ...completed, reviewStatus: 'init' },
  awaitingUser: { ...completed, reviewStatus: 'awaitingUser' },
} satisfies Record<string, ApplicantSafeReviewResult>;

/** A whole applicantReviewed webhook as Sumsub sends it, private clientComment included (public example). */
export const rawWebhook = {
  applicantId: '5cb744200a975a67ed1798a4',
  inspectionId: '5cb744200a975a67ed1798a5',
  correlationId: 'req-fa94263f-0b23-42d7-9393-ab10b28ef42d',
  externalUserId: 'externalUserId',
  levelName: 'id-and-liveness',
  type: 'applicantReviewed',
  reviewResult: {
    moderationComment: 'Please retake the photo of your document.',
    clientComment: 'PRIVATE: suspected account farming, see case 4411.',
    reviewAnswer: 'RED',
    rejectLabels: ['UNSATISFACTORY_PHOTOS', 'SCREENSHOTS'],
    reviewRejectType: 'RETRY',
    buttonIds: ['badPhoto', 'badPhoto_screenshot'],
  },
  reviewStatus: 'completed',
  createdAtMs: '2020-02-21 13:23:19.001',
};
