/**
 * The quotation finder's word scanner over a range of the text: words (letters, digits, inner
 * apostrophes and hyphens) and single punctuation characters, each word with its normalised key
 * for lexicon look-ups. Unlike text/tokenize it never joins words across `&` or `.`. Linear in
 * the range scanned.
 */
import { normalizeArabic } from '../text/normalize';
import type { Token as TextToken } from '../text/tokenize';
import { isSpace, isWordChar, quoteMarkInfo } from './chars';

/** A text token (offsets and the text as written) with what the quotation rules read of it. */
export interface Token extends TextToken {
  /** Arabic-normalised, lower-cased form. */
  key: string;
  isWord: boolean;
}

export function quoteTokens(text: string, from: number, to: number): Token[] {
  const out: Token[] = [];
  let i = from;
  while (i < to) {
    const c = text.charCodeAt(i);
    if (isSpace(c)) { i++; continue; }
    if (!isWordChar(c)) {
      out.push({ start: i, end: i + 1, text: text[i], key: text[i], isWord: false });
      i++;
      continue;
    }
    const start = i;
    i++;
    while (i < to) {
      const d = text.charCodeAt(i);
      if (isWordChar(d)) { i++; continue; }
      // Keep inner apostrophes and hyphens (BA's, Moscow-based) but never a quotation mark.
      const joiner = d === 0x2d || ((d === 0x27 || d === 0x2019) && quoteMarkInfo(d) !== null);
      if (joiner && i + 1 < to && isWordChar(text.charCodeAt(i + 1)) && isWordChar(text.charCodeAt(i - 1))) { i += 2; continue; }
      break;
    }
    const word = text.slice(start, i);
    out.push({ start, end: i, text: word, key: normalizeArabic(word).toLowerCase(), isWord: true });
  }
  return out;
}

export function isCapitalised(t: Token): boolean {
  const c = t.text.charCodeAt(0);
  return c >= 0x41 && c <= 0x5a;
}
