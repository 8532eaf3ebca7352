import type { EntityType } from '../types';
import { gazetteer } from './gazetteer';
import { ORG_HEADS, PERSON_TITLES } from './cues';
import { DESCRIPTOR_HEADS, ORG_BODIES, ORG_CHAIN_STOPS, ORG_SCOPES, PLACE_HEADS } from '../lang/ar/name-cues';
import { AR_DATE_WORDS, AR_RELATIVES } from '../lang/ar/speaker-words';
import { cliticOrdinaryWord, imperfectVerb, isNameLike, viewWord, type WordView } from './words';
import { isCommonWord } from './tagger';
import { lexiconClass } from './lexicon';
import type { Resources } from '../resources';

/** A typed token span [start, end) in one sentence. */
export interface TokenSpan {
  start: number;
  end: number;
  type: EntityType;
  /** Where it came from, for merging: the gazetteer and titles are trusted over the tagger;
   *  'place' is one word after a noun heading places (مدينة أبها). */
  source: 'model' | 'gazetteer' | 'known' | 'place' | 'title' | 'org-head' | 'org-description' | 'org-body' | 'paren' | 'document';
}

/** One sentence as the name components see it: its words and the names found so far. */
export interface SentenceResult {
  views: WordView[];
  spans: TokenSpan[];
}

/**
 * Which span holds each word of a sentence (-1: none): one pass, so that the document rules stay
 * linear in a sentence with thousands of names.
 */
export function owners(s: SentenceResult): Int32Array {
  const owner = new Int32Array(s.views.length).fill(-1);
  s.spans.forEach((span, n) => owner.fill(n, span.start, span.end));
  return owner;
}

/** Which words of a sentence a span holds (1) and which none does (0). */
export function takenWords(s: SentenceResult): Uint8Array {
  const taken = new Uint8Array(s.views.length);
  for (const span of s.spans) taken.fill(1, span.start, span.end);
  return taken;
}

/**
 * Adds spans found by a later rule to a sentence's, keeping them in text order. A token belongs
 * to one name at most: an added span overlapping a span already there, or one added before it
 * (two speech verbs in a row both reaching for the words before a title), is dropped.
 */
export function addSpans(sentence: SentenceResult, added: TokenSpan[]): void {
  if (added.length === 0) return;
  let size = 0;
  for (const span of [...sentence.spans, ...added]) size = Math.max(size, span.end);
  const taken = new Uint8Array(size);
  for (const span of sentence.spans) taken.fill(1, span.start, span.end);
  const kept: TokenSpan[] = [];
  for (const span of added) {
    if (taken.subarray(span.start, span.end).includes(1)) continue;
    taken.fill(1, span.start, span.end);
    kept.push(span);
  }
  if (kept.length) sentence.spans = [...sentence.spans, ...kept].sort((a, b) => a.start - b.start);
}

const isTitle = (v: WordView): boolean => PERSON_TITLES.has(v.head) || PERSON_TITLES.has(v.key);

/**
 * Longest gazetteer name starting at token i (first token may carry clitics); `known` when the
 * list marks it as a name that stands alone (see curated-known-ar.ts).
 */
export function gazetteerAt(views: WordView[], i: number): { end: number; type: EntityType; known: boolean } | null {
  const g = gazetteer();
  const v = views[i];
  let node = g.trie.get(v.head);
  // The whole written word as a one-word name (its clitics taken as part of it).
  const first = node?.entry ? node : v.key !== v.head ? g.trie.get(v.key) : undefined;
  let best: { end: number; type: EntityType; known: boolean } | null = first?.entry ? { end: i + 1, type: first.entry.type, known: !!first.known } : null;
  for (let j = i + 1; node?.next && j < views.length; j++) {
    node = node.next.get(views[j].key);
    if (node?.entry) best = { end: j + 1, type: node.entry.type, known: !!node.known };
  }
  return best;
}

