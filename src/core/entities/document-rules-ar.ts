import { addSpans, chainWord, owners, type SentenceResult, type TokenSpan } from './rules';
import { QUOTE_MARKS, type WordView } from './words';
import {
  BLESSING_VERBS, CLUB_HEADS, EVENT_HEADS, NOT_CLUB_NAMES, OUTLET_HEADS, OUTSIDE_HEADS, PRODUCT_HEADS,
  QUOTED_ORG_HEADS,
} from '../lang/ar/name-cues';
import { gazetteer } from './gazetteer';
import { normalizeArabic } from '../text/normalize';
import { fieldsOfCompanies, institutionsNamedAfterPeople, localOffices, nisbasOfOrganisations, officesInPlaces } from './document-rules-ar-institutions';
import type { Resources } from '../resources';
import { clubsByMatch, clubsByNationality, clubsInSportsArticles, clubsNamedAfterPlaces } from './document-rules-ar-clubs';
import { namesInLists, placesAfterHeads, routeNames } from './document-rules-ar-places';
import {
  arabicFamilyNames, conjunctionOutsideNames, joinConjoinedFirstNames, personAfterNationality, personsBeforeTitles,
  speakerBeforeRole, isSpeechVerb,
} from './document-rules-ar-persons';

/**
 * Arabic corrections over a whole document, after the tagger, the rules and the spreading of
 * names, in the order they run: clubs (document-rules-ar-clubs.ts), places, lists and roads
 * (document-rules-ar-places.ts), local offices and institutions (document-rules-ar-institutions.ts),
 * persons (document-rules-ar-persons.ts); here, names after the heads that stay outside them
 * (صحيفة، نادي، حزب «…»), quoted places, names inside events' names and blessings.
 */

/** The Arabic document rules in the order they run, by the names the pipeline gives them. */
export const ARABIC_DOCUMENT_RULES: ReadonlyArray<readonly [string, (results: SentenceResult[], resources: Resources) => void]> = [
  ['conjoined-first-names', joinConjoinedFirstNames],
  ['clubs-by-nationality', clubsByNationality],
  ['clubs-by-match', clubsByMatch],
  ['quoted-places', quotedPlaces],
  ['outlets-told', outletsTold],
  ['names-after-outside-heads', namesAfterOutsideHeads],
  ['clubs-in-sports-articles', clubsInSportsArticles],
  ['clubs-named-after-places', clubsNamedAfterPlaces],
  ['places-after-heads', placesAfterHeads],
  ['route-names', routeNames],
  ['local-offices', localOffices],
  ['offices-in-places', officesInPlaces],
  ['institutions-named-after-people', institutionsNamedAfterPeople],
  ['organisation-nisbas', nisbasOfOrganisations],
  ['fields-of-companies', fieldsOfCompanies],
  ['names-in-lists', namesInLists],
  ['person-after-nationality', personAfterNationality],
  ['persons-before-titles', personsBeforeTitles],
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
      const quoted = !!before && QUOTE_MARKS.has(before.raw);
      const h = quoted ? v[span.start - 2] : before;
      if (!head(h, OUTSIDE_HEADS) && !head(h, OUTLET_HEADS) && !head(h, CLUB_HEADS) && !(quoted && head(h, QUOTED_ORG_HEADS) && QUOTE_MARKS.has(v[span.end]?.raw ?? ''))) continue;
      span.type = 'ORG';
      if (quoted) keepFirstLetter(v, span.start);
    }
    // منظمة «الفاو»: the head the tagger found before a quoted name, alone or with it, is no
    // part of the name.
    const headsAlone = new Set<TokenSpan>();
    for (const span of s.spans) {
      const i = span.start;
      if (i + 2 >= v.length || !QUOTE_MARKS.has(v[i + 1].raw) || !head(v[i], QUOTED_ORG_HEADS)) continue;
      if (span.end === i + 1) headsAlone.add(span);
      else if (span.end > i + 2) { span.start = i + 2; span.type = 'ORG'; keepFirstLetter(v, i + 2); }
    }
    const taken = new Uint8Array(v.length);
    for (const span of s.spans) if (!headsAlone.has(span)) taken.fill(1, span.start, span.end);
    const added: TokenSpan[] = [];
    for (let i = 0; i + 1 < v.length; i++) {
      if (taken[i] || taken[i + 1]) continue;
      const n = v[i + 1];
      const quotedEnd = QUOTE_MARKS.has(n.raw) ? quotedNameEnd(v, i + 2, taken) : -1;
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
    if (QUOTE_MARKS.has(v[k].raw)) return k > start ? k : -1;
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
      if (span.type !== 'LOC' || start === 0 || end >= s.views.length || !QUOTE_MARKS.has(s.views[start - 1].raw) || !QUOTE_MARKS.has(s.views[end].raw)) continue;
      span.type = 'ORG';
    }
  }
}

