import { normalizeArabic } from '../../text/normalize';

/** A word list written naturally (space-separated) and normalised here, so look-ups use one form. */
export function arabicWordSet(words: string): Set<string> {
  return new Set(words.split(/\s+/).filter(Boolean).map(normalizeArabic));
}
