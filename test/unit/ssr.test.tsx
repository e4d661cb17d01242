import { act } from '@testing-library/react';
import { hydrateRoot } from 'react-dom/client';
import { renderToString } from 'react-dom/server';
import { describe, expect, it, vi } from 'vitest';
import ar from '../../locales/ar.json';
import { ApplicantFeedback, type ApplicantFeedbackProps, preloadLocale } from '../../src/index';

const results: Record<string, ApplicantFeedbackProps['result']> = {
  approved: { reviewStatus: 'completed', reviewAnswer: 'GREEN', rejectLabels: [], buttonIds: [] },
  resubmission: {
    reviewStatus: 'completed',
    reviewAnswer: 'RED',
    reviewRejectType: 'RETRY',
    rejectLabels: ['BAD_SELFIE', 'PEP'],
    buttonIds: ['badPhoto_screenshot'],
    moderationComment: 'Hi ${clientSupportEmail}',
  },
  final: {
    reviewStatus: 'completed',
    reviewAnswer: 'RED',
    reviewRejectType: 'FINAL',
    rejectLabels: ['FORGERY'],
    buttonIds: [],
  },
  pending: { reviewStatus: 'onHold', rejectLabels: [], buttonIds: [] },
};

async function serverThenHydrate(element: React.ReactElement) {
  const html = renderToString(element);
  const container = document.createElement('div');
  container.innerHTML = html;
  document.body.append(container);
  const onRecoverableError = vi.fn();
  await act(async () => {
    hydrateRoot(container, element, { onRecoverableError });
  });
  container.remove();
  const parsed = document.createElement('div');
  parsed.innerHTML = html; // same serialiser on both sides (the server writes ' as &#x27;)
  return { html, server: parsed.innerHTML, hydrated: container.innerHTML, onRecoverableError };
}

describe('SSR', () => {
  for (const locale of ['en', 'de', 'ar']) {
    for (const [outcome, result] of Object.entries(results)) {
      it(`${outcome} in ${locale}: the server markup is the client's first render, no hydration warning`, async () => {
        await preloadLocale(locale);
        const element = (
          <ApplicantFeedback result={result} locale={locale} supportEmail="help@bank.example" onResubmit={() => {}} />
        );
        const { html, server, hydrated, onRecoverableError } = await serverThenHydrate(element);
        expect(html).toContain(`data-outcome="${outcome}"`);
        expect(html).toContain(`lang="${locale}"`);
        expect(hydrated).toBe(server);
        expect(onRecoverableError).not.toHaveBeenCalled();
      });
    }
  }

  it('renders Arabic right to left on the server', async () => {
    await preloadLocale('ar');
    const html = renderToString(<ApplicantFeedback result={results.final as never} locale="ar" />);
    expect(html).toContain('dir="rtl"');
    expect(html).toContain(ar.outcome.final.heading);
  });

  it('never renders another language while a locale is not loaded yet', async () => {
    vi.resetModules();
    const fresh = await import('../../src/index');
    const html = renderToString(<fresh.ApplicantFeedback result={results.approved as never} locale="ar" />);
    expect(html).toMatch(/^<section[^>]*aria-busy="true"[^>]*><\/section>$/);
    expect(html).toContain('lang="ar"');
  });
});
