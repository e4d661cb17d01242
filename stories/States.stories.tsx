import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn, type MockInstance, spyOn, userEvent, within } from 'storybook/test';
import { ApplicantFeedback, type ApplicantSafeReviewResult } from '../src/index';
import { rawWebhook, results } from './fixtures';

const meta = {
  title: 'ApplicantFeedback/States',
  component: ApplicantFeedback,
  args: { supportEmail: 'support@bank.example', onResubmit: fn() },
} satisfies Meta<typeof ApplicantFeedback>;
export default meta;
type Story = StoryObj<typeof meta>;

export const ManyReasons: Story = { args: { result: results.manyReasons } };

export const OneReason: Story = { args: { result: results.oneReason } };

/** PEP and forgery codes under RETRY: one neutral reason, nothing that names them. */
export const WithheldReasons: Story = {
  args: { result: results.withheld },
  play: async ({ canvasElement }) => {
    await expect(canvasElement.querySelector('[data-reason="withheld"]')).not.toBeNull();
    await expect(canvasElement.querySelectorAll('.af-reason')).toHaveLength(2);
  },
};

/** Codes Sumsub may add later: an unknown child falls back to its group, the rest to one generic reason. */
export const UnknownCodes: Story = {
  args: { result: results.unknownCodes, onUnknownCode: fn() },
  play: async ({ canvasElement, args }) => {
    await expect(args.onUnknownCode).toHaveBeenCalledTimes(3);
    await expect(canvasElement.textContent).not.toMatch(/quantumCheck|NEW_LABEL|holographic/);
  },
};

export const LongModerationComment: Story = { args: { result: results.longComment } };

export const SupportEmailInComment: Story = {
  name: '${clientSupportEmail} with a support email',
  args: { result: results.supportToken },
  play: async ({ canvasElement }) => {
    const comment = within(canvasElement.querySelector('.af-comment') as HTMLElement);
    await expect(comment.getByRole('link')).toHaveAttribute('href', 'mailto:support@bank.example');
  },
};

export const SupportTokenWithoutEmail: Story = {
  name: '${clientSupportEmail} without a support email',
  args: { result: results.supportToken, supportEmail: undefined },
  play: async ({ canvasElement }) => {
    await expect(canvasElement.textContent).not.toContain('${');
  },
};

/**
 * A host passed the whole webhook by mistake: the private clientComment shows nowhere, and the developer
 * gets one console warning (caught here, so the test run stays quiet) that names fields, never values.
 */
let warn: MockInstance<typeof console.warn> | undefined;
export const RawWebhookByMistake: Story = {
  args: { result: rawWebhook as unknown as ApplicantSafeReviewResult },
  beforeEach: () => {
    warn = spyOn(console, 'warn').mockImplementation(() => {});
    return () => warn?.mockRestore();
  },
  play: async ({ canvasElement }) => {
    await expect(canvasElement.ownerDocument.body.outerHTML).not.toContain('account farming');
    await expect(canvasElement.querySelector('.af-feedback')).toHaveAttribute('data-outcome', 'resubmission');
    const messages = (warn?.mock.calls ?? []).map(([message]) => String(message));
    await expect(messages.some((m) => m.includes('clientComment') && m.includes('toApplicantSafeResult'))).toBe(true);
    await expect(messages.join()).not.toContain('account farming');
  },
};

export const MalformedInput: Story = {
  args: { result: { reviewResult: 'oops', buttonIds: 5, rejectLabels: null } as unknown as ApplicantSafeReviewResult },
  play: async ({ canvasElement }) => {
    await expect(canvasElement.querySelector('.af-feedback')).toHaveAttribute('data-outcome', 'pending');
  },
};

/** The resubmit button is reachable and usable with the keyboard alone. */
export const KeyboardResubmit: Story = {
  args: { result: results.oneReason },
  play: async ({ canvasElement, args }) => {
    const button = within(canvasElement).getByRole('button');
    while (canvasElement.ownerDocument.activeElement !== button) await userEvent.tab();
    await userEvent.keyboard('{Enter}');
    await expect(args.onResubmit).toHaveBeenCalledOnce();
  },
};

/** With autoFocus, focus moves to the heading when the feedback appears. */
export const FocusOnAppear: Story = {
  args: { result: results.resubmission, autoFocus: true },
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getByRole('heading', { level: 2 })).toHaveFocus();
  },
};

export const HeadingLevel4: Story = { args: { result: results.resubmission, headingLevel: 4 } };
