// Bundlers replace `process.env.NODE_ENV`; where nothing defines `process`, warnings stay off.
declare const process: { env: { NODE_ENV?: string } };

function isDevelopment(): boolean {
  try {
    return process.env.NODE_ENV !== 'production';
  } catch {
    return false;
  }
}

const SAFE_FIELDS = new Set([
  'reviewStatus',
  'reviewAnswer',
  'reviewRejectType',
  'rejectLabels',
  'buttonIds',
  'moderationComment',
]);
const warned = new Set<string>();

/** Names (never values) of fields in `result` that do not belong in a browser, nested ones included. */
export function unsafeFieldNames(result: unknown): string[] {
  if (typeof result !== 'object' || result === null || Array.isArray(result)) return [];
  const names = new Set<string>();
  const visit = (obj: object, depth: number) => {
    for (const key of Object.keys(obj)) {
      if (!SAFE_FIELDS.has(key)) names.add(key);
      const value = (obj as Record<string, unknown>)[key];
      const container = key === 'reviewResult' || key === 'review';
      if (container && depth < 2 && typeof value === 'object' && value !== null) visit(value, depth + 1);
    }
  };
  visit(result, 0);
  names.delete('review'); // containers of safe fields, not private data themselves
  names.delete('reviewResult');
  // clientComment first: it is the field that must never reach a browser.
  return [...names].sort((a, b) => Number(b === 'clientComment') - Number(a === 'clientComment') || a.localeCompare(b));
}

/** Tests only: forget which warnings were already printed. */
export function resetWarnings(): void {
  warned.clear();
}

/** SPEC R2: a raw webhook passed to a component is read safely, and the developer is told once. */
export function warnAboutUnsafeResult(result: unknown): void {
  if (!isDevelopment()) return;
  const names = unsafeFieldNames(result);
  if (names.length === 0) return;
  const message = `applicant-feedback: \`result\` has fields that must not reach a browser (${names.slice(0, 5).join(', ')}). Only safe fields were read; strip the webhook on your server with toApplicantSafeResult().`;
  if (warned.has(message)) return;
  warned.add(message);
  console.warn(message);
}