/** Skips nisba adjectives and title words after a title (الرئيس الروسي، وزير الخارجية الأميركي). */
function skipTitleTail(views: WordView[], j: number, lang: 'ar' | 'en'): number {
  const g = gazetteer();
  for (let guard = 0; j < views.length && guard < 4; guard++) {
    const v = views[j];
    if (isTitle(v) || g.nisba.has(v.head) || (lang === 'ar' && v.prefix === 0 && v.key.startsWith('ال') && !g.wordTypes.has(v.key))) j++;
    else if (j + 1 < views.length && g.nisba.has(v.head + ' ' + views[j + 1].key)) j += 2;
    else if (lang === 'en' && (v.key === 'prime' || v.key === 'foreign' || v.key === 'vice' || v.key === 'deputy')) j++;
    else break;
  }
  return j;
}

/** Name tokens after position j: up to 3 name-like words, through one pair of parentheses. */
function nameRun(views: WordView[], j: number, lang: 'ar' | 'en', resources: Resources): number {
  let k = j;
  let words = 0;
  while (k < views.length && words < 3) {
    const v = views[k];
    if ((v.raw === '(' || v.raw === ')') && words < 3 && k + 1 < views.length) { k++; continue; }
    if (!isNameLike(v, lang) || isTitle(v) || ORG_HEADS.has(v.head)) break;
    if (lang === 'ar' && words > 0 && v.prefix > 0) break; // و… starts the next phrase
    if (words > 0 && isCommonWord(v.key, lang, resources)) break; // ليوبوف ستيبوشوفا | كتب (wrote)
    // A word with the article (also behind a clitic: للأمم) describes rather than names.
    if (lang === 'ar' && v.head.startsWith('ال') && !gazetteer().wordTypes.has(v.head)) break;
    if (lang === 'ar' && v.head.startsWith('ال') && gazetteerAt(views, k)?.type !== 'PER') break;
    k++;
    words++;
  }
  while (k > j && views[k - 1].punct) k--;
  return words ? k : j;
}

/**
 * `والصناعة` in `وزارة التجارة والصناعة`: و with a definite word that ends the phrase (punctuation,
 * a word without the article or the end follows), so it shares the head rather than starting a
 * list of other things (`وزارة الصحة والمستشفيات الخاصة` goes on and is left out).
 */
export function coordinatedGenitive(views: WordView[], k: number, definite: (w: WordView) => boolean): boolean {
  const w = views[k];
  if (w.prefix !== 1 || w.key[0] !== '\u0648' || !definite(viewWord(w.raw.slice(1)))) return false;
  const next = views[k + 1];
  return !next || next.punct || !next.key.startsWith('\u0627\u0644');
}

/**
 * A word with the article that can go on an organisation's genitive chain: not a relative
 * pronoun (المركز الذي), a day (مجلس الوزراء الخميس), a word of time or reference (مجلس الشورى
 * السابق) or a title starting an apposition; إلى and إلا look definite once normalised (الي, الا).
 */
export function chainWord(w: WordView): boolean {
  return w.key.startsWith('ال') && w.key !== 'الي' && w.key !== 'الا' && w.key !== 'البارحه' && !AR_RELATIVES.has(w.key)
    && !AR_DATE_WORDS.has(w.key) && !ORG_CHAIN_STOPS.has(w.key) && !isTitle(w);
}

/**
 * A word written with ل that the dictionary knows only once ل is cut (لتكييف, لمكافحة): the
 * clitic removal cuts ل only before a word the gazetteer knows, so its view keeps it.
 */
function lForm(w: WordView): boolean {
  if (w.key.length < 4 || w.key[1] === 'ل') return false;
  const cls = lexiconClass(w.key, [1]);
  return cls === 'ck' || cls === 'cs';
}

