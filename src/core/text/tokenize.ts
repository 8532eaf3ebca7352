import { isArabicLetter, isIgnorableMark } from './normalize';
import { SENTENCE_ENDS } from './punctuation';

/** A word or punctuation token with its offsets in the text it came from. */
export interface Token {
  text: string;
  start: number;
  end: number;
}

function isWordChar(c: number): boolean {
  if (c < 0x80) {
    return (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);
  }
  if (isArabicLetter(c) || (c >= 0x0660 && c <= 0x0669) || (c >= 0x06f0 && c <= 0x06f9)) return true;
  if (c === 0x0640 || (c >= 0x064b && c <= 0x065f) || c === 0x0670) return true; // marks stay inside words
  // Latin letters with accents, Greek, Cyrillic: letters of names in English text.
  return (c >= 0x00c0 && c <= 0x024f && c !== 0x00d7 && c !== 0x00f7) || (c >= 0x0370 && c <= 0x052f);
}

function isSpace(c: number): boolean {
  return c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d || c === 0xa0 || c === 0x3000 || (c >= 0x2000 && c <= 0x200b) || c === 0xfeff;
}

/**
 * Splits text[start, end) into tokens: runs of word characters (an inner `'`, `’`, `-`, `.` or `&`
 * between word characters stays inside, so `O'Neill`, `U.S.`, `al-Assad`, `AT&T` are one token,
 * the way CoNLL tokenises) and single punctuation marks; a final possessive `'s` is split off. Direction marks are skipped. One pass,
 * linear in the input.
 */
export function tokenize(text: string, start = 0, end = text.length): Token[] {
  const tokens: Token[] = [];
  let i = start;
  while (i < end) {
    const c = text.charCodeAt(i);
    if (isSpace(c) || (isIgnorableMark(c) && c !== 0x0640 && !(c >= 0x064b && c <= 0x0670))) {
      i++;
      continue;
    }
    if (!isWordChar(c)) {
      // Keep surrogate pairs (emoji) together as one token.
      const width = c >= 0xd800 && c <= 0xdbff && i + 1 < end ? 2 : 1;
      tokens.push({ text: text.slice(i, i + width), start: i, end: i + width });
      i += width;
      continue;
    }
    let j = i + 1;
    while (j < end) {
      const d = text.charCodeAt(j);
      if (isWordChar(d)) { j++; continue; }
      const joiner = d === 0x27 || d === 0x2019 || d === 0x2d || d === 0x26 || d === 0x2e;
      if (joiner && j + 1 < end && isWordChar(text.charCodeAt(j + 1))) { j += 2; continue; }
      break;
    }
    // An abbreviation's final period (`U.S.`): an inner period was taken and one more follows.
    if (j < end && text.charCodeAt(j) === 0x2e && j - i >= 3 && text.charCodeAt(j - 2) === 0x2e) j++;
    // The possessive `'s` is a token of its own (`London's` → London + 's), as in CoNLL: a name
    // never includes it.
    const apostrophe = j - i > 2 ? text.charCodeAt(j - 2) : 0;
    const last = text.charCodeAt(j - 1);
    if ((apostrophe === 0x27 || apostrophe === 0x2019) && (last === 0x73 || last === 0x53)) {
      tokens.push({ text: text.slice(i, j - 2), start: i, end: j - 2 }, { text: text.slice(j - 2, j), start: j - 2, end: j });
    } else {
      tokens.push({ text: text.slice(i, j), start: i, end: j });
    }
    i = j;
  }
  return tokens;
}

/** A capital Latin letter alone: a given name's initial before its full stop (`S. Best`). */
export const INITIAL = /^[A-Z]$/;
const CAPITALISED = /^[A-Z]/;

/**
 * Sentence boundaries for tagging: after . ? ! ؟ … tokens (and long runs are cut at 200 tokens),
 * except the full stop of an initial before a capitalised word (`S. Best`, `J. K. Rowling`).
 */
export function splitSentences<T extends { text: string }>(tokens: T[], maxLength = 200): T[][] {
  const sentences: T[][] = [];
  let current: T[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i];
    current.push(token);
    const initial = token.text === '.' && i > 0 && INITIAL.test(tokens[i - 1].text) && i + 1 < tokens.length && CAPITALISED.test(tokens[i + 1].text);
    if ((SENTENCE_ENDS.has(token.text) && !initial) || current.length >= maxLength) {
      sentences.push(current);
      current = [];
    }
  }
  if (current.length) sentences.push(current);
  return sentences;
}
