import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import en from '../../locales/en.json';
import { ApplicantFeedback, toApplicantSafeResult } from '../../src/index';
import finalNewer from '../fixtures/red-final-newer-doc.json';
import { retryResult } from './results';

const retry = retryResult;
const root = (container: HTMLElement) => container.firstElementChild as HTMLElement;

describe('ApplicantFeedback outcomes', () => {
  it('approved', () => {
    const { container } = render(
      <ApplicantFeedback
        result={{ reviewStatus: 'completed', reviewAnswer: 'GREEN', rejectLabels: [], buttonIds: [] }}
      />,
    );
    expect(root(container)).toHaveAttribute('data-outcome', 'approved');
    expect(screen.getByRole('heading', { level: 2 })).toHaveTextContent(en.outcome.approved.heading);
    expect(screen.queryByRole('button')).toBeNull();
  });

  it('resubmission: heading, counted intro, one item per explanation with what and how', () => {
    render(
      <ApplicantFeedback
        result={retry({ buttonIds: ['badPhoto', 'badPhoto_screenshot', 'selfie_badFaceComparison'] })}
      />,
    );
    expect(screen.getByRole('heading', { level: 2 })).toHaveTextContent(en.outcome.resubmission.heading);
    expect(screen.getByRole('status')).toHaveTextContent('We found 2 things to fix.');
    const items = within(screen.getByRole('list', { name: en.outcome.resubmission.listLabel })).getAllByRole(
      'listitem',
    );
    expect(items).toHaveLength(2);
    expect(within(items[0] as HTMLElement).getByRole('heading', { level: 3 })).toHaveTextContent(
      en.reasons.screenshot.title,
    );
    expect(items[0]).toHaveTextContent(en.reasons.screenshot.fix);
    expect(items[1]).toHaveTextContent(en.reasons.faceMatch.title);
  });

  it('uses the singular intro for one reason', () => {
    render(<ApplicantFeedback result={retry({ rejectLabels: ['SCREENSHOTS'] })} />);
    expect(screen.getByRole('status')).toHaveTextContent('We found 1 thing to fix.');
  });

  it('final: a notice with support contact and no per-code reason', () => {
    const { container } = render(
      <ApplicantFeedback result={toApplicantSafeResult(finalNewer)} supportEmail="help@bank.example" />,
    );
    expect(root(container)).toHaveAttribute('data-outcome', 'final');
    expect(screen.getByRole('heading', { level: 2 })).toHaveTextContent(en.outcome.final.heading);
    expect(screen.queryByRole('list', { name: en.outcome.resubmission.listLabel })).toBeNull();
    for (const reason of Object.values(en.reasons)) expect(container).not.toHaveTextContent(reason.title);
    expect(screen.getByRole('link', { name: 'Email help@bank.example' })).toHaveAttribute(
      'href',
      'mailto:help@bank.example',
    );
  });

  it('final without contact still tells the applicant where to turn', () => {
    render(<ApplicantFeedback result={retry({ reviewRejectType: 'FINAL' })} />);
    expect(screen.getByText(en.support.noContact)).toBeInTheDocument();
  });

  it.each([
    ['pending', 'pending'],
    ['queued', 'pending'],
    ['onHold', 'onHold'],
    ['init', 'incomplete'],
    ['awaitingUser', 'actionNeeded'],
  ] as const)('pending with reviewStatus %s reads as %s', (reviewStatus, variant) => {
    const { container } = render(<ApplicantFeedback result={retry({ reviewStatus })} />);
    expect(root(container)).toHaveAttribute('data-outcome', 'pending');
    expect(root(container)).toHaveAttribute('data-status', variant);
    expect(screen.getByRole('heading')).toHaveTextContent(en.outcome[variant].heading);
    expect(container).toHaveTextContent(en.outcome[variant].body);
  });
});

