import { addSpans, chainWord, gazetteerAt, type SentenceResult, type TokenSpan } from './rules';
import { cliticOrdinaryWord, imperfectVerb, isNameLike, spanKey, viewWord, type WordView } from './words';
import { lexiconClass } from './lexicon';
import { cliticPrefixCandidates } from '../lang/ar/clitics';
import { PERSON_TITLES } from './cues';
import {
  AMBIGUOUS_ARAB_CLUBS, ARAB_CLUBS, BLESSING_VERBS, CLUB_GENITIVE_HEADS, CLUB_HEADS, CLUB_NATIONALITIES, DUAL_PLACE_HEADS, EVENT_HEADS,
  FACILITY_NAME_ENDS, FIGURATIVE_ROUTE_HEADS, MATCH_VERBS, MATCH_WORDS, NOT_CLUB_CONTEXT, NOT_CLUB_NAMES, OPPONENT_WORDS,
  OUTLET_HEADS, OUTSIDE_HEADS, PLACE_QUALIFIERS, PRODUCT_HEADS, QUOTED_ORG_HEADS, ROUTE_HEADS, SPORTS_ARTICLE_WORDS,
  SPORTS_WORDS, STRONG_PLACE_HEADS, TRANSFER_WORDS,
} from '../lang/ar/name-cues';
import { gazetteer } from './gazetteer';
import { headNoun, institutionsNamedAfterPeople, localOffices, officesInPlaces } from './document-rules-ar-institutions';
import { isCommonWord } from './tagger';
import { AR_SPEECH_VERBS } from '../lang/ar/speech-verbs';
import type { Resources } from '../resources';

/**
 * Arabic corrections over a whole document, after the tagger, the rules and the spreading of
 * names: how names are joined by و, clubs named like their cities or by ordinary words, places
 * after the nouns that head them, roads and buildings with their heads, local offices and
 * institutions named after people (document-rules-ar-institutions.ts), family names alone, names
 * inside events' names.
 */

/** The Arabic document rules in the order they run, by the names the pipeline gives them. */
export const ARABIC_DOCUMENT_RULES: ReadonlyArray<readonly [string, (results: SentenceResult[], resources: Resources) => void]> = [
  ['conjoined-first-names', joinConjoinedFirstNames],
  ['clubs-by-nationality', clubsByNationality],
  ['clubs-by-match', clubsByMatch],
  ['quoted-places', quotedPlaces],
  ['names-after-outside-heads', namesAfterOutsideHeads],
  ['clubs-in-sports-articles', clubsInSportsArticles],
  ['clubs-named-after-places', clubsNamedAfterPlaces],
  ['places-after-heads', placesAfterHeads],
  ['route-names', routeNames],
  ['local-offices', localOffices],
  ['offices-in-places', officesInPlaces],
  ['institutions-named-after-people', institutionsNamedAfterPeople],
  ['names-in-lists', namesInLists],
  ['person-after-nationality', personAfterNationality],
  ['persons-after-definite-titles', personsAfterDefiniteTitles],
  ['speaker-before-role', speakerBeforeRole],
  ['conjunction-outside-names', conjunctionOutsideNames],
  ['family-names-ar', arabicFamilyNames],
  ['names-in-events', namesInEvents],
  ['blessings', blessingsAreNoNames],
];

