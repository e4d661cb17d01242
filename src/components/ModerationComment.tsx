import { formatModerationComment } from '../core/moderationComment.js';
import type { Translate } from '../i18n/useFeedbackI18n.js';
import { Heading, type HeadingLevel } from './Heading.js';

interface ModerationCommentProps {
  comment: string | undefined;
  supportEmail: string | undefined;
  t: Translate;
  headingLevel: HeadingLevel;
}

/**
 * The reviewer's applicant-safe note (SPEC R5), rendered as React text nodes only: never parsed as HTML or
 * markdown. It is written by a person in their own language, so it is marked `dir="auto"`.
 */
export function ModerationComment({ comment, supportEmail, t, headingLevel }: ModerationCommentProps) {
  const segments = formatModerationComment(comment, supportEmail);
  if (segments.length === 0) return null;
  return (
    <div className="af-comment">
      <Heading level={headingLevel} className="af-comment__heading">
        {t('comment.heading')}
      </Heading>
      <p className="af-comment__text" dir="auto">
        {segments.map((segment, index) =>
          'email' in segment ? (
            // biome-ignore lint/suspicious/noArrayIndexKey: segments are positional and never reorder
            <a key={index} className="af-link" href={`mailto:${segment.email}`}>
              {segment.email}
            </a>
          ) : (
            segment.text
          ),
        )}
      </p>
    </div>
  );
}
