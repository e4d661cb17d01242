// Shared by the runtime (lookup.ts) and the generator (scripts/catalogue.mjs), so both hash alike.
// Plain JavaScript on purpose: Node runs the generator without a TypeScript step.

/**
 * A code's 6-character key in the compact table: FNV-1a (32 bit) reduced to 36^6 (≈31 bits).
 * The table stores keys instead of the codes' names, which saves most of its size. Known codes never
 * collide (a test checks); an unknown code matches a known key with probability about 1 in 7 million.
 * @param {string} code
 * @returns {string}
 */
export function codeHash(code) {
  let hash = 0x811c9dc5;
  for (let i = 0; i < code.length; i++) hash = Math.imul(hash ^ code.charCodeAt(i), 0x01000193) >>> 0;
  return (hash % 2176782336).toString(36).padStart(6, '0');
}