/** `رحمه الله`, `حفظه الله`: a blessing after a name is a formula; a name found in it goes. */
function blessingsAreNoNames(sentences: SentenceResult[]): void {
  for (const s of sentences) {
    const blessing = (k: number): boolean => k >= 0 && BLESSING_VERBS.has(s.views[k].key) && s.views[k + 1]?.key === 'الله';
    s.spans = s.spans.filter((span) => {
      // The span holds the blessing's verb, or starts at its الله.
      for (let k = span.start - 1; k < span.end; k++) if (blessing(k) && (k >= span.start || k + 1 === span.start)) return false;
      return true;
    });
  }
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
    addSpans(s, added);
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

const isScore = (v: WordView | undefined): boolean => !!v && (/^\d{1,2}$/.test(v.raw) || v.key === 'صفر');

/**
 * `امام ضيفه دينامو كييف`, `تغلب على كوبنهاغن 1 - صفر`: a city's name as one side of a match is
 * its club (a country's name, its national team, stays a place); the same name elsewhere in the
 * document follows.
 */
function clubsByMatch(sentences: SentenceResult[]): void {
  const clubs = new Set<string>();
  for (const s of sentences) {
    const v = s.views;
    for (const span of s.spans) {
      if (span.type !== 'LOC' && !(span.type === 'PER' && span.source === 'model')) continue;
      const key = spanKey(v, span);
      const known = gazetteer().names.get(key);
      if (known && (known.code || /country|city state/i.test(known.description))) continue; // a national team
      const before = v[span.start - 1], before2 = v[span.start - 2];
      const opponent = !!before && OPPONENT_WORDS.has(before.head);
      const result = !!before && (before.key === 'علي' || before.key === 'امام') && !!before2 && MATCH_VERBS.has(before2.key);
      // `1 - صفر` as three tokens, or `4-1` written as one.
      const score = (isScore(v[span.end]) && v[span.end + 1]?.raw === '-' && isScore(v[span.end + 2])) || /^\d{1,2}-\d{1,2}$/.test(v[span.end]?.raw ?? '');
      if (opponent || result || score) clubs.add(key);
    }
  }
  if (clubs.size === 0) return;
  for (const s of sentences) for (const span of s.spans) if ((span.type === 'LOC' || span.source === 'model') && clubs.has(spanKey(s.views, span))) span.type = 'ORG';
}

const QUOTES = new Set(['«', '»', '"', '“', '”']);

/**
 * Names right after a head that stays outside them (the gold marks `الهلال`, not `نادي الهلال`):
 * - `جريدة الرياض`, `نادي نجران`, `صحيفة «ديلي ميل»`: a name after a paper's, a channel's or a
 *   club's head (or after the quotation mark opening it) is that organisation, whatever the tagger
 *   typed it (the city الرياض, the person ديلي ميل);
 * - `نادي الوحدة`, `فريق الغرافة`: the one word after club or team, with the article, when nothing
 *   else took it and it is no ordinary kind of team (`فريق التحقيق`), is the club;
 * - `صحيفة الفجر`: a paper's name in words with the article (up to three), where the tagger
 *   found none. Not after `تنظيم`, which is also "the organising of" (تنظيم المهرجان).
 */
function namesAfterOutsideHeads(sentences: SentenceResult[]): void {
  const head = (v: WordView | undefined, heads: ReadonlySet<string>): boolean => !!v && !v.punct && heads.has(v.head);
  for (const s of sentences) {
    const v = s.views;
    for (const span of s.spans) {
      if (span.type === 'ORG') continue;
      const before = v[span.start - 1];
      const quoted = !!before && QUOTES.has(before.raw);
      const h = quoted ? v[span.start - 2] : before;
      if (!head(h, OUTSIDE_HEADS) && !head(h, OUTLET_HEADS) && !head(h, CLUB_HEADS) && !(quoted && head(h, QUOTED_ORG_HEADS) && QUOTES.has(v[span.end]?.raw ?? ''))) continue;
      span.type = 'ORG';
      if (quoted) keepFirstLetter(v, span.start);
    }
    // منظمة «الفاو»: the head the tagger found before a quoted name, alone or with it, is no
    // part of the name.
    const headsAlone = new Set<TokenSpan>();
    for (const span of s.spans) {
      const i = span.start;
      if (i + 2 >= v.length || !QUOTES.has(v[i + 1].raw) || !head(v[i], QUOTED_ORG_HEADS)) continue;
      if (span.end === i + 1) headsAlone.add(span);
      else if (span.end > i + 2) { span.start = i + 2; span.type = 'ORG'; keepFirstLetter(v, i + 2); }
    }
    const taken = new Uint8Array(v.length);
    for (const span of s.spans) if (!headsAlone.has(span)) taken.fill(1, span.start, span.end);
    const added: TokenSpan[] = [];
    for (let i = 0; i + 1 < v.length; i++) {
      if (taken[i] || taken[i + 1]) continue;
      const n = v[i + 1];
      const quotedEnd = QUOTES.has(n.raw) ? quotedNameEnd(v, i + 2, taken) : -1;
      if (quotedEnd > 0 && (head(v[i], QUOTED_ORG_HEADS) || head(v[i], PAPER_HEADS) || head(v[i], CLUB_HEADS))) {
        added.push({ start: i + 2, end: quotedEnd, type: 'ORG', source: 'document' });
        keepFirstLetter(v, i + 2);
      } else if (head(v[i], CLUB_HEADS)) {
        if (n.prefix === 0 && n.key.startsWith('\u0627\u0644') && n.key.length >= 4 && !NOT_CLUB_NAMES.has(n.key)) added.push({ start: i + 1, end: i + 2, type: 'ORG', source: 'document' });
      } else if (head(v[i], PAPER_HEADS)) {
        let k = i + 1;
        while (k < v.length && k - i <= MAX_PAPER_NAME_WORDS && !taken[k] && !v[k].punct && v[k].prefix === 0 && chainWord(v[k]) && !gazetteer().nisba.has(v[k].key)) k++;
        if (k > i + 1) added.push({ start: i + 1, end: k, type: 'ORG', source: 'document' });
      }
    }
    if (headsAlone.size) s.spans = s.spans.filter((span) => !headsAlone.has(span));
    addSpans(s, added);
  }
}

/**
 * A name opened by a quotation mark is written whole: its first letter is no clitic (وكالة «باس
 * نيوز», not ب + اس). Views are shared between sentences (cached): replace, never change.
 */
function keepFirstLetter(v: WordView[], k: number): void {
  const w = v[k];
  if (w.prefix > 0) v[k] = { ...w, head: w.key, bare: w.key.startsWith('\u0627\u0644') ? w.key.slice(2) : w.key, prefix: 0 };
}

/** Words a quoted organisation's name may have (حزب «القوات اللبنانية»). */
const MAX_QUOTED_NAME_WORDS = 4;

/** The end of a name of words no span took from `start` to a closing quotation mark, or -1. */
function quotedNameEnd(v: WordView[], start: number, taken: Uint8Array): number {
  for (let k = start; k < v.length && k - start <= MAX_QUOTED_NAME_WORDS; k++) {
    if (QUOTES.has(v[k].raw)) return k > start ? k : -1;
    if (taken[k] || v[k].punct) return -1;
  }
  return -1;
}

/** The heads of a paper's, a channel's or a magazine's name (صحيفة, قناة, مجلة…): not تنظيم. */
const PAPER_HEADS: ReadonlySet<string> = new Set([...OUTSIDE_HEADS, ...OUTLET_HEADS].filter((h) => h !== 'تنظيم'));
/** Words with the article a paper's name may have (صحيفة الشرق الأوسط). */
const MAX_PAPER_NAME_WORDS = 3;

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
 * `فاز الهلال على الفتح`: in a sports article, a known club whose name is an ordinary word
 * elsewhere is the club (one whose name is common in sports news too only in a sentence about a
 * match), unless an adjective goes on to another name (الاتحاد الأوروبي، الهلال الأحمر;
 * a nationality is the club's own, الهلال السعودي, but not the federation's: الاتحاد السعودي لكرة
 * القدم) or the word before makes it a kind of team or a cup (منتخب الشباب، كأس الاتحاد).
 */
function clubsInSportsArticles(sentences: SentenceResult[]): void {
  let sportsWords = 0;
  for (const s of sentences) for (const v of s.views) if (SPORTS_WORDS.has(v.head)) sportsWords++;
  if (sportsWords < SPORTS_ARTICLE_WORDS) return;
  for (const s of sentences) {
    const v = s.views;
    const added: TokenSpan[] = [];
    // A sentence about a match: a result's verb, a match word, an opponent.
    const aboutMatch = v.some((w) => MATCH_VERBS.has(w.key) || MATCH_WORDS.has(w.head) || OPPONENT_WORDS.has(w.head));
    for (let i = 0; i < v.length; i++) {
      const club = ARAB_CLUBS.has(v[i].head) || (aboutMatch && AMBIGUOUS_ARAB_CLUBS.has(v[i].head));
      if (v[i].punct || !club || (i > 0 && NOT_CLUB_CONTEXT.has(v[i - 1].head))) continue;
      // An adjective goes on to another name (الاتحاد الأوروبي، الهلال الأحمر), except the club's
      // nationality; a definite noun after it is the verb's object (وقّع النصر الاتفاق).
      const n = v[i + 1];
      if (n && !n.punct && n.prefix === 0 && definiteAdjective(n.key)) {
        const federation = v[i + 2] && v[i + 2].key.startsWith('\u0644');
        if (!CLUB_NATIONALITIES.has(n.key) || federation) continue;
      }
      const over = s.spans.find((o) => o.start <= i && o.end > i);
      if (over) { if (over.start === i && over.end === i + 1) over.type = 'ORG'; continue; }
      added.push({ start: i, end: i + 1, type: 'ORG', source: 'document' });
    }
    addSpans(s, added);
  }
}

/** Words between a player's move and إلى (انضم اللاعب المصري محمد صلاح إلى). */
const MAX_TRANSFER_TO_PREPOSITION = 4;

/**
 * `مدرب سان جرمان`, `انضم صلاح إلى روما`: in a sports article, a city the tagger found after a
 * noun that takes a club (coach, player, fans) or after إلى ending a player's move is the club
 * named after it, and so is every other mention of it there. A country stays: its national team
 * is marked as the country.
 */
export function clubsNamedAfterPlaces(sentences: SentenceResult[]): void {
  let sportsWords = 0;
  for (const s of sentences) for (const v of s.views) if (SPORTS_WORDS.has(v.head)) sportsWords++;
  if (sportsWords < SPORTS_ARTICLE_WORDS) return;
  const clubs = new Set<string>();
  for (const s of sentences) {
    const v = s.views;
    for (const span of s.spans) {
      if (span.type !== 'LOC' || span.start === 0) continue;
      const key = spanKey(v, span);
      const known = gazetteer().names.get(key);
      if (known && (known.code || /country|city state/i.test(known.description))) continue;
      const before = v[span.start - 1];
      const genitive = !before.punct && before.prefix === 0 && CLUB_GENITIVE_HEADS.has(before.key);
      let moved = false;
      if (before.key === '\u0627\u0644\u0649' || before.key === '\u0627\u0644\u064a') {
        for (let k = span.start - 2; k >= 0 && k >= span.start - 1 - MAX_TRANSFER_TO_PREPOSITION && !v[k].punct; k--) if (TRANSFER_WORDS.has(v[k].head) || TRANSFER_WORDS.has(v[k].key.slice(1))) moved = true;
      }
      if (genitive || moved) clubs.add(key);
    }
  }
  if (clubs.size === 0) return;
  for (const s of sentences) for (const span of s.spans) if (span.type === 'LOC' && clubs.has(spanKey(s.views, span))) span.type = 'ORG';
}

/** A definite adjective after a name: a nisba (الأوروبي، الدولية) or a colour (الأحمر). */
function definiteAdjective(key: string): boolean {
  if (!key.startsWith('\u0627\u0644') || key.length < 5) return false;
  return key.endsWith('\u064a') || key.endsWith('\u064a\u0647') || CLUB_NAME_COLOURS.has(key);
}

const CLUB_NAME_COLOURS = new Set(['\u0627\u0644\u0627\u062d\u0645\u0631', '\u0627\u0644\u0627\u062e\u0636\u0631']);

/**
 * `بلدة الخيام`, `حي الدورة`, `مخيمي بلاطة وعين بيت الماء`: the word after a noun that only
 * heads places, when nothing took it and it is no qualifier or ordinary word, is a place; after
 * a dual (بلدتي, the two towns) the next word joined by و is the second place.
 */
function placesAfterHeads(sentences: SentenceResult[], resources: Resources): void {
  const free = (s: SentenceResult, k: number): boolean => !s.spans.some((o) => o.start <= k && o.end > k);
  // With the article the word names the place unless it qualifies the noun (بلدة الخيام, not
  // المدينة القديمة); without it, an ordinary word is an adjective (بلدة حدودية).
  const placeWord = (v: WordView | undefined): v is WordView =>
    !!v && !v.punct && isNameLike(v, 'ar') && v.key.length > 2 && !PLACE_QUALIFIERS.has(v.key) && !gazetteer().nisba.has(v.key) && !isCommonWord(v.key, 'ar', resources) &&
    !imperfectVerb(v) && !cliticOrdinaryWord(v) &&
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
    addSpans(s, added);
  }
}

