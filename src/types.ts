/**
 * The part of a Sumsub review result that may reach an applicant's browser. There is no `clientComment`
 * field, by design: the `never` type makes TypeScript reject any object that carries one.
 */
export interface ApplicantSafeReviewResult {
  /** 'init' | 'pending' | 'prechecked' | 'queued' | 'completed' | 'onHold' | 'awaitingService' | 'awaitingUser' | … */
  reviewStatus?: string;
  reviewAnswer?: 'GREEN' | 'RED';
  reviewRejectType?: 'RETRY' | 'FINAL';
  rejectLabels: readonly string[];
  buttonIds: readonly string[];
  /** Applicant-safe free text from the reviewer; may contain the token `${clientSupportEmail}`. */
  moderationComment?: string;
  /** Private reviewer notes never belong here. */
  clientComment?: never;
}

export type FeedbackOutcome = 'approved' | 'resubmission' | 'final' | 'pending';

export interface FeedbackReason {
  /** Explanation key: `reasons.<key>.title` / `.fix` in the locale files (`generic`, `withheld` included). */
  readonly key: string;
  /** The codes this reason explains, in input order (at most 100). Never shown to the applicant. */
  readonly codes: readonly string[];
}

export interface ResolvedFeedback {
  readonly outcome: FeedbackOutcome;
  /** Explained reasons in display order; only for `resubmission`. */
  readonly reasons: readonly FeedbackReason[];
  /** Some codes were deliberately not explained (SPEC R4; always true for `final` with codes). */
  readonly withheld: boolean;
  /** Codes missing from the catalogue (distinct, input order, at most 100). */
  readonly unknownCodes: readonly string[];
}
