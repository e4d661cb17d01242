import { STEPS } from './steps.js';

export { STEPS };
/** The verification step a code concerns; reasons are shown grouped in this order. */
export type Step = (typeof STEPS)[number];

/**
 * Why a code is never explained (SPEC R4). `screening`: watchlists, PEP, sanctions, adverse media;
 * `fraud`: forgery, spoofing, third parties; `blocklist`; `risk`: risk scores; `eligibility`: business
 * rules whose explanation would teach someone which data to change; `companyDecision`: the host decided.
 */
export type WithholdReason = 'screening' | 'fraud' | 'blocklist' | 'risk' | 'eligibility' | 'companyDecision';

/**
 * A catalogue entry: exactly one of `explain` (an explanation key in locales/en.json → reasons) or
 * `withhold`; `note` says why a close call went the way it did.
 */
export type CodeEntry = (
  | { readonly step: Step; readonly explain: string; readonly withhold?: never }
  | { readonly step: Step; readonly withhold: WithholdReason; readonly explain?: never }
) & { readonly note?: string };

export type LabelEntry = CodeEntry;
/** `labels`: the rejectLabels this button already explains; they are dropped when the button is present. */
export type ButtonEntry = CodeEntry & { readonly labels?: readonly string[] };
