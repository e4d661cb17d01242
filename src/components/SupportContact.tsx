import { isEmailAddress } from '../core/moderationComment.js';
import type { Translate } from '../i18n/useFeedbackI18n.js';

/** Only http(s) and same-site links: a `javascript:` or `data:` URL never becomes a link. */
export function safeUrl(value: unknown): string | undefined {
  if (typeof value !== 'string' || value.trim() === '') return undefined;
  try {
    const url = new URL(value, 'https://relative.invalid/');
    return url.protocol === 'https:' || url.protocol === 'http:' ? value : undefined;
  } catch {
    return undefined;
  }
}

interface SupportContactProps {
  supportEmail: string | undefined;
  supportUrl: string | undefined;
  t: Translate;
  /** Show a generic "contact support" line when the host gave no contact. */
  always: boolean;
}

export function SupportContact({ supportEmail, supportUrl, t, always }: SupportContactProps) {
  const email = isEmailAddress(supportEmail) ? supportEmail : undefined;
  const url = safeUrl(supportUrl);
  if (!email && !url) {
    return always ? <p className="af-support">{t('support.noContact')}</p> : null;
  }
  return (
    <div className="af-support">
      <p className="af-support__prompt">{t('support.prompt')}</p>
      <ul className="af-support__links">
        {email && (
          <li>
            <a className="af-link" href={`mailto:${email}`}>
              {t('support.email', { email })}
            </a>
          </li>
        )}
        {url && (
          <li>
            <a className="af-link" href={url}>
              {t('support.link')}
            </a>
          </li>
        )}
      </ul>
    </div>
  );
}
