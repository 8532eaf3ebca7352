import type { EntityType } from '../types';
import { runComponents, type Component, type PipelineOptions } from '../pipeline';
import { cachedWord, shippedResources, type Resources } from '../resources';
import { wordIdentityFeature, type Lang } from './features';
import { bioSpans } from './tokenFile';
import { tagWithModel } from './tagger';
import { ruleSpans, takenWords, type SentenceResult, type TokenSpan } from './rules';
import { isNameLike, spanKey, viewWord, type WordView } from './words';
import { joinAdjacentPersons, consistentTypes, listedPlacesArePlaces, familyNamesWithArticle, extendGivenNames, splitConjoinedNames, trimOrdinaryLastWords, titlesOutsideNames, descriptorHeadsOutside } from './adjust';
import { companiesByCue, familyNamesFollowFullNames, initialsMakePersons, trimEnglishEdges, trimCommonSentenceOpeners, dropEnglishTechTerms, englishEventsAndWorks, organisationsAfterCues, titleCaseWorks, unintroducedPersonsAreOrganisations } from './adjust-en';
import { ARABIC_DOCUMENT_RULES } from './document-rules-ar';
import { lexiconClass } from './lexicon';
import { gazetteer } from './gazetteer';
import { cliticPrefixCandidates } from '../lang/ar/clitics';
import { sportsArticle } from './document-rules-ar-clubs';

export type { SentenceResult } from './rules';
export { spanKey } from './words';

/** What to run: everything, the trained tagger alone, or the rules and gazetteer alone. */
export type RecogniserMode = 'full' | 'model' | 'rules';

const overlaps = (a: TokenSpan, b: TokenSpan): boolean => a.start < b.end && b.start < a.end;

