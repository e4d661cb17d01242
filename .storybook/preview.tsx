import type { Decorator, Preview } from '@storybook/react-vite';
import { ApplicantFeedbackProvider, preloadLocale, supportedLocales } from '../src/index';
import '../src/styles.css';

// The locale toolbar: every locale file that ships; direction follows the locale.
const withLocale: Decorator = (Story, { globals }) => (
  <ApplicantFeedbackProvider locale={globals.locale}>
    <Story />
  </ApplicantFeedbackProvider>
);

const preview: Preview = {
  globalTypes: {
    locale: {
      description: 'Applicant language',
      toolbar: {
        title: 'Locale',
        icon: 'globe',
        items: supportedLocales.map((value) => ({ value, title: value })),
        dynamicTitle: true,
      },
    },
  },
  initialGlobals: { locale: 'en' },
  // Load the locale chunk before rendering, as a host does before hydration: no flash of English.
  loaders: [async ({ globals }) => preloadLocale(globals.locale)],
  decorators: [withLocale],
  parameters: {
    layout: 'padded',
    a11y: { test: 'error' },
    controls: { expanded: true },
  },
};
export default preview;
