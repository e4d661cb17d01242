import { describe, expectTypeOf, it } from 'vitest';
import type { ApplicantFeedbackProps, ApplicantSafeReviewResult } from '../../src/index';

describe('ApplicantSafeReviewResult type', () => {
  it('rejects a clientComment field, in a literal and in a variable', () => {
    // @ts-expect-error clientComment is private and has no place in the applicant-safe type
    const literal: ApplicantSafeReviewResult = { rejectLabels: [], buttonIds: [], clientComment: 'fraud note' };
    const raw = { rejectLabels: [], buttonIds: [], clientComment: 'fraud note' };
    // @ts-expect-error a variable that carries clientComment is not assignable either
    const fromVariable: ApplicantSafeReviewResult = raw;
    expectTypeOf(literal).toEqualTypeOf<ApplicantSafeReviewResult>();
    expectTypeOf(fromVariable).toEqualTypeOf<ApplicantSafeReviewResult>();
  });

  it('accepts a well-formed result and fixes the component props', () => {
    expectTypeOf<{
      rejectLabels: string[];
      buttonIds: string[];
      reviewAnswer: 'RED';
    }>().toExtend<ApplicantSafeReviewResult>();
    expectTypeOf<ApplicantFeedbackProps['headingLevel']>().toEqualTypeOf<2 | 3 | 4 | 5 | 6 | undefined>();
  });
});