/** Commas that separate the items of a list, Arabic and Latin. */
const LIST_COMMAS = new Set(['\u060c', ',']);

/** The longest item a list of places may hold that no name covers (`أم الدوم`, `حمراء الأسد`). */
const MAX_LIST_PLACE_WORDS = 2;

/**
 * `الزهرة، شوران، ولد محمد، العزيزية`, `سابك والإنماء، ملاذ للتأمين، بروج`: items of one comma list
 * are names of one kind, so where two items already are places (or organisations, and more of
 * them than of places), an item no name covers, of a few words that could begin a name, is one
 * of that kind too (local districts, villages and listed companies the tagger has never seen).
 * An item's later words that begin with و start items of their own; و stays outside the name.
 */
function namesInLists(sentences: SentenceResult[], resources: Resources): void {
  for (const s of sentences) {
    const items = listItems(s.views);
    if (items.length < 3) continue;
    const owner = new Int32Array(s.views.length).fill(-1);
    s.spans.forEach((span, n) => owner.fill(n, span.start, span.end));
    // Items run on through commas only: a list ends where an item is missing or too long.
    const added: TokenSpan[] = [];
    let runStart = 0;
    for (let k = 1; k <= items.length; k++) {
      if (k < items.length && items[k].start === items[k - 1].end + 1) continue;
      added.push(...namesInRun(s, items.slice(runStart, k), owner, resources));
      runStart = k;
    }
    addSpans(s, added);
  }
}

