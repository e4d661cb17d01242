import { act, render, screen } from '@testing-library/react';
import i18next, { createInstance } from 'i18next';
import { describe, expect, it, vi } from 'vitest';
import ar from '../../locales/ar.json';
import de from '../../locales/de.json';
import en from '../../locales/en.json';
import { ApplicantFeedback, ApplicantFeedbackProvider, preloadLocale } from '../../src/index';

const retry = {
  reviewStatus: 'completed',
  reviewAnswer: 'RED',
  reviewRejectType: 'RETRY',
  rejectLabels: ['BAD_SELFIE'],
  buttonIds: [],
} as const;

function hostInstance() {
  const host = createInstance({
    lng: 'de',
    fallbackLng: 'en',
    initAsync: false,
    resources: {
      de: { app: { greeting: 'Hallo' }, applicantFeedback: { actions: { resubmit: 'Jetzt korrigieren' } } },
      en: { app: { greeting: 'Hello' } },
    },
  });
  host.init();
  return host;
}

describe('host i18next instance (SPEC §5)', () => {
  it("keeps the host's keys, follows its language and touches nothing else", async () => {
    await preloadLocale('de');
    const host = hostInstance();
    const changeLanguage = vi.spyOn(host, 'changeLanguage');
    const { container } = render(
      <ApplicantFeedbackProvider i18n={host}>
        <ApplicantFeedback result={retry} onResubmit={() => {}} />
      </ApplicantFeedbackProvider>,
    );
    expect(screen.getByRole('button')).toHaveTextContent('Jetzt korrigieren'); // host key wins
    expect(screen.getByRole('heading', { level: 2 })).toHaveTextContent(de.outcome.resubmission.heading);
    expect(container.firstElementChild).toHaveAttribute('lang', 'de');
    // The host's own namespaces, language and keys are as they were.
    expect(host.language).toBe('de');
    expect(host.t('app:greeting')).toBe('Hallo');
    expect(host.getResourceBundle('de', 'app')).toEqual({ greeting: 'Hallo' });
    expect(host.getResource('de', 'applicantFeedback', 'actions.resubmit')).toBe('Jetzt korrigieren');
    expect(changeLanguage).not.toHaveBeenCalled();
  });

  it('re-renders in the new language when the host changes language', async () => {
    await preloadLocale('ar');
    const host = hostInstance();
    const { container } = render(
      <ApplicantFeedbackProvider i18n={host}>
        <ApplicantFeedback result={retry} />
      </ApplicantFeedbackProvider>,
    );
    await act(() => host.changeLanguage('ar'));
    expect(container.firstElementChild).toHaveAttribute('lang', 'ar');
    expect(container.firstElementChild).toHaveAttribute('dir', 'rtl');
    expect(screen.getByRole('heading', { level: 2 })).toHaveTextContent(ar.outcome.resubmission.heading);
  });

  it('lets a component locale prop win over the host language', () => {
    const host = hostInstance();
    render(
      <ApplicantFeedbackProvider i18n={host}>
        <ApplicantFeedback result={retry} locale="en" />
      </ApplicantFeedbackProvider>,
    );
    expect(screen.getByRole('heading', { level: 2 })).toHaveTextContent(en.outcome.resubmission.heading);
  });

  it('never initialises or changes the global i18next instance', () => {
    render(<ApplicantFeedback result={retry} locale="de" />);
    expect(i18next.isInitialized).toBeFalsy();
    expect(i18next.language).toBeUndefined();
    expect(i18next.store).toBeUndefined();
  });
});

describe('ApplicantFeedbackProvider locale', () => {
  it('sets the default locale; a component prop wins', async () => {
    await preloadLocale('de');
    render(
      <ApplicantFeedbackProvider locale="de-CH">
        <ApplicantFeedback result={retry} />
        <ApplicantFeedback result={retry} locale="en" />
      </ApplicantFeedbackProvider>,
    );
    const [first, second] = screen.getAllByRole('heading', { level: 2 });
    expect(first).toHaveTextContent(de.outcome.resubmission.heading);
    expect(second).toHaveTextContent(en.outcome.resubmission.heading);
  });
});
