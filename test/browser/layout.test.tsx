import { describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import { render } from 'vitest-browser-react';
import '../../src/styles.css';
import { ApplicantFeedback, type ApplicantSafeReviewResult, preloadLocale } from '../../src/index';

// What jsdom cannot show: real layout, real focus styles, in Debian's Chromium.
const many: ApplicantSafeReviewResult = {
  reviewStatus: 'completed',
  reviewAnswer: 'RED',
  reviewRejectType: 'RETRY',
  buttonIds: [
    'badPhoto_screenshot',
    'badDocument_notFullNameOrDob',
    'selfie_selfieWithAnotherId',
    'proofOfAddress_poiPoaCountryMismatch',
    'kybUnsuitableDocument_kybNonCertifiedDocument',
    'kybControlAndOwnershipStructure_kybMissingKYCForDirectors',
    'dbNetChecks_incorrectSsn',
    'videoIdent_badConnection',
  ],
  rejectLabels: ['COMPANY_DATA_MISMATCH'],
  moderationComment:
    'Donaudampfschifffahrtsgesellschaftskapitänsmützenabzeichenherstellungsverordnung https://example.com/a/very/long/unbroken/path/that/could/overflow',
};

async function mount(locale: string, width: number) {
  await preloadLocale(locale);
  const screen = await render(
    <div style={{ inlineSize: `${width}px` }}>
      <ApplicantFeedback
        result={many}
        locale={locale}
        onResubmit={() => {}}
        supportEmail="verification-support@bank.example"
        supportUrl="/help"
      />
    </div>,
  );
  return screen.container.querySelector('.af-feedback') as HTMLElement;
}

/** Elements whose content is wider than their box (text spilling out sideways). */
const overflowing = (root: HTMLElement) =>
  [root, ...root.querySelectorAll<HTMLElement>('*')].filter(
    (el) => el.scrollWidth > el.clientWidth + 1 && el.clientWidth > 0,
  );

describe('layout in Chromium', () => {
  for (const locale of ['de', 'en-XA', 'fi', 'ar']) {
    it(`wraps long ${locale} text at 320 px without overflow`, async () => {
      const root = await mount(locale, 320);
      expect(root.getBoundingClientRect().width).toBeLessThanOrEqual(320);
      expect(overflowing(root).map((el) => el.className || el.tagName)).toEqual([]);
    });
  }

  it('mirrors for right-to-left: the accent bar and text alignment follow the inline start', async () => {
    const ltr = getComputedStyle(await mount('en', 600));
    expect(parseFloat(ltr.borderLeftWidth)).toBeGreaterThan(parseFloat(ltr.borderRightWidth));
    const rtlRoot = await mount('ar', 600);
    const rtl = getComputedStyle(rtlRoot);
    expect(rtl.direction).toBe('rtl');
    expect(parseFloat(rtl.borderRightWidth)).toBeGreaterThan(parseFloat(rtl.borderLeftWidth));
    // The heading starts at the right edge in Arabic.
    const heading = rtlRoot.querySelector('h2') as HTMLElement;
    const box = rtlRoot.getBoundingClientRect();
    const range = document.createRange();
    range.selectNodeContents(heading);
    const text = range.getBoundingClientRect();
    expect(box.right - text.right).toBeLessThan(text.left - box.left);
  });

  it('shows a visible focus outline on the button and links when reached by keyboard', async () => {
    const root = await mount('en', 600);
    const button = root.querySelector('.af-button') as HTMLButtonElement;
    while (document.activeElement !== button) await userEvent.tab();
    const style = getComputedStyle(button);
    expect(style.outlineStyle).toBe('solid');
    expect(parseFloat(style.outlineWidth)).toBeGreaterThanOrEqual(2);
    await userEvent.tab();
    const link = document.activeElement as HTMLElement;
    expect(link.classList.contains('af-link')).toBe(true);
    expect(getComputedStyle(link).outlineStyle).toBe('solid');
  });

  it('gives the button a touch target of at least 44 px', async () => {
    const root = await mount('en', 600);
    expect((root.querySelector('.af-button') as HTMLElement).getBoundingClientRect().height).toBeGreaterThanOrEqual(44);
  });
});
