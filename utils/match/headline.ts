import { foldText } from '../search/text';

/**
 * Folds a headline so that typography does not decide a match: case (Norwegian rules), diacritics
 * other than æ, ø and å (é → e), quotes, dashes, punctuation and spacing.
 */
export function normalizeHeadline(text: string): string {
  return foldText(text.normalize('NFC'))
    .replace(/[«»“”„"'‘’‚`´]/g, '')
    .replace(/[‐‑‒–—―-]/g, ' ')
    .replace(/[^\p{L}\p{N}\s]/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}
