import { BUTTON_IDS } from '../catalogue/buttonIds.js';
import { REJECT_LABELS } from '../catalogue/rejectLabels.js';
import { type CodeEntry, STEPS, type Step } from '../catalogue/types.js';
import type { ApplicantSafeReviewResult, FeedbackReason, ResolvedFeedback } from '../types.js';
import { decideOutcome } from './outcome.js';
import { readSafeResult } from './toApplicantSafeResult.js';

/** Caps what one result can produce, so 10,000 codes still give a small, bounded answer. */
export const MAX_REPORTED_CODES = 100;
/** Codes look like `badPhoto_screenshot` or `SCREENSHOTS`; anything else is never reported verbatim. */
const CODE_SHAPE = /^[\w.-]{1,128}$/;

export const GENERIC_REASON = 'generic';
export const WITHHELD_REASON = 'withheld';

const EMPTY: readonly never[] = Object.freeze([]);

const lookup = <T>(table: Readonly<Record<string, T>>, code: string): T | undefined =>
  Object.hasOwn(table, code) ? table[code] : undefined;

const groupOf = (buttonId: string): string | undefined => {
  const cut = buttonId.indexOf('_');
  return cut > 0 ? buttonId.slice(0, cut) : undefined;
};

class ReasonCollector {
  private readonly explained = new Map<string, { step: Step; codes: string[]; order: number }>();
  private readonly unknown = new Set<string>();
  private readonly withheldCodes: string[] = [];
  private genericCodes: string[] | undefined;

  add(entry: CodeEntry, code: string): void {
    if (entry.withhold !== undefined) {
      push(this.withheldCodes, code);
      return;
    }
    const reason = this.explained.get(entry.explain);
    if (reason) push(reason.codes, code);
    else this.explained.set(entry.explain, { step: entry.step, codes: [code], order: this.explained.size });
  }

  addUnknown(code: string, fallback: CodeEntry | undefined): void {
    if (CODE_SHAPE.test(code) && this.unknown.size < MAX_REPORTED_CODES) this.unknown.add(code);
    if (fallback) this.add(fallback, code);
    else {
      this.genericCodes ??= [];
      push(this.genericCodes, code);
    }
  }

  get hasWithheld(): boolean {
    return this.withheldCodes.length > 0;
  }

  get unknownCodes(): readonly string[] {
    return [...this.unknown];
  }

  /** Explained reasons by verification step, then first appearance; the generic and neutral reasons last. */
  reasons(): FeedbackReason[] {
    const stepIndex = (step: Step) => STEPS.indexOf(step);
    const out: FeedbackReason[] = [...this.explained]
      .sort(([, a], [, b]) => stepIndex(a.step) - stepIndex(b.step) || a.order - b.order)
      .map(([key, { codes }]) => ({ key, codes }));
    const generic = out.find((r) => r.key === GENERIC_REASON);
    if (this.genericCodes) {
      if (generic) for (const code of this.genericCodes) push(generic.codes as string[], code);
      else out.push({ key: GENERIC_REASON, codes: this.genericCodes });
    }
    if (this.withheldCodes.length) out.push({ key: WITHHELD_REASON, codes: this.withheldCodes });
    return out;
  }
}

function push(list: string[], code: string): void {
  if (list.length < MAX_REPORTED_CODES && CODE_SHAPE.test(code)) list.push(code);
}

/** SPEC R3 and R4: which explanations a set of buttonIds and rejectLabels produces. */
function collect(buttonIds: readonly string[], rejectLabels: readonly string[]): ReasonCollector {
  const collector = new ReasonCollector();
  const groupsWithChildren = new Set<string>();
  for (const id of buttonIds) {
    const group = groupOf(id);
    if (group) groupsWithChildren.add(group);
  }
  const explainedLabels = new Set<string>();
  for (const id of buttonIds) {
    if (groupsWithChildren.has(id)) continue; // a bare group says less than its child
    const entry = lookup(BUTTON_IDS, id);
    if (entry) {
      for (const label of entry.labels ?? EMPTY) explainedLabels.add(label);
      collector.add(entry, id);
    } else {
      const group = groupOf(id);
      collector.addUnknown(id, group === undefined ? undefined : lookup(BUTTON_IDS, group));
    }
  }
  for (const label of rejectLabels) {
    if (explainedLabels.has(label)) continue;
    const entry = lookup(REJECT_LABELS, label);
    if (entry) collector.add(entry, label);
    else collector.addUnknown(label, undefined);
  }
  return collector;
}

/**
 * Decides what the applicant is told: the outcome (SPEC R1) and, for a resubmission, the reasons to show
 * (R3, R4). Pure and tolerant: malformed input reads as absent fields, never throws.
 */
export function resolveFeedback(result: ApplicantSafeReviewResult): ResolvedFeedback {
  const safe = readSafeResult(result);
  const outcome = decideOutcome(safe);
  if (outcome === 'approved' || outcome === 'pending') {
    return { outcome, reasons: EMPTY, withheld: false, unknownCodes: EMPTY };
  }
  const collector = collect(safe.buttonIds, safe.rejectLabels);
  if (outcome === 'final') {
    // A final rejection explains nothing per code (R4), so every code present is withheld.
    const anyCodes = safe.buttonIds.length + safe.rejectLabels.length > 0;
    return { outcome, reasons: EMPTY, withheld: anyCodes, unknownCodes: collector.unknownCodes };
  }
  return {
    outcome,
    reasons: collector.reasons(),
    withheld: collector.hasWithheld,
    unknownCodes: collector.unknownCodes,
  };
}