/** The word spans between list commas, of at most four words each. */
function listItems(views: WordView[]): Array<{ start: number; end: number }> {
  const items: Array<{ start: number; end: number }> = [];
  let start = 0;
  for (let i = 0; i <= views.length; i++) {
    if (i < views.length && !LIST_COMMAS.has(views[i].raw)) continue;
    let end = i;
    // The sentence's closing stop is no part of its last item.
    while (i === views.length && end > start && views[end - 1].punct) end--;
    let a = start;
    // A list's first item follows whatever opens it (مخططات الزهرة): keep its last words only.
    if (i < views.length && items.length === 0) a = Math.max(start, end - 1);
    if (end > a && end - a <= 4 && views.slice(a, end).every((v) => !v.punct)) items.push({ start: a, end });
    start = i + 1;
  }
  return items;
}

/** The longest item a list of organisations may hold that no name covers (`ملاذ للتأمين`). */
const MAX_LIST_ORGANISATION_WORDS = 3;

function namesInRun(s: SentenceResult, run: Array<{ start: number; end: number }>, owner: Int32Array, resources: Resources): TokenSpan[] {
  if (run.length < 3) return [];
  // The list's kind is the kind most of its named items hold (جبل عير with only عير found counts).
  // Other kinds count only as whole items: the tagger often finds a person's name inside a
  // place's (ولد محمد, الملك فهد).
  const holds = (it: { start: number; end: number }, type: string): boolean => {
    for (let k = it.start; k < it.end; k++) if (owner[k] >= 0 && s.spans[owner[k]].type === type) return true;
    return false;
  };
  const isOther = (it: { start: number; end: number }, type: string): boolean => {
    const n = owner[it.start];
    return n >= 0 && s.spans[n].type !== type && s.spans[n].start === it.start && s.spans[n].end === it.end;
  };
  const places = run.filter((it) => holds(it, 'LOC')).length;
  const organisations = run.filter((it) => holds(it, 'ORG')).length;
  const type = places >= organisations ? 'LOC' : 'ORG';
  const count = Math.max(places, organisations);
  if (count < 2 || run.filter((it) => isOther(it, type)).length >= count) return [];
  const maxWords = type === 'LOC' ? MAX_LIST_PLACE_WORDS : MAX_LIST_ORGANISATION_WORDS;
  const added: TokenSpan[] = [];
  for (const it of run.flatMap((item) => conjuncts(s.views, item))) {
    if (it.end - it.start > maxWords) continue;
    let free = true;
    for (let k = it.start; k < it.end; k++) if (owner[k] >= 0) free = false;
    if (!free) continue;
    let first = s.views[it.start];
    if (first.prefix === 0 && first.raw[0] === '\u0648' && first.key.length > 3) first = { ...first, ...withoutConjunction(first) };
    if (!listNameWord(first, resources)) continue;
    let rest = true;
    for (let k = it.start + 1; k < it.end; k++) if (!isNameLike(s.views[k], 'ar')) rest = false;
    if (!rest) continue;
    s.views[it.start] = first;
    added.push({ start: it.start, end: it.end, type, source: 'document' });
  }
  return added;
}

