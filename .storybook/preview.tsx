import type { Decorator, Preview } from '@storybook/react-vite';
import { ApplicantFeedbackProvider, preloadLocale, pseudoLocales, supportedLocales } from '../src/index';
import styles from '../src/styles.css?inline';
import './preview.css';

// Locale from the toolbar (or ?globals=locale:ar); the component sets lang and dir itself.
// The default stylesheet is injected per story, so a story can show the component unstyled.
const withLocaleAndTheme: Decorator = (Story, { globals, parameters }) => (
  <div className={`af-story-theme af-story-theme--${globals.theme ?? 'light'}`}>
    {parameters.defaultStyles === false ? null : <style>{styles}</style>}
    <ApplicantFeedbackProvider locale={globals.locale}>
      <Story />
    </ApplicantFeedbackProvider>
  </div>
);

const preview: Preview = {
  globalTypes: {
    locale: {
      description: 'Applicant language (direction follows it)',
      toolbar: {
        title: 'Locale',
        icon: 'globe',
        items: [...supportedLocales, ...pseudoLocales].map((value) => ({ value, title: value })),
        dynamicTitle: true,
      },
    },
    theme: {
      description: 'Theme set through the --af-* custom properties',
      toolbar: {
        title: 'Theme',
        icon: 'paintbrush',
        items: [
          { value: 'light', title: 'Light (default)' },
          { value: 'dark', title: 'Dark' },
          { value: 'brand', title: 'Brand' },
        ],
        dynamicTitle: true,
      },
    },
  },
  // Story tests run once per locale (vitest.config.ts sets STORYBOOK_LOCALE); the UI starts in English.
  initialGlobals: { locale: import.meta.env.STORYBOOK_LOCALE ?? 'en', theme: 'light' },
  // Load the locale chunk before rendering, as a host does before hydration: no flash of English.
  loaders: [async ({ globals }) => preloadLocale(globals.locale)],
  decorators: [withLocaleAndTheme],
  parameters: {
    layout: 'padded',
    a11y: { test: 'error' },
    controls: { expanded: true },
    options: {
      storySort: { order: ['Docs', 'ApplicantFeedback', 'Catalogue', 'Playground', 'Host integration', 'Translation'] },
    },
  },
};
export default preview;
