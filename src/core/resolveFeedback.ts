import {
  buttonDecision,
  codeHash,
  type Decision,
  EXPLANATION_KEYS,
  labelDecision,
  WITHHELD,
} from '../catalogue/lookup.js';
import type { ApplicantSafeReviewResult, FeedbackReason, ResolvedFeedback } from '../types.js';
import { decideOutcome } from './outcome.js';
import { readSafeResult } from './toApplicantSafeResult.js';

/** Caps what one result can produce, so 10,000 codes still give a small, bounded answer. */
export const MAX_REPORTED_CODES = 100;
/** Codes look like `badPhoto_screenshot` or `SCREENSHOTS`; anything else is never reported verbatim. */
const CODE_SHAPE = /^[\w.-]{1,128}$/;
const GENERIC_RANK = EXPLANATION_KEYS.indexOf('generic');
const EMPTY: readonly never[] = Object.freeze([]);

function push(list: string[], code: string): void {
  if (list.length < MAX_REPORTED_CODES && CODE_SHAPE.test(code)) list.push(code);
}

const groupOf = (buttonId: string): string | undefined => {
  const cut = buttonId.indexOf('_');
  return cut > 0 ? buttonId.slice(0, cut) : undefined;
};

/** SPEC R3 and R4: which explanations a set of buttonIds and rejectLabels produces. */
function collect(buttonIds: readonly string[], rejectLabels: readonly string[]) {
  const byRank = new Map<number, string[]>(); // explanation rank → codes; WITHHELD collects the rest
  const unknown = new Set<string>();
  const add = (decision: Decision | undefined, code: string) => {
    const rank = decision ? decision.rank : GENERIC_RANK;
    if (!byRank.has(rank)) byRank.set(rank, []);
    push(byRank.get(rank) as string[], code);
  };
  const addUnknown = (code: string, fallback: Decision | undefined) => {
    if (CODE_SHAPE.test(code) && unknown.size < MAX_REPORTED_CODES) unknown.add(code);
    add(fallback, code);
  };

  const groupsWithChildren = new Set<string>();
  for (const id of buttonIds) {
    const group = groupOf(id);
    if (group) groupsWithChildren.add(group);
  }
  const explainedLabels = new Set<string>(); // codeHash keys of labels a present button explains
  for (const id of buttonIds) {
    if (groupsWithChildren.has(id)) continue; // a bare group says less than its child
    const decision = buttonDecision(id);
    if (decision) {
      for (const key of decision.labelKeys ?? EMPTY) explainedLabels.add(key);
      add(decision, id);
    } else {
      const group = groupOf(id);
      addUnknown(id, group === undefined ? undefined : buttonDecision(group)); // an unknown child takes its group's
    }
  }
  for (const label of rejectLabels) {
    if (explainedLabels.has(codeHash(label))) continue; // a present button already explains it
    const decision = labelDecision(label);
    if (decision) add(decision, label);
    else addUnknown(label, undefined);
  }
  return { byRank, unknownCodes: [...unknown] };
}

/**
 * Decides what the applicant is told: the outcome (SPEC R1) and, for a resubmission, the reasons to show
 * (R3, R4) in the catalogue's display order (by verification step), withheld codes last as one neutral
 * reason. Pure and tolerant: malformed input reads as absent fields, never throws.
 */
export function resolveFeedback(result: ApplicantSafeReviewResult): ResolvedFeedback {
  const safe = readSafeResult(result);
  const outcome = decideOutcome(safe);
  if (outcome === 'approved' || outcome === 'pending') {
    return { outcome, reasons: EMPTY, withheld: false, unknownCodes: EMPTY };
  }
  const { byRank, unknownCodes } = collect(safe.buttonIds, safe.rejectLabels);
  const withheldCodes = byRank.get(WITHHELD);
  if (outcome === 'final') {
    // A final rejection explains nothing per code (R4), so every code present is withheld.
    const anyCodes = safe.buttonIds.length + safe.rejectLabels.length > 0;
    return { outcome, reasons: EMPTY, withheld: anyCodes, unknownCodes };
  }
  const reasons: FeedbackReason[] = [...byRank]
    .filter(([rank]) => rank !== WITHHELD)
    .sort(([a], [b]) => a - b)
    .map(([rank, codes]) => ({ key: EXPLANATION_KEYS[rank] as string, codes }));
  if (withheldCodes) reasons.push({ key: 'withheld', codes: withheldCodes });
  return { outcome, reasons, withheld: withheldCodes !== undefined, unknownCodes };
}