/** An item split before each later word that begins with و (`الصفوة والمروج`: two places). */
function conjuncts(views: WordView[], item: { start: number; end: number }): Array<{ start: number; end: number }> {
  const parts: Array<{ start: number; end: number }> = [];
  let start = item.start;
  for (let k = item.start + 1; k < item.end; k++) {
    if (views[k].raw[0] !== '\u0648' || views[k].key.length <= 3) continue;
    parts.push({ start, end: k });
    start = k;
  }
  parts.push({ start, end: item.end });
  return parts;
}

/** و cut from the word's front, kept as its clitic prefix. */
function withoutConjunction(v: WordView): Pick<WordView, 'head' | 'bare' | 'prefix'> {
  const rest = viewWord(v.raw.slice(1));
  return { head: rest.head, bare: rest.bare, prefix: 1 + rest.prefix };
}

/** A word that may begin a listed name: no qualifier, nationality or ordinary word. */
function listNameWord(v: WordView, resources: Resources): boolean {
  if (!isNameLike(v, 'ar') || v.head.length < 3 || PLACE_QUALIFIERS.has(v.head) || gazetteer().nisba.has(v.head)) return false;
  return !isCommonWord(v.head, 'ar', resources);
}

/** Words a route's name may have after its head (طريق الأمير نايف بن عبد العزيز). */
const MAX_ROUTE_NAME_WORDS = 6;

