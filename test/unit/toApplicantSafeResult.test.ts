import { describe, expect, it } from 'vitest';
import { ApplicantFeedbackInputError, toApplicantSafeResult } from '../../src/index';
import green from '../fixtures/green.json';
import finalNewer from '../fixtures/red-final-newer-doc.json';
import finalOlder from '../fixtures/red-final-older-doc.json';

describe('toApplicantSafeResult (R2, R6)', () => {
  it('keeps only the applicant-safe fields of a whole webhook', () => {
    const safe = toApplicantSafeResult(finalNewer);
    expect(safe).toEqual({
      reviewStatus: 'completed',
      reviewAnswer: 'RED',
      reviewRejectType: 'FINAL',
      rejectLabels: ['UNSATISFACTORY_PHOTOS', 'GRAPHIC_EDITOR', 'FORGERY'],
      buttonIds: finalNewer.reviewResult.buttonIds,
      moderationComment: finalNewer.reviewResult.moderationComment,
    });
    expect(JSON.stringify(safe)).not.toContain('Verification rejected due to excessive file uploads');
    expect(safe).not.toHaveProperty('clientComment');
  });

  it('accepts the reviewResult alone, and an applicant object with `review`', () => {
    expect(toApplicantSafeResult(finalOlder.reviewResult)).toMatchObject({ reviewAnswer: 'RED', buttonIds: [] });
    expect(
      toApplicantSafeResult({ review: { reviewStatus: 'completed', reviewResult: { reviewAnswer: 'GREEN' } } }),
    ).toEqual({ reviewStatus: 'completed', reviewAnswer: 'GREEN', rejectLabels: [], buttonIds: [] });
    expect(toApplicantSafeResult(green)).toEqual({
      reviewStatus: 'completed',
      reviewAnswer: 'GREEN',
      rejectLabels: [],
      buttonIds: [],
    });
  });

  it.each([
    ['null', null],
    ['an array', []],
    ['a string', '{"reviewResult":{}}'],
    ['a number', 42],
    ['undefined', undefined],
  ])('throws ApplicantFeedbackInputError naming %s', (name, input) => {
    expect(() => toApplicantSafeResult(input)).toThrow(ApplicantFeedbackInputError);
    expect(() => toApplicantSafeResult(input)).toThrow(new RegExp(`got ${name}`));
  });

  it('treats fields of the wrong type as absent', () => {
    expect(toApplicantSafeResult({ reviewStatus: 7, reviewResult: null })).toEqual({ rejectLabels: [], buttonIds: [] });
    expect(
      toApplicantSafeResult({
        reviewResult: {
          reviewAnswer: 'YELLOW',
          reviewRejectType: 'EXTERNAL',
          rejectLabels: 'FORGERY',
          buttonIds: null,
          moderationComment: { html: '<b>' },
        },
      }),
    ).toEqual({ rejectLabels: [], buttonIds: [] });
  });

  it('drops non-string and empty codes and duplicates, keeping order', () => {
    const safe = toApplicantSafeResult({
      rejectLabels: ['A', 1, null, '', 'B', 'A', { x: 1 }],
      buttonIds: [['x'], 'b'],
    });
    expect(safe.rejectLabels).toEqual(['A', 'B']);
    expect(safe.buttonIds).toEqual(['b']);
  });

  it('ignores inherited properties and throwing getters', () => {
    const proto = { reviewAnswer: 'GREEN' };
    const tricky = Object.create(proto);
    Object.defineProperty(tricky, 'rejectLabels', {
      enumerable: true,
      get: () => {
        throw new Error('boom');
      },
    });
    expect(toApplicantSafeResult(tricky)).toEqual({ rejectLabels: [], buttonIds: [] });
  });

  it('never copies clientComment, wherever it sits', () => {
    const raw = {
      clientComment: 'top',
      reviewResult: { clientComment: 'nested', reviewAnswer: 'RED' },
      review: { clientComment: 'x' },
    };
    expect(JSON.stringify(toApplicantSafeResult(raw))).not.toMatch(/clientComment|top|nested/);
  });
});
