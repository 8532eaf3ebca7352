import type { EntityType } from '../types';
import type { Lang } from './features';
import { bioSpans } from './tokenFile';
import { tagWithModel } from './tagger';
import { ruleSpans, type TokenSpan } from './rules';
import { isNameLike, viewWord, type WordView } from './words';
import { extendGivenNames, splitConjoinedNames, trimOrdinaryLastWords } from './adjust';
import { lexiconClass } from './lexicon';
import { gazetteer } from './gazetteer';
import { CLUB_NATIONALITIES, DUAL_PLACE_HEADS, NOT_CLUB_NAMES, PLACE_QUALIFIERS, STRONG_PLACE_HEADS } from './cues';
import { isCommonWord } from './tagger';

/** What to run: everything, the trained tagger alone, or the rules and gazetteer alone. */
export type RecogniserMode = 'full' | 'model' | 'rules';

export interface SentenceResult {
  views: WordView[];
  spans: TokenSpan[];
}

const overlaps = (a: TokenSpan, b: TokenSpan): boolean => a.start < b.end && b.start < a.end;

/** Tagger spans first; trusted rule spans replace the tagger's when they cover more. */
function merge(model: TokenSpan[], rules: TokenSpan[], trusted: ReadonlySet<TokenSpan['source']>): TokenSpan[] {
  let out = [...model];
  for (const r of rules) {
    const hit = out.filter((m) => overlaps(m, r));
    // Title rules only extend what the tagger found (إيغور → (إيغور) مورغولوف): alone they guess.
    if (hit.length === 0) { if (trusted.has(r.source)) out.push(r); continue; }
    const covers = hit.every((m) => m.start >= r.start && m.end <= r.end);
    // Same extent: the tagger's type stands (CoNLL calls a city in a results table a team).
    if (covers && hit.some((m) => m.end - m.start < r.end - r.start)) {
      out = out.filter((m) => !hit.includes(m));
      out.push(r);
    }
  }
  return out.sort((a, b) => a.start - b.start);
}

/** Key of a span's words, the first one without clitics: for document-level matching. */
export function spanKey(views: WordView[], s: { start: number; end: number }): string {
  const words: string[] = [];
  for (let i = s.start; i < s.end; i++) if (!views[i].punct) words.push(i === s.start ? views[i].head : views[i].key);
  return words.join(' ');
}

/** Votes of the document's names, as a trie over their words (`spanKey`'s words, no strings built). */
interface VoteNode {
  /** Types in the order first voted, and their counts. */
  types?: EntityType[];
  counts?: number[];
  /** The most voted type (the first voted among equals). */
  winner?: EntityType;
  next?: Map<string, VoteNode>;
}

/**
 * A name found once is found everywhere in the document: untagged word sequences equal to a
 * found name (clitics aside) get its most frequent type.
 */
