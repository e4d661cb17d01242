// Plain JavaScript, like codeHash.js: the generator (scripts/catalogue.mjs) reads it without TypeScript.

/** The verification steps a code can concern, in the order reasons are shown. */
export const STEPS = /** @type {const} */ ([
  'identityDocument',
  'selfie',
  'proofOfAddress',
  'paymentMethod',
  'companyDocuments',
  'videoCall',
  'personalData',
  'other',
]);
