// The readable catalogue (codes.json) with its types, for tests, stories and tools. The runtime uses the
// compact table generated from it (compact.ts, lookup.ts) instead.
import codes from './codes.json';
import type { ButtonEntry, LabelEntry } from './types.js';

export const BUTTON_IDS = codes.buttonIds as unknown as Readonly<Record<string, ButtonEntry>>;
export const REJECT_LABELS = codes.rejectLabels as unknown as Readonly<Record<string, LabelEntry>>;
