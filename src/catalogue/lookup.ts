import { codeHash } from './codeHash.js';

export { codeHash };

import { BUTTONS, EXPLANATIONS, LABELS } from './compact.js';

/**
 * A code's runtime decision: the explanation's display rank, or WITHHELD; for buttons, the keys (codeHash) of
 * the labels it already explains.
 */
export interface Decision {
  readonly rank: number;
  readonly labelKeys?: readonly string[];
}
export const WITHHELD = -1;

/** Explanation keys (locales → reasons.<key>) in display order; a Decision's rank indexes it. */
export const EXPLANATION_KEYS: readonly string[] = EXPLANATIONS.split(' ');

interface Tables {
  /** Keyed by codeHash(code). */
  readonly buttons: Map<string, Decision>;
  readonly labels: Map<string, Decision>;
}
let tables: Tables | undefined;

const rankOf = (token: string) => (token === '--' ? WITHHELD : Number.parseInt(token, 36));

/** Decodes the compact table once, on first use (a few hundred map entries, well under a millisecond). */
function decode(): Tables {
  const labelKeys: string[] = [];
  const labels = new Map<string, Decision>();
  for (let i = 0; i < LABELS.length; i += 8) {
    const key = LABELS.slice(i, i + 6);
    labelKeys.push(key);
    labels.set(key, { rank: rankOf(LABELS.slice(i + 6, i + 8)) });
  }
  const buttons = new Map<string, Decision>();
  for (const record of BUTTONS.split(' ')) {
    const refs = record.slice(8).match(/../g);
    const rank = rankOf(record.slice(6, 8));
    buttons.set(
      record.slice(0, 6),
      refs ? { rank, labelKeys: refs.map((r) => labelKeys[Number.parseInt(r, 36)] as string) } : { rank },
    );
  }
  return { buttons, labels };
}

function decoded(): Tables {
  tables ??= decode();
  return tables;
}

export const buttonDecision = (buttonId: string) => decoded().buttons.get(codeHash(buttonId));
export const labelDecision = (label: string) => decoded().labels.get(codeHash(label));