/**
 * Where an organisation's name headed by the word at `i` ends (exclusive): the head in the
 * construct state and its genitive chain, `مجلس التعاون الخليجي`, `شرطة جدة`, `مجلس التعاون
 * لدول الخليج العربية`. The chain takes words with the article and nisba adjectives, a place's
 * name right after the head, and one `ل` phrase going on with the article; it stops at a
 * relative pronoun (`الذي`), at any other clitic, at punctuation, after five words.
 */
export function organisationEnd(views: WordView[], i: number): number {
  const g = gazetteer();
  let k = i + 1;
  if (views[k]?.raw === '(') k++;
  const definite = chainWord;
  // شرطة جدة, سفارة قطر: a place's name in the genitive of an indefinite head.
  if (k === i + 1 && k < views.length && views[k].prefix === 0 && !views[i].head.startsWith('ال')) {
    const place = gazetteerAt(views, k);
    if (place?.type === 'LOC') k = place.end;
  }
  let lPhrase = false;
  let lAt = -2;
  while (k < views.length && k - i <= 5 && !views[k].punct) {
    const w = views[k];
    if (w.prefix === 0 && (definite(w) || g.nisba.has(w.key))) { k++; continue; }
    // لدول الخليج, للهجرة: one phrase with ل, after at least one word of the chain.
    // للثقافة is ل with the article (prefix 2), لدول ل alone.
    // لتكييف الهواء, لمكافحة الفساد: ل left on a dictionary word, before a genitive.
    const withL = !lPhrase && k > i + 1 && w.key.startsWith('ل') && (w.prefix === 1 || (w.prefix === 2 && w.key.startsWith('لل')) || (w.prefix === 0 && lForm(w)));
    if (withL && (w.head.startsWith('ال') || (k + 1 < views.length && definite(views[k + 1]) && views[k + 1].prefix === 0))) { lPhrase = true; lAt = k; k++; continue; }
    // وزارة التجارة والصناعة, المركز السعودي للثقافة والتراث: a second genitive joined by و to
    // the head's only one or to the ل phrase's, ending the chain.
    if ((k === i + 2 && !lPhrase) || k === lAt + 1) { if (coordinatedGenitive(views, k, definite)) k++; break; }
    break;
  }
  if (views[k]?.raw === ')' && views[i + 1]?.raw === '(') k++;
  return k;
}

/**
 * The rules, in the order they are tried at each word (the first that matches takes the words).
 * Each can be switched off by its name (`--without rules:places`) to measure what it adds.
 */
export const RULE_NAMES = ['rules:gazetteer', 'rules:titles', 'rules:organisations', 'rules:brackets', 'rules:places'] as const;
export type RuleName = (typeof RULE_NAMES)[number];

const NO_RULE_OFF: ReadonlySet<string> = new Set();

