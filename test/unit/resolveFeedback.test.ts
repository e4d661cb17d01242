import { describe, expect, it } from 'vitest';
import { type ApplicantSafeReviewResult, resolveFeedback, toApplicantSafeResult } from '../../src/index';
import finalNewer from '../fixtures/red-final-newer-doc.json';
import { retryResult } from './results';

const result = retryResult;
const keys = (r: ApplicantSafeReviewResult) => resolveFeedback(r).reasons.map((x) => x.key);

describe('R1 outcome', () => {
  it.each([
    [{ reviewAnswer: 'GREEN' }, 'approved'],
    [{ reviewAnswer: 'RED', reviewRejectType: 'RETRY' }, 'resubmission'],
    [{ reviewAnswer: 'RED', reviewRejectType: 'FINAL' }, 'final'],
    [{ reviewAnswer: 'RED', reviewRejectType: undefined }, 'final'],
    [{ reviewAnswer: 'RED', reviewRejectType: 'EXTERNAL' }, 'final'],
    [{ reviewAnswer: undefined }, 'pending'],
    [{ reviewAnswer: 'YELLOW' }, 'pending'],
    [{ reviewAnswer: 'ERROR' }, 'pending'],
    [{ reviewStatus: 'pending', reviewAnswer: 'RED', reviewRejectType: 'RETRY' }, 'pending'],
    [{ reviewStatus: 'onHold', reviewAnswer: 'GREEN' }, 'pending'],
    [{ reviewStatus: 'init' }, 'pending'],
    [{ reviewStatus: undefined, reviewAnswer: 'GREEN' }, 'approved'],
  ])('%j → %s', (over, outcome) => {
    expect(resolveFeedback(result(over as Partial<ApplicantSafeReviewResult>)).outcome).toBe(outcome);
  });

  it('decides retry vs final only by reviewRejectType (retry-type buttons under FINAL stay final)', () => {
    const safe = toApplicantSafeResult(finalNewer);
    expect(resolveFeedback(safe)).toEqual({ outcome: 'final', reasons: [], withheld: true, unknownCodes: [] });
    expect(resolveFeedback({ ...safe, reviewRejectType: 'RETRY' }).outcome).toBe('resubmission');
  });

  it('tolerates any value without throwing (R6)', () => {
    for (const bad of [null, undefined, 42, 'RED', [], { reviewResult: 5 }, { buttonIds: 'x', rejectLabels: null }]) {
      expect(resolveFeedback(bad as unknown as ApplicantSafeReviewResult).outcome).toBe('pending');
    }
  });
});

describe('R3 reasons', () => {
  it('prefers buttonIds: a bare group is dropped when a child is present', () => {
    expect(keys(result({ buttonIds: ['badPhoto', 'badPhoto_screenshot'] }))).toEqual(['screenshot']);
    expect(keys(result({ buttonIds: ['badPhoto_screenshot', 'badPhoto'] }))).toEqual(['screenshot']);
    expect(keys(result({ buttonIds: ['badPhoto'] }))).toEqual(['photoUnusable']);
  });

  it('drops a label that a present button already explains', () => {
    expect(
      keys(result({ buttonIds: ['badPhoto_screenshot'], rejectLabels: ['SCREENSHOTS', 'UNSATISFACTORY_PHOTOS'] })),
    ).toEqual(['screenshot']);
    expect(keys(result({ buttonIds: ['badPhoto_screenshot'], rejectLabels: ['BAD_PROOF_OF_ADDRESS'] }))).toEqual([
      'screenshot',
      'addressDocumentUnsuitable',
    ]);
  });

  it('shows two codes with the same explanation once, listing both codes', () => {
    const { reasons } = resolveFeedback(
      result({ buttonIds: ['badDocument_expiredId', 'badDocument_expirationDate'], rejectLabels: ['EXPIRATION_DATE'] }),
    );
    expect(reasons).toEqual([
      { key: 'documentExpired', codes: ['badDocument_expiredId', 'badDocument_expirationDate'] },
    ]);
    expect(resolveFeedback(result({ rejectLabels: ['LOW_QUALITY', 'UNSATISFACTORY_PHOTOS'] })).reasons).toEqual([
      { key: 'photoUnusable', codes: ['LOW_QUALITY', 'UNSATISFACTORY_PHOTOS'] },
    ]);
  });

  it('keys text on the full id: the same child name under two groups can differ', () => {
    expect(keys(result({ buttonIds: ['proofOfAddress_dataMismatch'] }))).toEqual(['addressMismatch']);
    expect(keys(result({ buttonIds: ['badDocument_dataMismatch'] }))).toEqual(['detailsMismatch']);
  });

  it('orders reasons by verification step, whatever order the codes arrive in', () => {
    const labels = ['WRONG_ADDRESS', 'BAD_SELFIE', 'SCREENSHOTS', 'BAD_PROOF_OF_ADDRESS', 'INCORRECT_SOCIAL_NUMBER'];
    const expected = [
      'screenshot',
      'selfieUnusable',
      'addressMismatch',
      'addressDocumentUnsuitable',
      'idNumberIncorrect',
    ];
    expect(keys(result({ rejectLabels: labels }))).toEqual(expected);
    expect(keys(result({ rejectLabels: [...labels].reverse() }))).toEqual(expected);
  });

  it('falls back to the group for an unknown child, and reports it', () => {
    const r = resolveFeedback(result({ buttonIds: ['badPhoto_newKindOfProblem'] }));
    expect(r.reasons).toEqual([{ key: 'photoUnusable', codes: ['badPhoto_newKindOfProblem'] }]);
    expect(r.unknownCodes).toEqual(['badPhoto_newKindOfProblem']);
  });

  it('gives unknown groups and labels one generic reason, reported through unknownCodes', () => {
    const r = resolveFeedback(
      result({ buttonIds: ['brandNewGroup', 'otherNew_child'], rejectLabels: ['NEW_LABEL', 'SCREENSHOTS'] }),
    );
    expect(r.reasons.map((x) => x.key)).toEqual(['screenshot', 'generic']);
    expect(r.reasons.filter((x) => x.key === 'generic')).toHaveLength(1);
    expect(r.unknownCodes).toEqual(['brandNewGroup', 'otherNew_child', 'NEW_LABEL']);
  });

  it('merges a known generic code (OTHER) with unknown ones into one generic reason', () => {
    expect(keys(result({ rejectLabels: ['OTHER', 'SOMETHING_NEW'] }))).toEqual(['generic']);
  });

  it('returns no reasons, nothing withheld, for a RETRY without codes', () => {
    expect(resolveFeedback(result({}))).toEqual({
      outcome: 'resubmission',
      reasons: [],
      withheld: false,
      unknownCodes: [],
    });
  });
});

