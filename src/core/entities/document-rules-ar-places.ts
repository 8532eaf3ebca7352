import { addSpans, gazetteerAt, owners, type SentenceResult, type TokenSpan } from './rules';
import { cliticOrdinaryWord, imperfectVerb, isNameLike, viewWord, withoutConjunction, type WordView } from './words';
import { lexiconClass } from './lexicon';
import { PERSON_TITLES } from './cues';
import {
  DUAL_PLACE_HEADS, FACILITY_NAME_ENDS, FIGURATIVE_ROUTE_HEADS, PLACE_QUALIFIERS, ROUTE_HEADS, STRONG_PLACE_HEADS,
} from '../lang/ar/name-cues';
import { gazetteer } from './gazetteer';
import { headNoun } from './document-rules-ar-institutions';
import { isCommonWord } from './tagger';
import type { Resources } from '../resources';

/**
 * Arabic document rules for places: the word after a noun that only heads places (بلدة الخيام),
 * the unknown items of a list of places or organisations (الزهرة، شوران، العزيزية), and roads,
 * bridges and buildings with their heads (طريق الملك فهد, مطار الملك خالد).
 */

/**
 * `بلدة الخيام`, `حي الدورة`, `مخيمي بلاطة وعين بيت الماء`: the word after a noun that only
 * heads places, when nothing took it and it is no qualifier or ordinary word, is a place; after
 * a dual (بلدتي, the two towns) the next word joined by و is the second place.
 */
export function placesAfterHeads(sentences: SentenceResult[], resources: Resources): void {
  const free = (s: SentenceResult, k: number): boolean => !s.spans.some((o) => o.start <= k && o.end > k);
  // With the article the word names the place unless it qualifies the noun (بلدة الخيام, not
  // المدينة القديمة); without it, an ordinary word is an adjective (بلدة حدودية).
  const placeWord = (v: WordView | undefined): v is WordView =>
    !!v && !v.punct && isNameLike(v, 'ar') && v.key.length > 2 && !PLACE_QUALIFIERS.has(v.key) && !gazetteer().nisba.has(v.key) && !isCommonWord(v.key, 'ar', resources, true) &&
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
export function namesInLists(sentences: SentenceResult[], resources: Resources): void {
  for (const s of sentences) {
    const items = listItems(s.views);
    if (items.length < 3) continue;
    const owner = owners(s);
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
    if (first.prefix === 0 && first.raw[0] === '\u0648' && first.key.length > 3) first = withoutConjunction(first);
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

/** A word that may begin a listed name: no qualifier, nationality or ordinary word. */
function listNameWord(v: WordView, resources: Resources): boolean {
  if (!isNameLike(v, 'ar') || v.head.length < 3 || PLACE_QUALIFIERS.has(v.head) || gazetteer().nisba.has(v.head)) return false;
  return !isCommonWord(v.head, 'ar', resources, true);
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
export function routeNames(sentences: SentenceResult[], resources: Resources): void {
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
        const unknown = lexiconClass(v[i + 1].key, []) === 'n' && !isCommonWord(v[i + 1].key, 'ar', resources, true);
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
