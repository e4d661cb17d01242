import type { Meta, StoryObj } from '@storybook/react-vite';
import context from '../locales/context/en.json';
import { directionOf } from '../src/i18n/locales';

// Every key of the locale picked in the toolbar beside English and the translator's context note.
// Storybook only: it bundles all locale files, which an app never does.
const files = import.meta.glob<Record<string, unknown>>('../locales/*.json', { eager: true, import: 'default' });
const byLocale = Object.fromEntries(Object.entries(files).map(([path, data]) => [path.slice(11, -5), data]));

function flatten(obj: unknown, prefix = '', out = new Map<string, string>()): Map<string, string> {
  for (const [key, value] of Object.entries(obj as Record<string, unknown>)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'string') out.set(path, value);
    else flatten(value, path, out);
  }
  return out;
}
const notes = flatten(context);
const english = flatten(byLocale.en);
const contextOf = (key: string) =>
  notes.get(key) ?? notes.get(key.replace(/_(zero|one|two|few|many)$/, '_other')) ?? '';
const englishOf = (key: string) => english.get(key) ?? english.get(key.replace(/_(zero|one|two|few|many)$/, '_other'));

function TranslationTable({ locale }: { locale: string }) {
  const translated = flatten(byLocale[locale] ?? {});
  const keys = [...new Set([...english.keys(), ...translated.keys()])].sort();
  return (
    <table className="af-review-table">
      <caption>
        {locale}: {translated.size} keys · English: {english.size} keys
      </caption>
      <thead>
        <tr>
          <th scope="col">Key and context</th>
          <th scope="col">English</th>
          <th scope="col">{locale}</th>
        </tr>
      </thead>
      <tbody>
        {keys.map((key) => {
          const value = translated.get(key);
          const same = locale !== 'en' && value === englishOf(key);
          return (
            <tr key={key} data-state={value === undefined ? 'missing' : same ? 'same' : 'ok'}>
              <th scope="row">
                <code>{key}</code>
                <br />
                <small>{contextOf(key)}</small>
              </th>
              <td lang="en">{englishOf(key) ?? '—'}</td>
              <td lang={locale} dir={directionOf(locale)}>
                {value ?? <strong>missing</strong>}
                {same && <strong> (same as English)</strong>}
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}

const meta = {
  title: 'Translation/Review',
  component: TranslationTable,
  parameters: { layout: 'fullscreen' },
  render: (_args, { globals }) => <TranslationTable locale={globals.locale ?? 'en'} />,
} satisfies Meta<typeof TranslationTable>;
export default meta;

export const AllKeys: StoryObj<typeof meta> = { args: { locale: 'en' } };
