/**
 * Punctuation that ends sentences, in one place. Each reader needs its own cut, written here as
 * a named list rather than a private set:
 * - the token files of the training data end a sentence at `.` `?` `!` `؟` (as annotated);
 * - the tagger's sentences also end at an ellipsis `…`;
 * - a line ends "like prose" (so it is no heading) at any of those or at a clause mark.
 */
export const TOKEN_FILE_SENTENCE_ENDS: ReadonlySet<string> = new Set(['.', '?', '!', '؟']);

export const SENTENCE_ENDS: ReadonlySet<string> = new Set([...TOKEN_FILE_SENTENCE_ENDS, '…']);

/** A line ending in one of these is prose, not a heading: sentence ends and clause marks. */
export const PROSE_LINE_ENDS: ReadonlySet<string> = new Set([...SENTENCE_ENDS, ':', '؛', ';', '،', ',']);

/** The same sentence ends as character codes, for scanners that read the text by code unit. */
export function isSentenceEndCode(c: number): boolean {
  return c === 0x2e || c === 0x21 || c === 0x3f || c === 0x061f || c === 0x2026;
}
