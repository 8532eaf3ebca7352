import { normalizeArabic } from '../../text/normalize';

/**
 * Arabic proclitics written attached to the next word: conjunctions و ف, prepositions ب ل ك,
 * and ل + article contracted to لل. Returned as candidate prefix lengths, longest first, for a
 * token in its written form (diacritics allowed). Only candidates whose remainder keeps at least
 * two letters are offered; deciding whether a candidate is real needs a lexicon (see callers).
 */
export function cliticPrefixCandidates(token: string): number[] {
  const letters = normalizeArabic(token);
  if (letters.length !== token.length) return []; // marks inside: offsets would shift; keep whole
  const out: number[] = [];
  let i = 0;
  if (letters[0] === 'و' || letters[0] === 'ف') i = 1;
  const afterConj = i;
  const ch = letters[i];
  if (ch === 'ب' || ch === 'ك' || ch === 'ل') {
    if (ch === 'ل' && letters[i + 1] === 'ل' && letters.length - (i + 2) >= 2) out.push(i + 2);
    if (letters.length - (i + 1) >= 2) out.push(i + 1);
  }
  if (afterConj === 1 && letters.length - 1 >= 2) out.push(1);
  return out;
}

/** The Arabic key without a leading conjunction (و ف) and, if asked, a preposition (ب ل ك). */
export function withoutProclitics(key: string, prepositions: boolean): string {
  let k = key;
  if (k.length >= 3 && (k[0] === '\u0648' || k[0] === '\u0641')) k = k.slice(1);
  if (prepositions && k.length > 3 && (k[0] === '\u0628' || k[0] === '\u0644' || k[0] === '\u0643')) k = k.slice(1);
  return k;
}

/** True when the word starts with the article ال (after any clitics were removed). */
export function hasArticle(word: string): boolean {
  return word.length > 3 && word[0] === '\u0627' && word[1] === '\u0644';
}

/**
 * The token's stem for features and lookups: clitics removed by the longest candidate, and the
 * article too, so وبالولايات, الولايات and ولايات share a stem. A guess, not an analysis.
 */
export function roughStem(token: string): string {
  let w = normalizeArabic(token);
  const cut = cliticPrefixCandidates(w);
  if (cut.length) w = w.slice(cut[0]);
  if (hasArticle(w)) w = w.slice(2);
  return w;
}
