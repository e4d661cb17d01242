import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import en from '../../locales/en.json';
import { buildCompact } from '../../scripts/catalogue.mjs';
import codes from '../../src/catalogue/codes.json';
import { BUTTON_IDS, REJECT_LABELS } from '../../src/catalogue/index';
import { buttonDecision, codeHash, EXPLANATION_KEYS, labelDecision, WITHHELD } from '../../src/catalogue/lookup';
import sources from '../../src/catalogue/sources.json';
import { STEPS } from '../../src/catalogue/types';

const R4_LABELS = [
  'ADVERSE_MEDIA',
  'BLACKLIST',
  'BLOCKLIST',
  'COMPROMISED_PERSONS',
  'CRIMINAL',
  'DOCUMENT_TEMPLATE',
  'FORGERY',
  'FRAUDULENT_LIVENESS',
  'FRAUDULENT_PATTERNS',
  'INCONSISTENT_PROFILE',
  'PEP',
  'REGULATIONS_VIOLATIONS',
  'RESTRICTED_PERSON',
  'SANCTIONS',
  'STOLEN_DOCS',
  'SUSPICIOUS_PATTERNS',
  'THIRD_PARTY_INVOLVED',
];
const R4_GROUPS = [
  'compromisedPersons',
  'fake',
  'fraudulentPatterns',
  'redCrypto',
  'blackCrypto',
  'compromisedStructure',
];
const reasonKeys = Object.keys(en.reasons);
const entries = [...Object.entries(BUTTON_IDS), ...Object.entries(REJECT_LABELS)];

describe('catalogue', () => {
  it('has an entry for every buttonId and rejectLabel of the Sumsub snapshot, and nothing else', () => {
    expect(sources.buttonIds).toHaveLength(222);
    expect(sources.rejectLabels).toHaveLength(104);
    expect(Object.keys(BUTTON_IDS).sort()).toEqual(sources.buttonIds.map((b) => b.id).sort());
    expect(Object.keys(REJECT_LABELS).sort()).toEqual(sources.rejectLabels.map((l) => l.label).sort());
  });

  it('gives every entry a step and exactly one disclosure decision', () => {
    for (const [code, entry] of entries) {
      expect(STEPS, code).toContain(entry.step);
      expect(Number('explain' in entry) + Number('withhold' in entry), code).toBe(1);
    }
  });

  it('only names explanations that exist in locales/en.json, and every explanation is used', () => {
    const used = new Set(entries.flatMap(([, e]) => (e.explain ? [e.explain] : [])));
    for (const key of used) expect(reasonKeys, key).toContain(key);
    expect(reasonKeys.filter((k) => !used.has(k))).toEqual(['withheld']);
  });

  it('withholds the R4 minimum set: labels, groups and every child of those groups', () => {
    for (const label of R4_LABELS) expect(REJECT_LABELS[label]?.withhold, label).toBeDefined();
    for (const [id, entry] of Object.entries(BUTTON_IDS)) {
      if (R4_GROUPS.includes(id.split('_')[0] as string)) expect(entry.withhold, id).toBeDefined();
    }
  });

  it('withholds every button that carries a withheld label (a button never explains what its label hides)', () => {
    for (const [id, entry] of Object.entries(BUTTON_IDS)) {
      const hides = (entry.labels ?? []).filter((l) => R4_LABELS.includes(l));
      if (hides.length) expect(entry.withhold, `${id} carries ${hides}`).toBeDefined();
    }
  });

  it("records each button's labels as the snapshot lists them", () => {
    for (const b of sources.buttonIds) {
      expect(BUTTON_IDS[b.id]?.labels ?? [], b.id).toEqual(b.labels.map((l) => l.replace(/\?$/, '')));
    }
  });
});

describe('runtime table (compact.ts)', () => {
  it('is generated from codes.json (run npm run catalogue after editing it)', () => {
    expect(readFileSync('src/catalogue/compact.ts', 'utf8')).toBe(buildCompact(codes));
  });

  it('decodes to exactly the decisions of codes.json', () => {
    for (const [lookup, source] of [
      [buttonDecision, BUTTON_IDS],
      [labelDecision, REJECT_LABELS],
    ] as const) {
      for (const [code, entry] of Object.entries(source)) {
        const decision = lookup(code);
        expect(decision, code).toBeDefined();
        expect(decision?.rank === WITHHELD ? 'withheld' : EXPLANATION_KEYS[decision?.rank as number], code).toBe(
          entry.explain ?? 'withheld',
        );
        const labels = (entry as { labels?: string[] }).labels ?? [];
        expect(decision?.labelKeys ?? [], code).toEqual(labels.map(codeHash));
      }
    }
  });

  it('gives every known code its own key (no two codes share a codeHash)', () => {
    const all = [...Object.keys(BUTTON_IDS), ...Object.keys(REJECT_LABELS)];
    expect(new Set(all.map(codeHash)).size).toBe(all.length);
    expect(codeHash('badPhoto_screenshot')).toMatch(/^[0-9a-z]{6}$/);
  });

  it('does not mistake unknown codes for known ones (100,000 made-up codes)', () => {
    const made = Array.from({ length: 100_000 }, (_, i) => `group${i % 97}_newChild${i}`);
    expect(made.filter((c) => buttonDecision(c) || labelDecision(c))).toEqual([]);
  });

  it('numbers explanations by verification step, so reasons show in a stable order', () => {
    const stepOf = (key: string) =>
      Math.min(...entries.filter(([, e]) => e.explain === key).map(([, e]) => STEPS.indexOf(e.step)));
    const steps = EXPLANATION_KEYS.map(stepOf);
    expect(steps).toEqual([...steps].sort((a, b) => a - b));
  });
});
