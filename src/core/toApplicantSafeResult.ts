import type { ApplicantSafeReviewResult } from '../types.js';
import { ApplicantFeedbackInputError } from './errors.js';

type Obj = Record<string, unknown>;

/** Longest moderationComment kept; real comments are a few sentences. Bounds what a page renders. */
const MAX_COMMENT_LENGTH = 5000;

const isObject = (value: unknown): value is Obj => typeof value === 'object' && value !== null && !Array.isArray(value);

/** Reads one own field; a throwing getter or inherited property counts as absent. */
function field(obj: Obj, key: string): unknown {
  try {
    return Object.hasOwn(obj, key) ? obj[key] : undefined;
  } catch {
    return undefined;
  }
}

const str = (value: unknown): string | undefined => (typeof value === 'string' ? value : undefined);

function codes(value: unknown): string[] {
  if (!Array.isArray(value)) return [];
  const seen = new Set<string>();
  for (const item of value) if (typeof item === 'string' && item !== '') seen.add(item);
  return [...seen];
}

function oneOf<T extends string>(value: unknown, allowed: readonly T[]): T | undefined {
  return allowed.includes(value as T) ? (value as T) : undefined;
}

/**
 * Allow-list reader shared by `toApplicantSafeResult` and the components: copies only the fields of
 * ApplicantSafeReviewResult, from a whole webhook, its `reviewResult`, or an applicant's `review`.
 * Anything else (`clientComment` first) is never read. Never throws.
 */
export function readSafeResult(input: unknown): ApplicantSafeReviewResult {
  const root = isObject(input) ? input : {};
  const review = isObject(field(root, 'review')) ? (field(root, 'review') as Obj) : undefined;
  const nested = field(root, 'reviewResult') ?? (review && field(review, 'reviewResult'));
  const rr = isObject(nested) ? nested : root;
  const status = str(field(root, 'reviewStatus')) ?? (review && str(field(review, 'reviewStatus')));
  const comment = str(field(rr, 'moderationComment'));

  const safe: ApplicantSafeReviewResult = {
    rejectLabels: codes(field(rr, 'rejectLabels')),
    buttonIds: codes(field(rr, 'buttonIds')),
  };
  if (status !== undefined) safe.reviewStatus = status;
  const answer = oneOf(field(rr, 'reviewAnswer'), ['GREEN', 'RED'] as const);
  if (answer) safe.reviewAnswer = answer;
  const rejectType = oneOf(field(rr, 'reviewRejectType'), ['RETRY', 'FINAL'] as const);
  if (rejectType) safe.reviewRejectType = rejectType;
  if (comment !== undefined) safe.moderationComment = comment.slice(0, MAX_COMMENT_LENGTH);
  return safe;
}

function describe(value: unknown): string {
  if (value === null || value === undefined) return String(value);
  if (Array.isArray(value)) return 'an array';
  return `a ${typeof value}`;
}

/**
 * Server side: turns an `applicantReviewed` webhook (or its `reviewResult`, or an applicant object)
 * into the applicant-safe result you may send to a browser. Tolerant: a field of the wrong type is
 * treated as absent. Throws ApplicantFeedbackInputError only when `input` is not an object.
 */
export function toApplicantSafeResult(input: unknown): ApplicantSafeReviewResult {
  if (!isObject(input)) {
    throw new ApplicantFeedbackInputError(
      `toApplicantSafeResult expects a webhook payload or its reviewResult object, but got ${describe(input)}.`,
    );
  }
  return readSafeResult(input);
}
