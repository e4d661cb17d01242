import type { Meta, StoryObj } from '@storybook/react-vite';
import { createInstance } from 'i18next';
import { useMemo } from 'react';
import { expect, fn, within } from 'storybook/test';
import { ApplicantFeedback, ApplicantFeedbackProvider } from '../src/index';
import { results } from './fixtures';

/** The host's own i18next instance, with two of the library's strings overridden in English. */
function WithHostI18n({ locale }: { locale: string }) {
  const host = useMemo(() => {
    const instance = createInstance({
      lng: locale,
      fallbackLng: 'en',
      initAsync: false,
      resources: {
        en: {
          app: { title: 'Acme Bank' },
          applicantFeedback: {
            actions: { resubmit: 'Upload again' },
            outcome: { resubmission: { heading: 'Almost there: a few fixes needed' } },
          },
        },
      },
    });
    instance.init();
    return instance;
  }, [locale]);
  return (
    <ApplicantFeedbackProvider i18n={host}>
      <ApplicantFeedback result={results.resubmission} onResubmit={() => {}} />
    </ApplicantFeedbackProvider>
  );
}

const meta = {
  title: 'Host integration',
  component: ApplicantFeedback,
  args: { result: results.resubmission, onResubmit: fn(), supportEmail: 'support@bank.example' },
} satisfies Meta<typeof ApplicantFeedback>;
export default meta;
type Story = StoryObj<typeof meta>;

/** In English the host's two overrides win; in other locales the library's translations show. */
export const HostI18nextWithOverrides: Story = {
  render: (_args, { globals }) => <WithHostI18n locale={globals.locale ?? 'en'} />,
  play: async ({ canvasElement, globals }) => {
    if ((globals.locale ?? 'en') !== 'en') return;
    await expect(within(canvasElement).getByRole('button')).toHaveTextContent('Upload again');
  },
};

export const ThemeLight: Story = { globals: { theme: 'light' } };
export const ThemeDark: Story = { globals: { theme: 'dark' } };
export const ThemeBrand: Story = { globals: { theme: 'brand' } };

/** No default stylesheet: the host styles the stable class names itself. */
export const UnstyledWithHostClasses: Story = {
  args: { className: 'host-card' },
  parameters: { defaultStyles: false },
};