function spreadNames(sentences: SentenceResult[], lang: Lang): void {
  const votes = new Map<string, VoteNode>();
  const voted: VoteNode[] = [];
  let maxWords = 1;
  for (const s of sentences) {
    const { views } = s;
    for (const span of s.spans) {
      // The span's words as in spanKey; names whose key is shorter than 3 characters do not vote.
      let length = -1;
      for (let i = span.start; i < span.end; i++) if (!views[i].punct) length += 1 + (i === span.start ? views[i].head : views[i].key).length;
      if (length < 3) continue;
      let level = votes;
      let node: VoteNode | undefined;
      for (let i = span.start; i < span.end; i++) {
        if (views[i].punct) continue;
        if (node) level = node.next ??= new Map();
        const word = i === span.start ? views[i].head : views[i].key;
        node = level.get(word);
        if (!node) level.set(word, (node = {}));
      }
      const n = node!;
      if (!n.types) { n.types = []; n.counts = []; voted.push(n); }
      const k = n.types.indexOf(span.type);
      if (k < 0) { n.types.push(span.type); n.counts!.push(1); } else n.counts![k]++;
      maxWords = Math.max(maxWords, span.end - span.start);
    }
  }
  for (const n of voted) {
    let top = 0;
    for (let k = 1; k < n.counts!.length; k++) if (n.counts![k] > n.counts![top]) top = k;
    n.winner = n.types![top];
  }
  for (const s of sentences) {
    const { views } = s;
    const taken = new Uint8Array(views.length);
    for (const span of s.spans) taken.fill(1, span.start, span.end);
    for (let i = 0; i < views.length; i++) {
      if (taken[i] || !isNameLike(views[i], lang)) continue;
      let node = votes.get(views[i].head);
      if (!node) continue;
      // The longest sequence [i, i + n) free of spans whose words a name voted for; punctuation
      // inside it is skipped in the words but counts in n, and it never ends on punctuation
      // (`أرسنال ،` is `أرسنال`).
      const limit = Math.min(maxWords, views.length - i);
      let best = 0;
      let type: EntityType | undefined;
      for (let n = 1; n <= limit && node; n++) {
        const j = i + n - 1;
        if (taken[j]) break;
        if (n > 1 && !views[j].punct) node = node.next?.get(views[j].key);
        if (node?.winner && !views[j].punct) { best = n; type = node.winner; }
      }
      if (type) {
        s.spans.push({ start: i, end: i + best, type, source: 'document' });
        taken.fill(1, i, i + best);
        i += best - 1;
      }
    }
    s.spans.sort((a, b) => a.start - b.start);
  }
}

const ALL_RULES: ReadonlySet<TokenSpan['source']> = new Set(['gazetteer', 'title', 'org-head', 'org-body', 'paren', 'document'] as const);

/** `ترمب - كيم`, `Putin, Kim`: a dash or comma between names separates two names. */
function splitAtDashes(spans: TokenSpan[], views: WordView[]): TokenSpan[] {
  const out: TokenSpan[] = [];
  for (const s of spans) {
    let start = s.start;
    for (let i = s.start; i < s.end; i++) {
      const r = views[i].raw;
      if (r === '-' || r === '–' || r === '،' || r === ',') {
        if (i > start) out.push({ ...s, start, end: i });
        start = i + 1;
      }
    }
    if (s.end > start) out.push({ ...s, start, end: s.end });
  }
  return out;
}

/** Views are read-only and depend on the written word alone: one per distinct word (bounded). */
const viewCache = new Map<string, WordView>();
function cachedView(word: string): WordView {
  let v = viewCache.get(word);
  if (!v) {
    if (viewCache.size >= 200_000) viewCache.clear();
    viewCache.set(word, (v = viewWord(word)));
  }
  return v;
}

const FULL_RULES: ReadonlySet<TokenSpan['source']> = new Set(['org-body', 'paren', 'document'] as const);

/** Recognises the names in one document given as sentences of written tokens. */
export function recogniseDocument(
  sentences: string[][],
  lang: Lang,
  mode: RecogniserMode = 'full',
  trusted: ReadonlySet<TokenSpan['source']> = FULL_RULES,
): SentenceResult[] {
  const results: SentenceResult[] = sentences.map((words) => {
    const views = words.map(cachedView);
    const model: TokenSpan[] = mode === 'rules' ? [] : bioSpans(tagWithModel(words, lang)).map((s) => ({ ...s, type: s.type as EntityType, source: 'model' as const }));
    const rules = mode === 'model' ? [] : ruleSpans(views, lang).filter((r) => mode === 'rules' || trusted.has(r.source) || r.source === 'title' || (r.source === 'gazetteer' && r.type === 'PER'));
    return { views, spans: merge(splitAtDashes(model, views), rules, mode === 'rules' ? ALL_RULES : trusted) };
  });
  if (mode === 'full') {
    if (lang === 'ar') { splitConjoinedNames(results); trimOrdinaryLastWords(results); }
    extendGivenNames(results, lang);
  }
  if (mode === 'rules' || (mode === 'full' && trusted.has('document'))) spreadNames(results, lang);
  if (mode === 'full' && lang === 'ar') {
    joinConjoinedFirstNames(results);
    clubsByNationality(results);
    quotedPlaces(results);
    clubAfterHead(results);
    placesAfterHeads(results);
    conjunctionOutsideNames(results);
  }
  return results;
}