describe('ApplicantFeedback behaviour', () => {
  it('shows the resubmit button only with onResubmit, and it works by mouse and keyboard', async () => {
    const onResubmit = vi.fn();
    const user = userEvent.setup();
    const { rerender } = render(<ApplicantFeedback result={retry({ rejectLabels: ['BAD_SELFIE'] })} />);
    expect(screen.queryByRole('button')).toBeNull();
    rerender(<ApplicantFeedback result={retry({ rejectLabels: ['BAD_SELFIE'] })} onResubmit={onResubmit} />);
    await user.click(screen.getByRole('button', { name: en.actions.resubmit }));
    await user.tab();
    await user.tab({ shift: true });
    expect(screen.getByRole('button')).toHaveFocus();
    await user.keyboard('{Enter}');
    await user.keyboard(' ');
    expect(onResubmit).toHaveBeenCalledTimes(3);
  });

  it('places headings at headingLevel and reasons one below; clamps invalid levels', () => {
    const { rerender } = render(
      <ApplicantFeedback result={retry({ rejectLabels: ['BAD_SELFIE'] })} headingLevel={4} />,
    );
    expect(screen.getByRole('heading', { level: 4 })).toHaveTextContent(en.outcome.resubmission.heading);
    expect(screen.getByRole('heading', { level: 5 })).toHaveTextContent(en.reasons.selfieUnusable.title);
    rerender(<ApplicantFeedback result={retry({ rejectLabels: ['BAD_SELFIE'] })} headingLevel={6} />);
    expect(screen.getAllByRole('heading', { level: 6 })).toHaveLength(2);
    rerender(<ApplicantFeedback result={retry()} headingLevel={9 as 2} />);
    expect(screen.getByRole('heading', { level: 2 })).toBeInTheDocument();
  });

  it('labels the region by its heading and moves focus to it when asked', () => {
    render(<ApplicantFeedback result={retry()} autoFocus />);
    const heading = screen.getByRole('heading', { level: 2 });
    expect(screen.getByRole('region', { name: heading.textContent ?? '' })).toBeInTheDocument();
    expect(heading).toHaveFocus();
  });

  it('adds className to the stable root class', () => {
    const { container } = render(<ApplicantFeedback result={retry()} className="host-card" />);
    expect(root(container)).toHaveClass('af-feedback', 'host-card');
  });

  it('calls onUnknownCode once per unknown code, also across re-renders', () => {
    const onUnknownCode = vi.fn();
    const props = { result: retry({ buttonIds: ['newGroup_x', 'badPhoto_y'], rejectLabels: ['NEW'] }), onUnknownCode };
    const { rerender } = render(<ApplicantFeedback {...props} />);
    rerender(<ApplicantFeedback {...props} result={{ ...props.result }} />);
    expect(onUnknownCode.mock.calls.map(([c]) => c)).toEqual(['newGroup_x', 'badPhoto_y', 'NEW']);
  });

  it('never shows a raw code or a translation key', () => {
    const { container } = render(
      <ApplicantFeedback
        result={retry({ buttonIds: ['brandNew_thing', 'badPhoto_screenshot'], rejectLabels: ['PEP', 'NEW_LABEL'] })}
      />,
    );
    expect(container.textContent).not.toMatch(/brandNew|NEW_LABEL|PEP|badPhoto|reasons\.|outcome\./);
    expect(container.innerHTML).not.toMatch(/brandNew|NEW_LABEL|PEP|badPhoto_/);
    expect(container).toHaveTextContent(en.reasons.generic.title);
    expect(container).toHaveTextContent(en.reasons.withheld.title);
  });
});

