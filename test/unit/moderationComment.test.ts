import { describe, expect, it } from 'vitest';
import { formatModerationComment } from '../../src/core/moderationComment';

const text = (comment: string, email?: string) =>
  formatModerationComment(comment, email)
    .map((s) => ('text' in s ? s.text : `<${s.email}>`))
    .join('');

describe('R5 moderationComment', () => {
  const sumsub =
    'We could not verify your profile. If you have any questions, please contact the Company where you try to verify your profile ${clientSupportEmail}';

  it('puts the host support email where the token was', () => {
    expect(text(sumsub, 'help@bank.example')).toBe(
      'We could not verify your profile. If you have any questions, please contact the Company where you try to verify your profile <help@bank.example>',
    );
  });

  it('removes the token with its surrounding punctuation when there is no support email', () => {
    expect(text(sumsub)).toBe(
      'We could not verify your profile. If you have any questions, please contact the Company where you try to verify your profile',
    );
    expect(text('Contact support: ${clientSupportEmail}.')).toBe('Contact support.');
    expect(text('Write to us (${clientSupportEmail}) today.')).toBe('Write to us today.');
    expect(text('Email ${clientSupportEmail}, please')).toBe('Email, please');
  });

  it('never shows any ${…} token, known or not, closed or not', () => {
    for (const comment of [
      'Hi ${applicantName}, retry.',
      'Broken ${clientSupportEmail',
      'A ${x} b ${clientSupportEmail} c',
    ]) {
      expect(text(comment)).not.toMatch(/\$\{|\}/);
      expect(text(comment, 'a@b.co')).not.toMatch(/\$\{/);
    }
  });

  it('ignores an invalid support email instead of inserting it', () => {
    expect(text('Mail ${clientSupportEmail}', 'javascript:alert(1)')).toBe('Mail');
    expect(text('Mail ${clientSupportEmail}', 'a@b.co')).toBe('Mail <a@b.co>');
  });

  it('returns nothing for empty or token-only comments', () => {
    expect(formatModerationComment('')).toEqual([]);
    expect(formatModerationComment(undefined)).toEqual([]);
    expect(formatModerationComment('  ${clientSupportEmail} ')).toEqual([]);
  });

  it('keeps HTML-looking text as plain text', () => {
    expect(text('<img src=x onerror=alert(1)> **bold**')).toBe('<img src=x onerror=alert(1)> **bold**');
  });
});