/**
 * `طريق الملك فهد`, `جسر السلام`, `وادي العقيق`: a road, bridge, square or valley named after a
 * person or a word is one place with its head noun (dropping it names the person or the word).
 * The name is a person or place found there, a title and the name after it, or a definite or
 * unknown word; `طريق` only with a person, a place or an unknown word, and never after عن (عن
 * طريق: by way of).
 */
function routeNames(sentences: SentenceResult[], resources: Resources): void {
  for (const s of sentences) {
    const v = s.views;
    const added: TokenSpan[] = [];
    for (let i = 0; i + 1 < v.length; i++) {
      const head = headNoun(v[i], ROUTE_HEADS);
      if (!head || (i > 0 && v[i - 1].key === '\u0639\u0646')) continue;
      if (s.spans.some((o) => o.start <= i && o.end > i)) continue;
      const figurative = FIGURATIVE_ROUTE_HEADS.has(head.head);
      let end = -1;
      const found = s.spans.find((o) => o.start === i + 1);
      const titled = PERSON_TITLES.has(v[i + 1].head) ? s.spans.find((o) => o.start === i + 2 && (o.type === 'PER' || o.type === 'LOC')) : undefined;
      // طريق الملك فهد: a listed person after the title, where the tagger marked nothing.
      const listed = PERSON_TITLES.has(v[i + 1].head) && i + 2 < v.length && !s.spans.some((o) => o.start <= i + 2 && o.end > i + 2) ? gazetteerAt(v, i + 2) : null;
      if (found && (found.type === 'PER' || found.type === 'LOC')) end = found.end;
      else if (titled) end = titled.end;
      else if (listed?.type === 'PER') end = listed.end;
      else if (v[i + 1].prefix === 0 && isNameLike(v[i + 1], 'ar') && !PLACE_QUALIFIERS.has(v[i + 1].key) && !gazetteer().nisba.has(v[i + 1].key)) {
        const unknown = lexiconClass(v[i + 1].key, []) === 'n' && !isCommonWord(v[i + 1].key, 'ar', resources);
        if (unknown || (!figurative && v[i + 1].key.startsWith('\u0627\u0644'))) end = i + 2;
      }
      // A name never runs on into the next road (طريق الملك فهد وجسر …).
      for (let j = i + 2; j < end; j++) if (headNoun(v[j], ROUTE_HEADS)) { end = j; break; }
      if (end < 0 || end - i - 1 > MAX_ROUTE_NAME_WORDS) continue;
      if (end < v.length && FACILITY_NAME_ENDS.has(v[end].key) && !s.spans.some((o) => o.start === end)) end++;
      // What the tagger found inside goes, with what it ran on into (فهد وجسر).
      s.spans = s.spans.filter((o) => !(o.start > i && o.start < end));
      v[i] = head; // its clitic (وشارع، بطريق) stays outside the name
      added.push({ start: i, end, type: 'LOC', source: 'document' });
    }
    addSpans(s, added);
  }
}

