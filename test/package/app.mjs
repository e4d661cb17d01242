// Runs inside a scratch app that installed the packed tarball: what a new user's server does.

import {
  ApplicantFeedback,
  preloadLocale,
  registerLocale,
  resolveFeedback,
  supportedLocales,
  toApplicantSafeResult,
} from 'applicant-feedback';
import * as core from 'applicant-feedback/core';
import { createElement } from 'react';
import { renderToString } from 'react-dom/server';

const webhook = JSON.parse(process.argv[2]);
const locales = JSON.parse(process.argv[3]);
const staticDe = (await import('applicant-feedback/locales/de.json', { with: { type: 'json' } })).default;

const outcomes = {
  approved: { reviewStatus: 'completed', reviewResult: { reviewAnswer: 'GREEN' } },
  resubmission: { ...webhook, reviewResult: { ...webhook.reviewResult, reviewRejectType: 'RETRY' } },
  final: webhook,
  pending: { ...webhook, reviewStatus: 'pending' },
};
const out = { supportedLocales, coreExports: Object.keys(core).sort(), staticDeKeys: Object.keys(staticDe), html: {} };
for (const locale of locales) {
  await preloadLocale(locale);
  for (const [name, payload] of Object.entries(outcomes)) {
    const result = toApplicantSafeResult(payload);
    out.html[`${locale}/${name}`] = {
      outcome: resolveFeedback(result).outcome,
      markup: renderToString(
        createElement(ApplicantFeedback, { result, locale, supportEmail: 'help@bank.example', onResubmit() {} }),
      ),
    };
  }
}
registerLocale('gsw', staticDe); // a host can also hand over statically imported JSON
console.log(JSON.stringify(out));
