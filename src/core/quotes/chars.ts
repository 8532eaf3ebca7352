/**
 * Character classes the quotation finder reasons with. Plain code-point tests (no
 * regular expressions) so every scan stays linear whatever the input looks like.
 */
import { isArabicLetter, isIgnorableMark, isLatinLetter } from '../text/normalize';
import { isSentenceEndCode } from '../text/punctuation';

export function isDigit(c: number): boolean {
  return (c >= 0x30 && c <= 0x39) || (c >= 0x660 && c <= 0x669) || (c >= 0x6f0 && c <= 0x6f9);
}

/** Letters, digits and the marks that live inside words (diacritics, tatweel). */
export function isWordChar(c: number): boolean {
  return isLatinLetter(c) || isArabicLetter(c) || isDigit(c) || isIgnorableMark(c) || (c >= 0x370 && c <= 0x52f);
}

export function isSpace(c: number): boolean {
  return c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d || c === 0xa0 || (c >= 0x2000 && c <= 0x200b) || c === 0x202f || c === 0x3000;
}

export function isLineBreak(c: number): boolean {
  return c === 0x0a || c === 0x0d || c === 0x2028 || c === 0x2029;
}

/** Punctuation that may directly follow a closing quotation mark. */
export function isTrailingPunct(c: number): boolean {
  switch (c) {
    case 0x2e: case 0x2c: case 0x3b: case 0x3a: case 0x21: case 0x3f: case 0x29: case 0x5d: case 0x7d:
    case 0x060c: case 0x061b: case 0x061f: case 0x2026: case 0x2d: case 0x2013: case 0x2014: case 0x26:
      return true;
    default:
      return false;
  }
}

/** Punctuation that may directly precede an opening quotation mark. */
export function isLeadingPunct(c: number): boolean {
  switch (c) {
    case 0x28: case 0x5b: case 0x7b: case 0x3a: case 0x2d: case 0x2013: case 0x2014: case 0x2f: case 0x2c: case 0x060c:
      return true;
    default:
      return false;
  }
}

/** Ends a sentence when followed by a space or the end of the paragraph. */
export { isSentenceEndCode as isSentenceEnd } from '../text/punctuation';

/** Just after the first sentence end in `[from, limit)` followed by a space or the limit; else `limit`. */
export function sentenceEnd(text: string, from: number, limit: number): number {
  for (let i = from; i < limit; i++) {
    if (isSentenceEndCode(text.charCodeAt(i)) && (i + 1 >= limit || isSpace(text.charCodeAt(i + 1)))) return i + 1;
  }
  return limit;
}

export type MarkFamily = 'ascii' | 'guillemet' | 'curly' | 'single' | 'angle';
/** Which way a mark leans before context is considered. */
export type MarkLean = 'open' | 'close' | 'either';

export interface MarkInfo {
  family: MarkFamily;
  lean: MarkLean;
}

export function quoteMarkInfo(c: number): MarkInfo | null {
  switch (c) {
    case 0x22: return { family: 'ascii', lean: 'either' };
    case 0xab: return { family: 'guillemet', lean: 'open' };
    case 0xbb: return { family: 'guillemet', lean: 'close' };
    case 0x201c: return { family: 'curly', lean: 'either' };
    case 0x201d: return { family: 'curly', lean: 'either' };
    case 0x201e: return { family: 'curly', lean: 'open' };
    case 0x2039: return { family: 'angle', lean: 'open' };
    case 0x203a: return { family: 'angle', lean: 'close' };
    case 0x27: case 0x2019: return { family: 'single', lean: 'either' };
    case 0x2018: return { family: 'single', lean: 'open' };
    default: return null;
  }
}

/** Arabic one-letter proclitics (و ف ب ل ك) that can be glued to an opening mark: لـ«…», و"…". */
export function isProcliticLetter(c: number): boolean {
  return c === 0x0648 || c === 0x0641 || c === 0x0628 || c === 0x0644 || c === 0x0643;
}