/**
 * `بوتين وشي`: a word after a person's name, joined to it by و, whose rest begins a person's
 * name found in the document, is that person (the tagger may take وشي for a common word).
 */
function joinConjoinedFirstNames(sentences: SentenceResult[]): void {
  const firsts = new Set<string>();
  for (const s of sentences) for (const span of s.spans) if (span.type === 'PER' && span.end - span.start > 2) firsts.add(s.views[span.start].head);
  if (firsts.size === 0) return;
  for (const s of sentences) {
    // `كيم اتسم`: a longer name's first word and then an ordinary word (اتسم, was marked) is
    // that name's short form alone.
    for (const span of s.spans) {
      if (span.type !== 'PER' || span.end - span.start !== 2 || !firsts.has(s.views[span.start].head)) continue;
      const last = s.views[span.start + 1];
      if (!last.punct && lexiconClass(last.key, []) === 'k' && !gazetteer().wordTypes.has(last.key)) span.end--;
    }
    const added: TokenSpan[] = [];
    for (const span of s.spans) {
      const i = span.end;
      if (span.type !== 'PER' || i >= s.views.length) continue;
      const v = s.views[i];
      if (v.key.length < 3 || v.key[0] !== 'و' || s.spans.some((o) => o.start <= i && o.end > i)) continue;
      if (firsts.has(v.key.slice(1))) added.push({ start: i, end: i + 1, type: 'PER', source: 'document' });
    }
    if (added.length) s.spans = [...s.spans, ...added].sort((a, b) => a.start - b.start);
  }
}

/**
 * `ليون الفرنسي`, `هامبورغ الالماني`: a place's name followed by a masculine nationality
 * adjective is a club or a company (a city takes the feminine: باريس الفرنسيه); the same name
 * typed as a place elsewhere in the document follows.
 */
function clubsByNationality(sentences: SentenceResult[]): void {
  const clubs = new Set<string>();
  for (const s of sentences) {
    for (const span of s.spans) {
      const next = s.views[span.end];
      if (span.type === 'LOC' && next && next.prefix === 0 && CLUB_NATIONALITIES.has(next.key)) clubs.add(spanKey(s.views, span));
    }
  }
  if (clubs.size === 0) return;
  for (const s of sentences) for (const span of s.spans) if (span.type === 'LOC' && clubs.has(spanKey(s.views, span))) span.type = 'ORG';
}

const QUOTES = new Set(['«', '»', '"', '“', '”']);

/**
 * `« الشرق الأوسط »`: a place's name alone between quotation marks is a newspaper, a channel or
 * a company named after it.
 */
function quotedPlaces(sentences: SentenceResult[]): void {
  for (const s of sentences) {
    for (const span of s.spans) {
      const { start, end } = span;
      if (span.type !== 'LOC' || start === 0 || end >= s.views.length || !QUOTES.has(s.views[start - 1].raw) || !QUOTES.has(s.views[end].raw)) continue;
      span.type = 'ORG';
    }
  }
}

/**
 * `نادي الوحدة`, `فريق الغرافة`: the word after club or team (no article on it), when nothing else
 * took it and it is no ordinary kind of team (`فريق التحقيق`), is the club's name.
 */
function clubAfterHead(sentences: SentenceResult[]): void {
  for (const s of sentences) {
    const added: TokenSpan[] = [];
    for (let i = 0; i + 1 < s.views.length; i++) {
      const v = s.views[i], n = s.views[i + 1];
      if ((v.head !== 'نادي' && v.head !== 'فريق') || n.prefix !== 0 || !n.key.startsWith('ال') || n.key.length < 4 || NOT_CLUB_NAMES.has(n.key)) continue;
      if (s.spans.some((o) => o.start <= i + 1 && o.end > i)) continue;
      added.push({ start: i + 1, end: i + 2, type: 'ORG', source: 'document' });
    }
    if (added.length) s.spans = [...s.spans, ...added].sort((a, b) => a.start - b.start);
  }
}