/** Spans found by the gazetteer and the hand-written rules alone. */
export function ruleSpans(views: WordView[], lang: 'ar' | 'en', resources: Resources, off: ReadonlySet<string> = NO_RULE_OFF): TokenSpan[] {
  const spans: TokenSpan[] = [];
  const g = gazetteer();
  const names = !off.has('rules:gazetteer'), titles = !off.has('rules:titles'), organisations = !off.has('rules:organisations');
  const brackets = !off.has('rules:brackets'), places = !off.has('rules:places');
  for (let i = 0; i < views.length; ) {
    const v = views[i];
    const hit = names ? gazetteerAt(views, i) : null;
    if (hit) {
      spans.push({ start: i, end: hit.end, type: hit.type, source: hit.known ? 'known' : 'gazetteer' });
      i = hit.end;
      continue;
    }
    if (titles && isTitle(v)) {
      const j = skipTitleTail(views, i + 1, lang);
      const gaz = j < views.length ? gazetteerAt(views, j) : null;
      const end = gaz && gaz.type === 'PER' ? gaz.end : gaz ? j : nameRun(views, j, lang, resources);
      if (end > j) {
        spans.push({ start: views[j].raw === '(' ? j + 1 : j, end, type: 'PER', source: 'title' });
        i = end;
        continue;
      }
    }
    if (organisations && lang === 'ar' && (ORG_HEADS.has(v.head) || ORG_HEADS.has(v.bare)) && !DESCRIPTOR_HEADS.has(v.bare)) {
      const k = organisationEnd(views, i);
      // Confident only for a government body qualified by its country (وزارة الخارجية الأميركية)
      // and for a party or a municipality (حزب الليكود, بلدية المنجور: unlike حركة, movement, or
      // لجنة, committee, these words name nothing else).
      const body = (k > i + 2 && ORG_BODIES.has(views[i + 1].key) && views.slice(i + 2, k).some((x) => g.nisba.has(x.key))) || v.head === 'حزب' || v.head === 'بلديه';
      if (k > i + 1 && !(k === i + 2 && views[i + 1].raw === '(')) {
        // A head with the article (المركز الثالث, اللجنة العليا) describes more often than it names.
        // A word the dictionary does not know (مستشفى البجادية) is a sign of a name too.
        const named = views.slice(i + 1, k).some((x) => g.nisba.has(x.key) || ORG_BODIES.has(x.key) || g.wordTypes.has(x.key) || x.prefix > 0 || lexiconClass(x.key, []) === 'n') || k - i >= 4;
        // A definite head is a name when a scope adjective and a ل phrase qualify it (المركز
        // الوطني للقياس, الإدارة العامة للتخطيط), not when only one of them does (اللجنة العليا).
        const scoped = k > i + 2 && (g.nisba.has(views[i + 1].key) || ORG_SCOPES.has(views[i + 1].key)) && views.slice(i + 2, k).some((x) => x.key.startsWith('ل') && (x.prefix > 0 || lForm(x)));
        const source = body ? 'org-body' : (v.head.startsWith('ال') && !scoped) || !named ? 'org-description' : 'org-head';
        spans.push({ start: i, end: k, type: 'ORG', source });
        i = k;
        continue;
      }
    }
    // A short parenthesised name after an outlet word: قناة (سي إن بي سي).
    if (brackets && v.raw === '(' && i > 0 && ORG_HEADS.has(views[i - 1].head)) {
      let k = i + 1;
      while (k < views.length && k - i <= 5 && views[k].raw !== ')' && isNameLike(views[k], lang)) k++;
      if (views[k]?.raw === ')' && k > i + 1) {
        spans.push({ start: i + 1, end: k, type: 'ORG', source: 'paren' });
        i = k + 1;
        continue;
      }
    }
    // عاصمة محافظة الأنبار: a second head is no place's name; the name comes after it.
    if (places && lang === 'ar' && PLACE_HEADS.has(v.head) && i + 1 < views.length && isNameLike(views[i + 1], lang) && !views[i + 1].key.startsWith('ال') && !PLACE_HEADS.has(views[i + 1].head)) {
      // منطقة مكة المكرمة: a listed place's whole name, where it is longer than the run of names.
      const listed = names ? gazetteerAt(views, i + 1) : null;
      const end = Math.max(nameRun(views, i + 1, lang, resources), listed?.type === 'LOC' ? listed.end : 0);
      // One word after مدينة, محافظة, منطقة… is a place (منطقة عسير, though عسير is also a word),
      // unless it is a nisba adjective (بلدة حدودية, منطقة جبلية); longer runs only extend the
      // tagger's.
      const n = views[i + 1];
      const adjective = (n.key.endsWith('يه') || n.key.endsWith('ي')) && lexiconClass(n.key, []) !== 'n';
      // منطقة يحل بها، بلدات وأعدم: a verb, or an ordinary word with و, is no place's name.
      const verbLike = imperfectVerb(n) || cliticOrdinaryWord(n);
      const place = end === i + 2 && (g.wordTypes.has(n.key) || (!adjective && !verbLike));
      if (end > i + 1) { spans.push({ start: i + 1, end, type: 'LOC', source: place ? 'place' : 'gazetteer' }); i = end; continue; }
    }
    i++;
  }
  return spans;
}
