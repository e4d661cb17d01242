/** A piece of a moderation comment: plain text, or the host's support address where Sumsub put its token. */
export type CommentSegment = { readonly text: string } | { readonly email: string };

const SUPPORT_TOKEN = '${clientSupportEmail}';
// Any `${…}` template token (also an unclosed one), with the punctuation that introduces or wraps it.
const TOKEN_WITH_PUNCTUATION = /\s*[:\-–—(<[]?\s*\$\{[^}\s]*\}?\s*[)\]>]?/g;
const EMAIL = /^[^\s@<>()[\]"',;:]+@[^\s@<>()[\]"',;:]+\.[^\s@<>()[\]"',;:]+$/;

export const isEmailAddress = (value: unknown): value is string =>
  typeof value === 'string' && value.length <= 254 && EMAIL.test(value);

/** Removes template tokens and tidies the spaces and punctuation they leave behind. */
function stripTokens(text: string): string {
  return text
    .replace(TOKEN_WITH_PUNCTUATION, ' ')
    .replace(/[ \t]{2,}/g, ' ')
    .replace(/ +([.,;:!?])/g, '$1')
    .replace(/([.,;:!?])(?=[.,;:!?])/g, '')
    .trim();
}

/**
 * SPEC R5: the applicant-safe moderationComment as plain-text segments. `${clientSupportEmail}` becomes the
 * host's support address when it is a valid email; otherwise it is removed with its surrounding
 * punctuation. No `${…}` token survives. Returns [] when nothing readable is left.
 */
export function formatModerationComment(comment: string | undefined, supportEmail?: string): CommentSegment[] {
  if (!comment) return [];
  const parts = isEmailAddress(supportEmail) ? comment.split(SUPPORT_TOKEN) : [comment];
  const segments: CommentSegment[] = [];
  parts.forEach((part, index) => {
    if (index > 0) segments.push({ email: supportEmail as string });
    // Keep the space next to an inserted address; strip tokens in the text around it.
    const lead = index > 0 && /^\s/.test(part) ? ' ' : '';
    const trail = index < parts.length - 1 && /\s$/.test(part) ? ' ' : '';
    const text = stripTokens(part);
    if (text || lead || trail) segments.push({ text: `${lead}${text}${text ? trail : ''}` });
  });
  const readable = segments.some((s) => !('text' in s) || s.text.trim() !== '');
  return readable ? segments : [];
}
