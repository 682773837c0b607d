/**
 * Folds a headline so that typography does not decide a match: case (Norwegian rules),
 * quotes, dashes, punctuation and spacing. Letters such as æ, ø and å are kept as they are.
 */
export function normalizeHeadline(text: string): string {
  return text
    .normalize('NFC')
    .toLocaleLowerCase('nb')
    .replace(/[«»“”„"'‘’‚`´]/g, '')
    .replace(/[‐‑‒–—―-]/g, ' ')
    .replace(/[^\p{L}\p{N}\s]/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}