/**
 * `كاظم الساهر` … `الساهر والجسمي يفاجئان`, `توم فلتشر` … `لفت فلتشر`: a family name written
 * with the article (الساهر, الحمراني) or one no dictionary knows (فلتشر), the last word of a
 * person's fuller name in the article, is that person alone too, unless it is a nationality
 * (الروسي) or a word the tagger's training saw mostly outside names. (Given names alone, tried
 * the same way, cost 0.014 on ANERcorp's development split: they are ordinary words too often.)
 */
function arabicFamilyNames(sentences: SentenceResult[], resources: Resources): void {
  const families = new Set<string>();
  for (const s of sentences) {
    for (const span of s.spans) {
      if (span.type !== 'PER' || span.end - span.start < 2) continue;
      const last = s.views[span.end - 1];
      if (!last.punct && !gazetteer().nisba.has(last.key) && !isCommonWord(last.key, 'ar', resources)) {
        // الساهر; فلتشر, a family name no dictionary knows (an ordinary word alone names no one).
        if (last.key.startsWith('\u0627\u0644') ? last.key.length >= 5 : last.key.length >= 4 && lexiconClass(last.key, []) === 'n' && !PERSON_TITLES.has(last.key)) families.add(last.key);
      }
    }
  }
  if (families.size === 0) return;
  for (const s of sentences) {
    const taken = new Uint8Array(s.views.length);
    for (const span of s.spans) taken.fill(1, span.start, span.end);
    const added: TokenSpan[] = [];
    s.views.forEach((v, i) => { if (!taken[i] && !v.punct && families.has(v.head)) added.push({ start: i, end: i + 1, type: 'PER', source: 'document' }); });
    addSpans(s, added);
  }
}

/**
 * `كأس مصر`, `مهرجان «صيف دبي»`, `معرض «…»`: a place or an organisation right after the head of
 * an event's name (or after the quotation mark opening it) is part of that name, which the gold
 * does not mark (no MISC), so the name found there goes.
 */
function namesInEvents(sentences: SentenceResult[]): void {
  const eventHead = (v: WordView | undefined): boolean => !!v && !v.punct && (EVENT_HEADS.has(v.head) || EVENT_HEADS.has(v.bare) || PRODUCT_HEADS.has(v.head));
  for (const s of sentences) {
    s.spans = s.spans.filter((span) => {
      if (span.type !== 'LOC' && span.type !== 'ORG') return true;
      const before = s.views[span.start - 1];
      if (eventHead(before)) return false;
      // Anywhere inside a quoted title right after the head: مهرجان « ربيع جرش ».
      for (let k = span.start - 1; k >= 0 && span.start - k <= MAX_EVENT_TITLE_WORDS; k--) {
        if (QUOTES.has(s.views[k].raw)) return !eventHead(s.views[k - 1]);
      }
      return true;
    });
  }
}

/** How far into an event's quoted title a name may sit and still be part of it. */
const MAX_EVENT_TITLE_WORDS = 4;

const PER_BIT = 1;

/** Could this word be part of a foreign person's name? Not a dictionary word, or a known given name. */
function foreignNameWord(v: WordView | undefined, resources: Resources): v is WordView {
  if (!v || v.punct || v.prefix !== 0 || v.key.startsWith('ال') || v.key.length < 3 || !isNameLike(v, 'ar') || isCommonWord(v.key, 'ar', resources)) return false;
  const g = gazetteer();
  const bits = g.wordTypes.get(v.key) ?? 0;
  if (bits && !(bits & PER_BIT)) return false; // a known place or organisation
  return g.givenNames.has(v.key) || (bits & PER_BIT) !== 0 || lexiconClass(v.key, cliticPrefixCandidates(v.raw)) === 'n';
}

/**
 * `للبرازيلي فريد`, `المدافع البرازيلي اندرسون`: a masculine nationality adjective followed by
 * words no dictionary knows is a person of that nationality (up to three words).
 */
function personAfterNationality(sentences: SentenceResult[], resources: Resources): void {
  const g = gazetteer();
  for (const s of sentences) {
    const v = s.views;
    const taken = new Uint8Array(v.length);
    for (const span of s.spans) taken.fill(1, span.start, span.end);
    const added: TokenSpan[] = [];
    for (let i = 0; i + 1 < v.length; i++) {
      const head = v[i].head;
      if (!CLUB_NATIONALITIES.has(head) && !(g.nisba.has(head) && !head.endsWith('يه'))) continue;
      let k = i + 1;
      while (k < v.length && k - i <= 3 && !taken[k] && foreignNameWord(v[k], resources)) k++;
      if (k > i + 1) {
        added.push({ start: i + 1, end: k, type: 'PER', source: 'document' });
        taken.fill(1, i + 1, k);
        i = k - 1;
      }
    }
    addSpans(s, added);
  }
}