/** Tagger spans first; trusted rule spans replace the tagger's when they cover more. */
function merge(model: TokenSpan[], rules: TokenSpan[], trusted: ReadonlySet<TokenSpan['source']>): TokenSpan[] {
  let out = [...model];
  for (const r of rules) {
    const hit = out.filter((m) => overlaps(m, r));
    // Title rules only extend what the tagger found (إيغور → (إيغور) مورغولوف): alone they guess.
    if (hit.length === 0) { if (trusted.has(r.source)) out.push(r); continue; }
    // A known name the tagger found with its extent but another type (البيت الأبيض as MISC) is the list's type.
    if (r.source === 'known' && hit.length === 1 && hit[0].start === r.start && hit[0].end === r.end) { hit[0].type = r.type; continue; }
    // A title extends a person the tagger found, never a place or a body it found (الفريق, the
    // team and a general's rank: `الفريق بكأس مصر` is no person).
    if (r.source === 'title' && hit.some((m) => m.type !== 'PER')) continue;
    const covers = hit.every((m) => m.start >= r.start && m.end <= r.end);
    // Same extent: the tagger's type stands (CoNLL calls a city in a results table a team).
    if (covers && hit.some((m) => m.end - m.start < r.end - r.start)) {
      out = out.filter((m) => !hit.includes(m));
      out.push(r);
    }
  }
  return out.sort((a, b) => a.start - b.start);
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
 * found name (clitics aside) get its most frequent type. With `voters`, only the names it
 * accepts are spread.
 */
function spreadNames(sentences: SentenceResult[], lang: Lang, voters?: (views: WordView[], span: TokenSpan) => boolean): void {
  const votes = new Map<string, VoteNode>();
  const voted: VoteNode[] = [];
  let maxWords = 1;
  for (const s of sentences) {
    const { views } = s;
    for (const span of s.spans) {
      if (voters && !voters(views, span)) continue;
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
    const taken = takenWords(s);
    for (let i = 0; i < views.length; i++) {
      if (taken[i] || !isNameLike(views[i], lang)) continue;
      let node = votes.get(views[i].head);
      const whole = views[i];
      const cut = !node && lang === 'ar' ? cliticVariant(whole, votes) : null;
      if (cut) { node = votes.get(cut.head); views[i] = cut; }
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
      // One word the dictionary knows is that word with its clitic (بمحافظة), not the name.
      if (cut && (best === 1 ? lexiconClass(cut.head, []) === 'k' : !type)) { views[i] = whole; continue; }
      if (type) {
        s.spans.push({ start: i, end: i + best, type, source: 'document' });
        taken.fill(1, i, i + best);
        i += best - 1;
      }
    }
    s.spans.sort((a, b) => a.start - b.start);
  }
}

/** Letters a name's word must keep once a clitic is cut for it to be matched (بسلام is no سلام). */
const MIN_CUT_NAME_LETTERS = 4;

/**
 * `بمستشفى البجادية`, `ولوكهيد مارتن`: a word whose clitic the word view kept (what it leaves is no
 * word it knows) is the found name with the clitic when cutting it leaves a name's first word.
 * The view with the clitic cut, or null. Not ك (like), seldom written on a bare name.
 */
function cliticVariant(v: WordView, votes: ReadonlyMap<string, VoteNode>): WordView | null {
  if (v.prefix > 0) return null;
  for (const cut of cliticPrefixCandidates(v.raw)) {
    if (v.key[cut - 1] === '\u0643') continue;
    const rest = v.key.slice(cut);
    const candidate = rest.length >= 2 && v.key.slice(cut - 2, cut) === '\u0644\u0644' ? '\u0627\u0644' + rest : rest;
    if (candidate.length < MIN_CUT_NAME_LETTERS || !votes.has(candidate)) continue;
    return viewWord(v.raw, (k) => k === candidate);
  }
  return null;
}

const ALL_RULES: ReadonlySet<TokenSpan['source']> = new Set(['gazetteer', 'known', 'place', 'title', 'org-head', 'org-description', 'org-body', 'paren', 'document'] as const);

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

// One word after a noun heading places (محافظة صعدة) fills a gap the tagger left: real articles
// 0.730 → 0.737, ANERcorp dev unchanged. (Gazetteer places filling gaps did nothing on either.)
const FULL_RULES: ReadonlySet<TokenSpan['source']> = new Set(['org-body', 'org-head', 'paren', 'document', 'place', 'known'] as const);

/**
 * A listed place that goes on to the right of a place the tagger found with words of the article
 * (كوريا → كوريا الشمالية, مكة → مكة المكرمة): the adjectives are part of the name. Only to the
 * right: heads to the left (قطاع غزة) are where ANERcorp and the list disagree.
 */
function placeEpithet(r: TokenSpan, s: SentenceResult): boolean {
  if (r.source !== 'gazetteer' || r.type !== 'LOC') return false;
  const found = s.spans.find((m) => m.type === 'LOC' && m.start === r.start && m.end < r.end);
  if (!found) return false;
  for (let i = found.end; i < r.end; i++) if (!s.views[i].key.startsWith('ال')) return false;
  return true;
}

/**
 * وكانت السعودية أعلنت: a listed place written as a nisba (السعودية), standing as a noun (not
 * after a definite noun it would describe: الحكومة السعودية), is the country. The tagger learned
 * the adjective from ANERcorp and leaves the noun out. Arabic pools 0.7962 → 0.7969, ANERcorp
 * dev unchanged. (Every listed place filling the tagger's gaps: pools -0.0013, dev -0.0018; only
 * after في، إلى، من or a glued ب/ل: +0.0006, -0.0005.)
 */
function countryAsNoun(r: TokenSpan, views: WordView[]): boolean {
  if (r.source !== 'gazetteer' || r.type !== 'LOC' || r.end - r.start !== 1 || !gazetteer().nisba.has(views[r.start].head)) return false;
  return r.start === 0 || !views[r.start - 1].head.startsWith('\u0627\u0644');
}

/** What the name components read and write: the document's sentences, their words and spans. */
interface NamesState {
  lang: Lang;
  words: string[][];
  sentences: SentenceResult[];
  /** Rule sources whose spans may stand where the tagger found nothing (see merge). */
  trusted: ReadonlySet<TokenSpan['source']>;
  /** Rules switched off (`rules:places`): see RULE_NAMES. */
  without: ReadonlySet<string>;
  resources: Resources;
  /** The names (spanKey) found before the Arabic document rules ran. */
  namesBeforeRules?: ReadonlySet<string>;
}

type NameComponent = Component<NamesState>;

/**
 * viewWord with the Arabic corpus vocabulary (the word classes know its frequent words), whatever
 * the document's language: the views are cached per written word in `resources`, so a word must
 * look the same in every document. The classes load only when a word has a clitic to cut.
 */
function wordViewer(resources: Resources): (raw: string) => WordView {
  const frequent = (key: string): boolean => {
    const clusters = resources.wordClusters('ar');
    return clusters !== null && clusters.classOf(wordIdentityFeature(key)) >= 0;
  };
  return (raw) => viewWord(raw, undefined, frequent);
}
const component = (name: string, run: (state: NamesState) => void, required?: boolean): NameComponent => ({ name, run, required });

const SENTENCE_COMPONENTS: readonly NameComponent[] = [
  // Views are read-only and depend on the written word alone: one per distinct word.
  component('words', (d) => {
    const view = wordViewer(d.resources);
    d.sentences = d.words.map((words) => ({ views: words.map((w) => cachedWord(d.resources.wordViews, w, view)), spans: [] }));
  }, true),
  component('tagger', (d) => d.sentences.forEach((s, i) => {
    const model = bioSpans(tagWithModel(d.words[i], d.lang, d.resources)).map((span) => ({ ...span, type: span.type as EntityType, source: 'model' as const }));
    s.spans = splitAtDashes(model, s.views);
  })),
  // Titles and the gazetteer's people may extend what the tagger found (كي مون → بان كي مون);
  // the gazetteer's places and organisations may not (ANERcorp writes غزة where the list has
  // قطاع غزة: dev 0.742 → 0.730 when they did).
  component('rules', (d) => d.sentences.forEach((s) => {
    const all = ruleSpans(s.views, d.lang, d.resources, d.without);
    const rules = all.filter((r) => d.trusted.has(r.source) || r.source === 'title' || (r.source === 'gazetteer' && r.type === 'PER') || placeEpithet(r, s));
    s.spans = merge(s.spans, rules, d.trusted);
    if (d.lang === 'ar' && d.trusted.has('document')) {
      const countries = all.filter((r) => countryAsNoun(r, s.views) && !s.spans.some((m) => m.start < r.end && r.start < m.end));
      if (countries.length > 0) s.spans = [...s.spans, ...countries].sort((a, b) => a.start - b.start);
    }
  })),
];

/**
 * `منطقة الناعمة` … `لسكان الناعمة`: the names the Arabic document rules found (after a place's
 * head, in a list, after a club's head) spread like the tagger's: the first spreading ran before
 * them. Names found `before` the rules do not spread again: a rule may have removed one on purpose
 * where it stands (كأس مصر: part of an event's name). Nor does one word the dictionary knows,
 * but for a club in a sports article (الجيل, العربي): the rule read it as a name from where it
 * stood (فريق العلماء), elsewhere it is the ordinary word.
 */
export function spreadNamesOfDocumentRules(sentences: SentenceResult[], lang: Lang, before: ReadonlySet<string>): void {
  const sports = sportsArticle(sentences);
  spreadNames(sentences, lang, (views, span) =>
    !before.has(spanKey(views, span)) &&
    (span.end - span.start > 1 || lexiconClass(views[span.start].head, []) !== 'k' || (sports && span.type === 'ORG')));
}

const extendGivenNamesComponent = component('given-names', (d) => extendGivenNames(d.sentences, d.lang, d.resources));
const spreadNamesComponent = component('spread-names', (d) => { if (d.trusted.has('document')) spreadNames(d.sentences, d.lang); });

/** The Arabic document components, after the sentences' tagger and rules. */
const ARABIC_COMPONENTS: readonly NameComponent[] = [
  ...SENTENCE_COMPONENTS,
  component('join-adjacent-persons', (d) => joinAdjacentPersons(d.sentences)),
  component('split-conjoined-names', (d) => splitConjoinedNames(d.sentences)),
  component('trim-ordinary-last-words', (d) => trimOrdinaryLastWords(d.sentences, d.resources)),
  component('titles-outside-names', (d) => titlesOutsideNames(d.sentences)),
  component('descriptor-heads-outside', (d) => descriptorHeadsOutside(d.sentences)),
  extendGivenNamesComponent,
  component('family-names-with-article', (d) => familyNamesWithArticle(d.sentences, d.resources)),
  component('listed-places', (d) => listedPlacesArePlaces(d.sentences)),
  spreadNamesComponent,
  component('names-before-document-rules', (d) => { d.namesBeforeRules = new Set(d.sentences.flatMap((s) => s.spans.map((span) => spanKey(s.views, span)))); }),
  ...ARABIC_DOCUMENT_RULES.map(([name, rule]) => component(name, (d) => rule(d.sentences, d.resources))),
  component('spread-document-names', (d) => { if (d.namesBeforeRules && d.trusted.has('document')) spreadNamesOfDocumentRules(d.sentences, d.lang, d.namesBeforeRules); }),
  component('consistent-types', (d) => consistentTypes(d.sentences)),
];

/**
 * The English document components. Family names alone follow full names only in English: in
 * Arabic they are often ordinary words or places elsewhere (0.746 → 0.742 with it).
 */
const ENGLISH_COMPONENTS: readonly NameComponent[] = [
  ...SENTENCE_COMPONENTS,
  component('join-adjacent-persons', (d) => joinAdjacentPersons(d.sentences)),
  component('trim-english-edges', (d) => trimEnglishEdges(d.sentences)),
  component('common-sentence-openers', (d) => trimCommonSentenceOpeners(d.sentences, d.resources)),
  component('titles-outside-names', (d) => titlesOutsideNames(d.sentences)),
  extendGivenNamesComponent,
  spreadNamesComponent,
  component('family-names', (d) => familyNamesFollowFullNames(d.sentences)),
  component('initials', (d) => initialsMakePersons(d.sentences, d.resources)),
  component('unintroduced-persons', (d) => unintroducedPersonsAreOrganisations(d.sentences)),
  component('companies-by-cue', (d) => companiesByCue(d.sentences)),
  component('organisations-after-cues', (d) => organisationsAfterCues(d.sentences)),
  component('tech-terms', (d) => dropEnglishTechTerms(d.sentences)),
  component('events-and-works', (d) => englishEventsAndWorks(d.sentences)),
  component('title-case-works', (d) => titleCaseWorks(d.sentences)),
  component('consistent-types', (d) => consistentTypes(d.sentences)),
];

/** The name components of a language, in the order they run. */
export function nameComponents(lang: Lang): readonly NameComponent[] {
  return lang === 'ar' ? ARABIC_COMPONENTS : ENGLISH_COMPONENTS;
}

/** The components a mode leaves out: `model` is the tagger alone, `rules` the rules, gazetteer and spreading. */
function leftOutByMode(mode: RecogniserMode, lang: Lang): string[] {
  if (mode === 'full') return [];
  const keep = mode === 'model' ? ['tagger'] : ['rules', 'spread-names'];
  return nameComponents(lang).map((c) => c.name).filter((name) => !keep.includes(name));
}

/** Recognises the names in one document given as sentences of written tokens. */
export function recogniseDocument(
  sentences: string[][],
  lang: Lang,
  mode: RecogniserMode = 'full',
  trusted: ReadonlySet<TokenSpan['source']> = FULL_RULES,
  options: PipelineOptions = {},
): SentenceResult[] {
  const byMode = leftOutByMode(mode, lang);
  const without = byMode.length ? new Set([...byMode, ...(options.without ?? [])]) : options.without ?? new Set<string>();
  const resources = options.resources ?? shippedResources();
  const state: NamesState = { lang, words: sentences, sentences: [], trusted: mode === 'rules' ? ALL_RULES : trusted, without, resources };
  runComponents(nameComponents(lang), state, { without, timings: options.timings });
  return state.sentences;
}

/** BIO tags of one sentence's spans (the tag command's and the evaluation's output). */
export function spansToBio(length: number, spans: TokenSpan[]): string[] {
  const tags = new Array<string>(length).fill('O');
  for (const s of spans) for (let i = s.start; i < s.end; i++) tags[i] = (i === s.start ? 'B-' : 'I-') + s.type;
  return tags;
}