describe('R4 no tipping-off', () => {
  it('turns withheld codes into one neutral reason under RETRY, after the explained ones', () => {
    const r = resolveFeedback(
      result({
        rejectLabels: ['PEP', 'SANCTIONS', 'FORGERY', 'BAD_SELFIE'],
        buttonIds: ['fake_forgedId', 'compromisedPersons_pep'],
      }),
    );
    expect(r.reasons.map((x) => x.key)).toEqual(['selfieUnusable', 'withheld']);
    expect(r.withheld).toBe(true);
  });

  it('withholds an unknown child of a withheld group instead of calling it generic', () => {
    const r = resolveFeedback(result({ buttonIds: ['fraudulentPatterns_somethingNew'] }));
    expect(r.reasons.map((x) => x.key)).toEqual(['withheld']);
    expect(r.unknownCodes).toEqual(['fraudulentPatterns_somethingNew']);
  });

  it('drops a label explained by a withheld button, so it cannot hint at the reason', () => {
    expect(
      keys(result({ buttonIds: ['regulationsViolations_riskBankCard'], rejectLabels: ['BAD_PROOF_OF_PAYMENT'] })),
    ).toEqual(['withheld']);
  });

  it('explains nothing per code for FINAL, and says codes were withheld', () => {
    expect(resolveFeedback(result({ reviewRejectType: 'FINAL', rejectLabels: ['BAD_SELFIE'] }))).toMatchObject({
      reasons: [],
      withheld: true,
    });
    expect(resolveFeedback(result({ reviewRejectType: 'FINAL' }))).toMatchObject({ reasons: [], withheld: false });
  });
});

describe('bounded output', () => {
  it('10,000 codes give a bounded, compact answer', () => {
    const buttonIds = Array.from({ length: 10_000 }, (_, i) => `group${i}_child${i}`);
    const rejectLabels = Array.from({ length: 10_000 }, (_, i) => (i % 2 ? `LABEL_${i}` : 'SCREENSHOTS'));
    const r = resolveFeedback(result({ buttonIds, rejectLabels }));
    expect(r.reasons.map((x) => x.key)).toEqual(['screenshot', 'generic']);
    expect(r.unknownCodes).toHaveLength(100);
    for (const reason of r.reasons) expect(reason.codes.length).toBeLessThanOrEqual(100);
    expect(JSON.stringify(r).length).toBeLessThan(10_000);
  });

  it('never reports a code that is not code-shaped (log injection)', () => {
    const r = resolveFeedback(result({ rejectLabels: ['EVIL\nINJECTED LOG LINE', 'x'.repeat(500)] }));
    expect(r.unknownCodes).toEqual([]);
    expect(r.reasons).toEqual([{ key: 'generic', codes: [] }]);
  });
});
