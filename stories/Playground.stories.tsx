import type { Meta, StoryObj } from '@storybook/react-vite';
import { useId, useState } from 'react';
import { expect, userEvent, waitFor, within } from 'storybook/test';
import { ApplicantFeedback, pseudoLocales, supportedLocales, toApplicantSafeResult } from '../src/index';
import { rawWebhook } from './fixtures';

function parse(text: string) {
  try {
    return { safe: toApplicantSafeResult(JSON.parse(text)) };
  } catch (error) {
    return { error: (error as Error).message };
  }
}

/** Paste a webhook (or a reviewResult), pick a locale: exactly what the applicant sees, and the safe result. */
function Playground({ initialPayload, initialLocale }: { initialPayload: string; initialLocale: string }) {
  const [text, setText] = useState(initialPayload);
  const [locale, setLocale] = useState(initialLocale);
  const id = useId();
  const { safe, error } = parse(text);
  return (
    <div className="af-playground">
      <div className="af-playground__inputs">
        <label htmlFor={`${id}-payload`}>Webhook payload or reviewResult (JSON)</label>
        <textarea
          id={`${id}-payload`}
          value={text}
          onChange={(e) => setText(e.target.value)}
          rows={18}
          spellCheck={false}
        />
        <label htmlFor={`${id}-locale`}>Locale</label>
        <select id={`${id}-locale`} value={locale} onChange={(e) => setLocale(e.target.value)}>
          {[...supportedLocales, ...pseudoLocales].map((code) => (
            <option key={code}>{code}</option>
          ))}
        </select>
      </div>
      <div className="af-playground__output">
        <h2>What the applicant sees</h2>
        {safe ? (
          <ApplicantFeedback
            result={safe}
            locale={locale}
            headingLevel={3}
            supportEmail="support@bank.example"
            onResubmit={() => {}}
          />
        ) : null}
        <h2>toApplicantSafeResult output</h2>
        <pre data-testid="safe-result">{error ? `Error: ${error}` : JSON.stringify(safe, null, 2)}</pre>
      </div>
    </div>
  );
}

const meta = {
  title: 'Playground',
  component: Playground,
  parameters: { layout: 'fullscreen' },
  args: { initialPayload: JSON.stringify(rawWebhook, null, 2), initialLocale: 'en' },
} satisfies Meta<typeof Playground>;
export default meta;

export const PasteAPayload: StoryObj<typeof meta> = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByTestId('safe-result').textContent).not.toContain('clientComment');
    const textarea = canvas.getByRole('textbox');
    await userEvent.clear(textarea);
    await userEvent.click(textarea);
    await userEvent.paste('{"reviewStatus":"completed","reviewResult":{"reviewAnswer":"GREEN"}}');
    await waitFor(() =>
      expect(canvasElement.querySelector('.af-feedback')).toHaveAttribute('data-outcome', 'approved'),
    );
    await userEvent.selectOptions(canvas.getByRole('combobox'), 'de');
    await waitFor(() => expect(canvasElement.querySelector('.af-feedback')).toHaveAttribute('lang', 'de'));
  },
};
