import { act } from '@testing-library/react';
import { hydrateRoot } from 'react-dom/client';
import { renderToString } from 'react-dom/server';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { LOCALE_META, SCRIPT_RE } from '../../scripts/locales-meta.mjs';
import { setMissingKeyListener } from '../../src/i18n/store';
import {
  ApplicantFeedback,
  type ApplicantSafeReviewResult,
  preloadLocale,
  pseudoLocales,
  supportedLocales,
} from '../../src/index';

// Every outcome in every shipped locale, rendered on the server and hydrated: no key missing from the
// locale (i18next lookups restricted to that locale), right lang/dir, text in the locale's script.
const completed = { reviewStatus: 'completed', rejectLabels: [], buttonIds: [] } as const;
const results: Record<string, ApplicantSafeReviewResult> = {
  approved: { ...completed, reviewAnswer: 'GREEN' },
  resubmission: {
    ...completed,
    reviewAnswer: 'RED',
    reviewRejectType: 'RETRY',
    buttonIds: ['badPhoto_screenshot', 'selfie_badFaceComparison', 'brandNew_code'],
    rejectLabels: ['PEP', 'BAD_PROOF_OF_ADDRESS'],
    moderationComment: 'Note ${clientSupportEmail}',
  },
  final: { ...completed, reviewAnswer: 'RED', reviewRejectType: 'FINAL', rejectLabels: ['FORGERY'] },
  pending: { ...completed, reviewStatus: 'pending' },
  onHold: { ...completed, reviewStatus: 'onHold' },
  init: { ...completed, reviewStatus: 'init' },
  awaitingUser: { ...completed, reviewStatus: 'awaitingUser' },
};

const missing: string[] = [];
beforeAll(() => setMissingKeyListener((locale, key) => missing.push(`${locale}: ${key}`)));
afterAll(() => setMissingKeyListener(undefined));

describe.each([...supportedLocales, ...pseudoLocales])('%s', (locale) => {
  const meta = LOCALE_META[locale as keyof typeof LOCALE_META] as { script: string; rtl?: boolean };

  it('renders every outcome on the server and hydrates identically, with no missing key', async () => {
    await preloadLocale(locale);
    missing.length = 0;
    for (const [name, result] of Object.entries(results)) {
      const element = <ApplicantFeedback result={result} locale={locale} onResubmit={() => {}} supportEmail="a@b.co" />;
      const html = renderToString(element);
      const container = document.createElement('div');
      container.innerHTML = html;
      const server = container.innerHTML;
      const onRecoverableError = vi.fn();
      await act(async () => {
        hydrateRoot(container, element, { onRecoverableError });
      });
      expect(container.innerHTML, name).toBe(server);
      expect(onRecoverableError, name).not.toHaveBeenCalled();

      const root = container.firstElementChild as HTMLElement;
      expect(root.getAttribute('lang')).toBe(locale);
      expect(root.getAttribute('dir')).toBe(meta.rtl ? 'rtl' : 'ltr');
      const text = (root.textContent ?? '').replace(/a@b\.co|Note/g, '');
      expect(text, name).toMatch(SCRIPT_RE[meta.script as keyof typeof SCRIPT_RE]);
      expect(text, name).not.toMatch(/reasons\.|outcome\.|\{\{|\$\{/);
    }
    expect(missing).toEqual([]);
  });
});