/** A title that is a group's name too: الفريق is a general's rank and the team (للفريق الأهلي). */
const TEAM_TITLES: ReadonlySet<string> = new Set(['\u0627\u0644\u0641\u0631\u064a\u0642']);

/**
 * `الفنان الخرندا`, `قال المهندس «الغبان»`: a title with the article stands in apposition to the
 * person it names (without it, a title takes a genitive: `مدرب روما`, `رئيس الاتحاد`), so a name
 * the tagger typed a place or an organisation right after it is a person, and so is every other
 * mention of that name in the article. So is one a title without the article follows (`فريمبونج
 * لاعب فريق أوفا`: the player's title after his name), unless the list knows it as a place or body.
 */
export function personsAfterDefiniteTitles(sentences: SentenceResult[]): void {
  const persons = new Set<string>();
  for (const s of sentences) {
    const v = s.views;
    for (const span of s.spans) {
      // An organisation a document rule built from its head (الأمير مركز …: an object) stays.
      if ((span.type !== 'LOC' && span.type !== 'ORG') || (span.type === 'ORG' && span.source === 'document')) continue;
      const before = v[span.start - 1];
      const title = before && QUOTES.has(before.raw) ? v[span.start - 2] : before;
      if (!title || title.punct || !title.head.startsWith('\u0627\u0644') || !PERSON_TITLES.has(title.head) || TEAM_TITLES.has(title.head)) continue;
      if (s.spans.some((o) => o !== span && o.start < span.start && o.end >= span.start - 1)) continue;
      persons.add(spanKey(v, span));
    }
  }
  // `فريمبونج لاعب فريق أوفا`, `X، رئيس اللجنة`: a word the list does not know as a place or body,
  // followed by a title without the article (in apposition: the title of the person named).
  for (const s of sentences) {
    const v = s.views;
    for (const span of s.spans) {
      if ((span.type !== 'LOC' && span.type !== 'ORG') || span.source !== 'model' || gazetteer().names.has(spanKey(v, span))) continue;
      const next = v[span.end]?.raw === '\u060c' || v[span.end]?.raw === ',' ? v[span.end + 1] : v[span.end];
      if (next && !next.punct && next.prefix === 0 && !next.key.startsWith('\u0627\u0644') && PERSON_TITLES.has(next.key) && !s.spans.some((o) => o.start === span.end || o.start === span.end + 1)) persons.add(spanKey(v, span));
    }
  }
  if (persons.size === 0) return;
  for (const s of sentences) for (const span of s.spans) if ((span.type === 'LOC' || span.type === 'ORG') && persons.has(spanKey(s.views, span))) span.type = 'PER';
}

/** A speech verb, its conjunction aside (وقال, فأضاف). */
const isSpeechVerb = (v: WordView): boolean => AR_SPEECH_VERBS.has(v.key) || ((v.key[0] === 'و' || v.key[0] === 'ف') && AR_SPEECH_VERBS.has(v.key.slice(1)));

/**
 * `وقال البدري مدير الكرة`, `وناشد محرم الراغب مدير عام النادي`: between a speech verb and an
 * office without the article (مدير, رئيس, وزير) stand one to three words that name who spoke.
 */
function speakerBeforeRole(sentences: SentenceResult[], resources: Resources): void {
  for (const s of sentences) {
    const v = s.views;
    const added: TokenSpan[] = [];
    for (let i = 0; i + 2 < v.length; i++) {
      if (!isSpeechVerb(v[i])) continue;
      let k = i + 1;
      while (k < v.length && k - i <= 3 && !v[k].punct && v[k].prefix === 0 && isNameLike(v[k], 'ar') && !PERSON_TITLES.has(v[k].key) && !isCommonWord(v[k].key, 'ar', resources)) k++;
      const role = v[k];
      if (k === i + 1 || !role || role.key.startsWith('ال') || !PERSON_TITLES.has(role.key)) continue;
      if (s.spans.some((o) => o.start < k && o.end > i + 1)) continue;
      added.push({ start: i + 1, end: k, type: 'PER', source: 'document' });
    }
    addSpans(s, added);
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