/**
 * `وقال مصدر لـ«المدينة»`, `في تصريح لـ"الاقتصادية"`: a short quoted name glued to لـ after a
 * speech verb or a statement noun of its sentence is the outlet spoken to, an organisation
 * (the Saudi press names itself so in most reports).
 */
function outletsTold(sentences: SentenceResult[]): void {
  for (const s of sentences) {
    const v = s.views;
    let owner: Int32Array | null = null;
    const outlets: TokenSpan[] = [];
    const replaced = new Set<number>();
    for (let i = 1; i + 2 < v.length; i++) {
      if (!TOLD_TO.has(v[i].raw) || !QUOTE_MARKS.has(v[i + 1].raw)) continue;
      const start = i + 2;
      let end = start;
      while (end < v.length && end - start <= MAX_OUTLET_WORDS && !v[end].punct) end++;
      if (end === start || end - start > MAX_OUTLET_WORDS || !QUOTE_MARKS.has(v[end]?.raw ?? '') || !spokenBefore(v, i)) continue;
      // What the tagger found inside the marks (النهار of «النهار الجديد») gives way to the whole
      // name; a span reaching outside them leaves the quotation alone.
      owner ??= owners(s);
      const inside: number[] = [];
      let crosses = false;
      for (let k = start; k < end; k++) {
        const n = owner[k];
        if (n < 0) continue;
        if (s.spans[n].start < start || s.spans[n].end > end) crosses = true;
        else inside.push(n);
      }
      if (crosses) continue;
      for (const n of inside) replaced.add(n);
      outlets.push({ start, end, type: 'ORG', source: 'document' });
      keepFirstLetter(v, start);
      i = end;
    }
    if (outlets.length === 0) continue;
    s.spans = s.spans.filter((_, n) => !replaced.has(n));
    addSpans(s, outlets);
  }
}

/** لـ and ل written apart from the quotation mark that follows. */
const TOLD_TO: ReadonlySet<string> = new Set(['لـ', 'ل']);
const MAX_OUTLET_WORDS = 3;
/** How far before لـ the speech verb or statement noun may stand (وقال مدير الإدارة العامة للمرور لـ…). */
const TOLD_WINDOW = 8;

function spokenBefore(v: WordView[], i: number): boolean {
  for (let k = i - 1; k >= 0 && i - k <= TOLD_WINDOW; k--) {
    if (isSpeechVerb(v[k]) || AR_STATEMENT_NOUNS.has(v[k].head) || AR_STATEMENT_NOUNS.has(v[k].key.replace(/^[وف]/, ''))) return true;
    if (v[k].raw === '.' || QUOTE_MARKS.has(v[k].raw)) return false;
  }
  return false;
}

/** تصريح، تصريحات، حديث، مقابلة: what one says to an outlet. */
const AR_STATEMENT_NOUNS: ReadonlySet<string> = new Set(['تصريح', 'تصريحات', 'تصريحه', 'تصريحها', 'حديث', 'حديثه', 'حديثها', 'مقابله', 'حوار', 'تصريحاته'].map(normalizeArabic));

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
        if (QUOTE_MARKS.has(s.views[k].raw)) return !eventHead(s.views[k - 1]);
      }
      return true;
    });
  }
}

/** How far into an event's quoted title a name may sit and still be part of it. */
const MAX_EVENT_TITLE_WORDS = 4;