/**
 * `بلدة الخيام`, `حي الدورة`, `مخيمي بلاطة وعين بيت الماء`: the word after a noun that only
 * heads places, when nothing took it and it is no qualifier or ordinary word, is a place; after
 * a dual (بلدتي, the two towns) the next word joined by و is the second place.
 */
function placesAfterHeads(sentences: SentenceResult[]): void {
  const free = (s: SentenceResult, k: number): boolean => !s.spans.some((o) => o.start <= k && o.end > k);
  // With the article the word names the place unless it qualifies the noun (بلدة الخيام, not
  // المدينة القديمة); without it, an ordinary word is an adjective (بلدة حدودية).
  const placeWord = (v: WordView | undefined): v is WordView =>
    !!v && !v.punct && isNameLike(v, 'ar') && v.key.length > 2 && !PLACE_QUALIFIERS.has(v.key) && !gazetteer().nisba.has(v.key) && !isCommonWord(v.key, 'ar') &&
    (v.key.startsWith('ال') || gazetteer().wordTypes.has(v.key) || lexiconClass(v.key, []) === 'n');
  for (const s of sentences) {
    const added: TokenSpan[] = [];
    for (let i = 0; i + 1 < s.views.length; i++) {
      const v = s.views[i];
      const head = STRONG_PLACE_HEADS.has(v.head) || v.key[0] !== 'و' ? v.head : v.key.slice(1);
      const n = s.views[i + 1];
      if (!STRONG_PLACE_HEADS.has(head) || n.prefix !== 0 || !placeWord(n)) continue;
      // The tagger's `بلدتي الباذان` as one name: the noun is no part of it.
      const taken = s.spans.findIndex((o) => o.start === i && o.end === i + 2);
      if (taken >= 0) s.spans.splice(taken, 1);
      else if (!free(s, i + 1)) continue;
      added.push({ start: i + 1, end: i + 2, type: 'LOC', source: 'document' });
      const second = s.views[i + 2];
      if (DUAL_PLACE_HEADS.has(head) && second && second.key[0] === 'و' && second.key.length > 3 && free(s, i + 2)) {
        const rest = viewWord(second.raw.slice(1));
        if (placeWord(rest)) added.push({ start: i + 2, end: i + 3, type: 'LOC', source: 'document' });
      }
    }
    if (added.length) s.spans = [...s.spans, ...added].sort((a, b) => a.start - b.start);
  }
}

/**
 * `الزيتونة وقرمان`, `ومتعب وأسامة حسني`: a name right after another of its type whose first word
 * begins with و is joined to it by the conjunction, which stays outside the name (the written
 * word keeps it when the whole word is a known name: وليد, واشنطن).
 */
function conjunctionOutsideNames(sentences: SentenceResult[]): void {
  for (const s of sentences) {
    for (let k = 1; k < s.spans.length; k++) {
      const span = s.spans[k], before = s.spans[k - 1];
      const v = s.views[span.start];
      if (before.end !== span.start || before.type !== span.type || v.prefix !== 0 || v.key[0] !== 'و' || v.key.length < 4) continue;
      if (v.raw[0] !== 'و' || gazetteer().wordTypes.has(v.key)) continue;
      const rest = viewWord(v.raw.slice(1));
      // Views are shared between sentences (cached): replace this one, never change it.
      s.views[span.start] = { ...v, head: rest.head, bare: rest.bare, prefix: 1 + rest.prefix };
    }
  }
}

/** BIO tags of one sentence's spans (the tag command's and the evaluation's output). */
export function spansToBio(length: number, spans: TokenSpan[]): string[] {
  const tags = new Array<string>(length).fill('O');
  for (const s of spans) for (let i = s.start; i < s.end; i++) tags[i] = (i === s.start ? 'B-' : 'I-') + s.type;
  return tags;
}
