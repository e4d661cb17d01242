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

export const Approved: Story = { args: { result: results.approved } };

export const Resubmission: Story = {
  args: { result: results.resubmission },
  play: async ({ canvasElement, args }) => {
    const button = within(canvasElement).getByRole('button');
    await userEvent.click(button);
    await expect(args.onResubmit).toHaveBeenCalledOnce();
  },
};

export const OneReason: Story = { args: { result: results.oneReason } };

export const WithheldUnderRetry: Story = { args: { result: results.withheld } };

export const FinalRejection: Story = { args: { result: results.final } };

export const InReview: Story = { args: { result: results.pending } };

export const OnHold: Story = { args: { result: results.onHold } };
