/**
 * What a selection in the editor means as an annotation's span: without the white space a
 * selection takes along, and, for a name, without the clitics a double-click takes with an
 * Arabic word. Shared by the annotation edits (model.ts) and the editor's commands.
 */
import { cliticPrefixCandidates, hasArticle } from '../lang/ar/clitics';
import { matchKey } from '../text/normalize';
import type { Analysis, Span } from '../types';

/** The selection with the spaces and line breaks at its edges left out (a double-click often takes one). */
export function trimmedSpan(text: string, span: Span): Span {
  let { start, end } = span;
  start = Math.max(0, Math.min(start, text.length));
  end = Math.max(start, Math.min(end, text.length));
  while (start < end && /\s/.test(text[start])) start++;
  while (end > start && /\s/.test(text[end - 1])) end--;
  return { start, end };
}

/**
 * The selection as a name: trimmed, and without the clitics a double-click takes with an Arabic
 * word (بقازان → قازان, للولايات → لولايات as the gold conventions write it). The shortest clitic
 * prefix is cut whose remainder starts with ال or is written on its own elsewhere in the article
 * (as a word or a name found there), so names that begin with those letters (وزارة, باريس) stay
 * whole. The lexicon that knows more lives in the analysis worker, not in the editor's host, so
 * a name met once with a clitic (وبكين) is left as selected.
 */
export function nameSpan(text: string, span: Span, analysis?: Pick<Analysis, 'entities'>): Span {
  const trimmed = trimmedSpan(text, span);
  const space = text.slice(trimmed.start, trimmed.end).search(/\s/);
  const firstWord = text.slice(trimmed.start, space < 0 ? trimmed.end : trimmed.start + space);
  const key = matchKey(firstWord);
  const names = new Set(analysis?.entities.flatMap((e) => e.mentions.map((m) => matchKey(m.text.split(/\s/)[0]))) ?? []);
  for (const cut of [...cliticPrefixCandidates(firstWord)].sort((x, y) => x - y)) {
    const contracted = key.slice(cut - 2, cut) === 'لل';
    const rest = contracted ? `ال${key.slice(cut)}` : key.slice(cut);
    const known = hasArticle(rest) || names.has(rest) || standsAlone(text, firstWord.slice(cut), trimmed.start + cut);
    // لل is ل + ال: the name keeps the article's ل (للولايات المتحدة → لولايات المتحدة).
    if (known) return { start: trimmed.start + (contracted ? cut - 1 : cut), end: trimmed.end };
  }
  return trimmed;
}

/** Whether `word` is written as a whole word somewhere in the text other than at `except`. */
function standsAlone(text: string, word: string, except: number): boolean {
  const isLetter = (ch: string | undefined) => ch !== undefined && /[\p{L}\p{M}]/u.test(ch);
  for (let at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1)) {
    if (at !== except && !isLetter(text[at - 1]) && !isLetter(text[at + word.length])) return true;
  }
  return false;
}