describe('R5 moderationComment in the component', () => {
  it('renders hostile text inert, as text', () => {
    const comment =
      '<img src=x onerror="window.__pwned=1"><script>window.__pwned=1</script> [link](javascript:alert(1)) **x**';
    const { container } = render(<ApplicantFeedback result={retry({ moderationComment: comment })} />);
    expect(container.querySelector('img, script, a[href^="javascript"], strong')).toBeNull();
    expect(screen.getByText(comment)).toBeInTheDocument();
    expect((window as { __pwned?: number }).__pwned).toBeUndefined();
  });

  it('links the support email where the token was; hides the comment when turned off', () => {
    const result = retry({ moderationComment: 'Questions? ${clientSupportEmail}' });
    const { container, rerender } = render(<ApplicantFeedback result={result} supportEmail="help@bank.example" />);
    expect(within(container.querySelector('.af-comment') as HTMLElement).getByRole('link')).toHaveAttribute(
      'href',
      'mailto:help@bank.example',
    );
    rerender(<ApplicantFeedback result={result} showModerationComment={false} />);
    expect(container.querySelector('.af-comment')).toBeNull();
    rerender(<ApplicantFeedback result={result} />);
    expect(container.querySelector('.af-comment')).toHaveTextContent('Questions?');
    expect(container.textContent).not.toContain('${');
  });

  it('is not shown for approved or pending results', () => {
    const { container } = render(
      <ApplicantFeedback result={{ ...retry({ moderationComment: 'hello' }), reviewAnswer: 'GREEN' }} />,
    );
    expect(container).not.toHaveTextContent('hello');
  });

  it('refuses unsafe support URLs', () => {
    render(<ApplicantFeedback result={retry()} supportUrl="javascript:alert(1)" supportEmail="not an email" />);
    expect(screen.queryByRole('link')).toBeNull();
  });
});

describe('R2 and R6: a host passing the wrong thing', () => {
  it('shows nothing of clientComment from a raw webhook, anywhere, and warns once in development', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const raw = {
      ...finalNewer,
      reviewResult: { ...finalNewer.reviewResult, reviewRejectType: 'RETRY', clientComment: 'SECRET-FRAUD-NOTE' },
    };
    const { container } = render(<ApplicantFeedback result={raw as never} />);
    render(<ApplicantFeedback result={raw as never} />);
    expect(container.outerHTML).not.toContain('SECRET-FRAUD-NOTE');
    expect(document.documentElement.outerHTML).not.toContain('SECRET-FRAUD-NOTE');
    expect(root(container)).toHaveAttribute('data-outcome', 'resubmission');
    expect(warn).toHaveBeenCalledTimes(1);
    expect(String(warn.mock.calls[0]?.[0])).toMatch(/clientComment.*toApplicantSafeResult/s);
    expect(String(warn.mock.calls[0]?.[0])).not.toContain('SECRET-FRAUD-NOTE');
    warn.mockRestore();
  });

  it.each([null, undefined, 42, 'RED', [], { reviewResult: 'x' }, { buttonIds: 5, rejectLabels: { a: 1 } }])(
    'renders a safe pending state for %j',
    (bad) => {
      const { container } = render(<ApplicantFeedback result={bad as never} />);
      expect(root(container)).toHaveAttribute('data-outcome', 'pending');
      expect(screen.getByRole('heading')).toHaveTextContent(en.outcome.pending.heading);
    },
  );

  it('renders 10,000 codes to a bounded, compact output', () => {
    const buttonIds = Array.from({ length: 10_000 }, (_, i) => `g${i}_c${i}`);
    const rejectLabels = [...Array.from({ length: 5000 }, (_, i) => `L_${i}`), 'BAD_SELFIE', 'PEP'];
    const { container } = render(<ApplicantFeedback result={retry({ buttonIds, rejectLabels })} />);
    expect(container.querySelectorAll('li.af-reason')).toHaveLength(3);
    expect(container.innerHTML.length).toBeLessThan(3000);
  });

  it('survives an onUnknownCode that throws, without breaking the tree', async () => {
    vi.useFakeTimers();
    const bad = () => {
      throw new Error('host bug');
    };
    const { container } = render(<ApplicantFeedback result={retry({ rejectLabels: ['NEW'] })} onUnknownCode={bad} />);
    expect(root(container)).toHaveAttribute('data-outcome', 'resubmission');
    expect(() => act(() => vi.runAllTimers())).toThrow('host bug');
    vi.useRealTimers();
  });
});
