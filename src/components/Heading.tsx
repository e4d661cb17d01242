import type { HTMLAttributes } from 'react';

export type HeadingLevel = 2 | 3 | 4 | 5 | 6;

/** Clamps any value to a valid level, so a wrong prop never produces an invalid element. */
export const toHeadingLevel = (value: unknown, fallback: HeadingLevel = 2): HeadingLevel =>
  typeof value === 'number' && value >= 2 && value <= 6 ? (Math.floor(value) as HeadingLevel) : fallback;

/** One level below, for sub-headings; h6 stays h6. */
export const subLevel = (level: HeadingLevel): HeadingLevel => Math.min(level + 1, 6) as HeadingLevel;

interface HeadingProps extends HTMLAttributes<HTMLHeadingElement> {
  level: HeadingLevel;
}

export function Heading({ level, ...rest }: HeadingProps) {
  const Tag = `h${level}` as const;
  return <Tag {...rest} />;
}
