import { matchKey } from '../text/normalize';
import { cliticPrefixCandidates, hasArticle } from '../lang/ar/clitics';
import { gazetteer } from './gazetteer';
import { lexiconClass } from './lexicon';
import { AR_STOPWORDS } from '../lang/ar/stop-words';
import { EN_STOPWORDS } from '../lang/en/stop-words';

/** A token as the rules see it: its match key, and (Arabic) with clitics removed. */
export interface WordView {
  raw: string;
  key: string;
  /** Clitics removed, article kept: وبالولايات → الولايات. Equals key when nothing to remove. */
  head: string;
  /** Head without the article: الولايات → ولايات. */
  bare: string;
  /** Length of the clitic prefix removed for `head` (in the written token). */
  prefix: number;
  capitalised: boolean;
  punct: boolean;
}

const known = (k: string): boolean => gazetteer().wordTypes.has(k) || gazetteer().nisba.has(k);

/**
 * Clitic removal for lookups. The conjunction/preposition is cut when what remains starts with
 * the article (وال… بال… لل…) or is a known word; otherwise names such as باريس, لندن, فلاديمير
 * keep their first letter. `frequent` (a word of the unlabelled corpus' vocabulary) keeps a
 * frequent word whole when what the cut leaves is not itself frequent: فالنسيا is Valencia, not
 * ف + النسيا, while فالحكومة still loses its ف.
 */
export function viewWord(raw: string, extraKnown?: (key: string) => boolean, frequent?: (key: string) => boolean): WordView {
  const key = matchKey(raw);
  let head = key;
  let prefix = 0;
  for (const cut of cliticPrefixCandidates(raw)) {
    const rest = key.slice(cut);
    const isLL = key.slice(cut - 2, cut) === 'لل' && cut >= 2;
    const candidate = isLL ? 'ال' + rest : rest;
    // ك (like) seldom comes before a bare name, and كابل, كاسيا are names themselves (not ك + أبل).
    const likeParticle = key[cut - 1] === 'ك';
    if (hasArticle(candidate) || (!likeParticle && (known(candidate) || (extraKnown?.(candidate) ?? false)))) {
      if (known(key) && !hasArticle(candidate)) break; // the whole token is itself a name
      if (frequent && !isLL && frequent(key) && !frequent(candidate)) break;
      head = candidate;
      prefix = cut;
      break;
    }
  }
  const bare = hasArticle(head) ? head.slice(2) : head;
  const c = raw.charCodeAt(0);
  return {
    raw, key, head, bare, prefix,
    capitalised: (c >= 0x41 && c <= 0x5a) || (c > 0x7f && raw[0] !== raw[0].toLowerCase()),
    punct: raw.length > 0 && !/[\p{L}\p{N}]/u.test(raw),
  };
}

/** The view with و cut from the written word's front and kept as its clitic prefix (والراجحي). */
export function withoutConjunction(v: WordView): WordView {
  const rest = viewWord(v.raw.slice(1));
  return { ...v, head: rest.head, bare: rest.bare, prefix: 1 + rest.prefix };
}

/** Quotation marks as tokens, around a quoted name (صحيفة «الحياة»). */
export const QUOTE_MARKS: ReadonlySet<string> = new Set(['\u00ab', '\u00bb', '"', '\u201c', '\u201d']);

/** Function words and frequent verbs that never begin or continue a name. */
export const STOPWORDS: ReadonlySet<string> = new Set([...AR_STOPWORDS, ...EN_STOPWORDS]);

/** Does the written word carry a tanween mark (ً ٌ ٍ)? Such a word is indefinite: no name. */
export function hasTanween(raw: string): boolean {
  for (let i = 0; i < raw.length; i++) {
    const c = raw.charCodeAt(i);
    if (c >= 0x064b && c <= 0x064d) return true;
  }
  return false;
}

export function isNameLike(v: WordView, lang: 'ar' | 'en'): boolean {
  if (v.punct || STOPWORDS.has(v.key) || STOPWORDS.has(v.head) || hasTanween(v.raw)) return false;
  if (/^\d/.test(v.key)) return false;
  return lang === 'en' ? v.capitalised : true;
}

/** Key of a span's words, the first one without clitics: for document-level matching. */
export function spanKey(views: WordView[], s: { start: number; end: number }): string {
  const words: string[] = [];
  for (let i = s.start; i < s.end; i++) if (!views[i].punct) words.push(i === s.start ? views[i].head : views[i].key);
  return words.join(' ');
}

/**
 * `ووزير`, `لفحوص`, `وأحفاده`: a word with و or ل written on it that the dictionary knows only
 * once they are cut is an ordinary word going on after a name, never its family name.
 */
export function cliticOrdinaryWord(v: WordView): boolean {
  if (v.key.length < 4 || (v.key[0] !== '\u0648' && v.key[0] !== '\u0644') || gazetteer().wordTypes.has(v.key)) return false;
  const cls = lexiconClass(v.key, cliticPrefixCandidates(v.raw));
  return cls === 'ck' || cls === 'cs';
}

/**
 * `أردوغان يبحثان`, `سلمان ينتهج`: a word with the imperfect's ي or ت before a dictionary stem is
 * the verb after the name (names of that shape, يوسف or يزيد, are listed and stay).
 */
export function imperfectVerb(v: WordView): boolean {
  if (v.key.length < 4 || (v.key[0] !== '\u064a' && v.key[0] !== '\u062a') || v.prefix > 0) return false;
  const cls = lexiconClass(v.key, []);
  return cls === 'k' || cls === 's';
}
