import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn, userEvent, within } from 'storybook/test';
import { ApplicantFeedback } from '../src/index';
import { results } from './fixtures';

const meta = {
  title: 'ApplicantFeedback/Outcomes',
  component: ApplicantFeedback,
  args: { supportEmail: 'support@bank.example', onResubmit: fn(), headingLevel: 2 },
} satisfies Meta<typeof ApplicantFeedback>;
export default meta;
type Story = StoryObj<typeof meta>;

const outcomeIs =
  (outcome: string) =>
  async ({ canvasElement }: { canvasElement: HTMLElement }) => {
    await expect(canvasElement.querySelector('.af-feedback')).toHaveAttribute('data-outcome', outcome);
  };

export const Approved: Story = { args: { result: results.approved }, play: outcomeIs('approved') };

export const Resubmission: Story = {
  args: { result: results.resubmission },
  play: async ({ canvasElement, args }) => {
    const canvas = within(canvasElement);
    await userEvent.click(canvas.getByRole('button'));
    await expect(args.onResubmit).toHaveBeenCalledOnce();
  },
};

export const FinalRejection: Story = { args: { result: results.final }, play: outcomeIs('final') };

export const InReview: Story = { args: { result: results.pending }, play: outcomeIs('pending') };

export const InReviewQueued: Story = { args: { result: results.queued } };

export const OnHold: Story = { args: { result: results.onHold } };

export const NotFinished: Story = { name: 'Not finished (init)', args: { result: results.init } };

export const WaitingForApplicant: Story = {
  name: 'Waiting for the applicant (awaitingUser)',
  args: { result: results.awaitingUser },
};
