import type { Lang } from './features';
import { gazetteer, GAZ_BITS, GAZ_FIRST_SHIFT } from './gazetteer';
import { gazetteerAt, takenWords, type SentenceResult, type TokenSpan } from './rules';
import { isCommonWord } from './tagger';
import { lexiconClass } from './lexicon';
import { PERSON_TITLES } from './cues';
import { cliticOrdinaryWord, hasTanween, imperfectVerb, isNameLike, spanKey, type WordView } from './words';
import { isArabicFunctionWord } from '../lang/ar/stop-words';
import { CLUB_HEADS, CLUB_KINDS, OUTSIDE_HEADS } from '../lang/ar/name-cues';
import type { Resources } from '../resources';

/**
 * Corrections to the spans of a whole document that the tagger cannot see one sentence at a
 * time: names joined by the conjunction و, and given names that announce a family name. The
 * corrections only English needs are in adjust-en.ts, the Arabic document rules in
 * document-rules-ar.ts.
 */

const PER_FIRST = GAZ_BITS.PER << GAZ_FIRST_SHIFT;

/** Words that begin a name somewhere in the document (their clitics removed), or in the gazetteer. */
function nameStarts(sentences: SentenceResult[]): Set<string> {
  const starts = new Set<string>();
  for (const s of sentences) for (const span of s.spans) starts.add(s.views[span.start].head);
  return starts;
}

/**
 * `بوتين وشي` is two people, not one name: a person or place span is cut before an inner word
 * written with the conjunction و when the rest of that word begins a name (in this document or
 * in the gazetteer) and the whole word is not itself a known name (وليد, وائل). Organisations keep
 * their و (`وزارة العمل والشؤون الاجتماعية`).
 */
/**
 * Two person spans side by side with nothing between are one person the tagger cut in two
 * (إليزابيث | إيكونومي): a second name is set off by و, a comma or a dash, which split them.
 */
export function joinAdjacentPersons(sentences: SentenceResult[]): void {
  for (const s of sentences) {
    const out: TokenSpan[] = [];
    for (const span of s.spans) {
      const last = out[out.length - 1];
      if (last && last.type === 'PER' && span.type === 'PER' && last.end === span.start && s.views[span.start].prefix === 0) {
        out[out.length - 1] = { ...last, end: span.end };
      } else out.push(span);
    }
    s.spans = out;
  }
}

export function splitConjoinedNames(sentences: SentenceResult[]): void {
  const starts = nameStarts(sentences);
  const g = gazetteer();
  const beginsName = (rest: string): boolean => starts.has(rest) || ((g.wordTypes.get(rest) ?? 0) & PER_FIRST) !== 0 || g.names.has(rest);
  for (const s of sentences) {
    const out: TokenSpan[] = [];
    for (const span of s.spans) {
      if (span.type !== 'PER' && span.type !== 'LOC') { out.push(span); continue; }
      let start = span.start;
      for (let i = span.start + 1; i < span.end; i++) {
        const v = s.views[i];
        if (v.key.length < 3 || v.key[0] !== 'و' || g.wordTypes.has(v.key)) continue;
        if (!beginsName(v.key.slice(1)) && !(v.prefix === 1 && beginsName(v.head))) continue;
        out.push({ ...span, start, end: i });
        start = i;
      }
      out.push({ ...span, start, end: span.end });
    }
    s.spans = out;
  }
}

/** The view's word is a given name (`ستيفن`, `إليزابيث`), clitics aside. */
const isGivenName = (v: WordView): boolean => gazetteer().givenNames.has(v.key) || (v.prefix > 0 && gazetteer().givenNames.has(v.head));

/** Could this word be a family name after a given name? Unknown, not a function word, no article. */
function familyNameLike(v: WordView, lang: Lang, resources: Resources): boolean {
  if (!isNameLike(v, lang) || v.prefix > 0) return false;
  if (lang === 'ar' && (v.key.startsWith('ال') || cliticOrdinaryWord(v) || imperfectVerb(v))) return false;
  return !isCommonWord(v.key, lang, resources);
}

/**
 * A person's span that stops at a given name takes the family name after it, even across a
 * misplaced bracket (`ستيفن) بيغان`); a span that starts right after a given name takes it in
 * (`إليزابيث إيكونومي` found as `إيكونومي`).
 */
export function extendGivenNames(sentences: SentenceResult[], lang: Lang, resources: Resources): void {
  for (const s of sentences) {
    const { views } = s;
    // `(لوزارة الخارجية الأميركية ستيفن) بيغان`: a given name that ends an organisation or place
    // before a bracket begins the person after it; it leaves that name first.
    const split: TokenSpan[] = [];
    for (const span of s.spans) {
      const bracket = views[span.end]?.raw === ')' || views[span.end]?.raw === '(';
      if (span.type === 'PER' || span.end - span.start < 2 || !bracket || !isGivenName(views[span.end - 1])) continue;
      split.push({ ...span, start: span.end - 1 });
      span.end--;
    }
    if (split.length) s.spans = [...s.spans, ...split].sort((a, b) => a.start - b.start);
    const taken = takenWords(s);
    for (const span of s.spans) {
      // A known given name alone before a bracket, typed otherwise by the tagger (`مارتن)` as
      // ORG after a ministry), is a person when a family name follows the bracket.
      const givenAlone = span.type !== 'PER' && span.end - span.start === 1 && isGivenName(views[span.start]) && !gazetteer().names.has(views[span.start].key)
        && (views[span.end]?.raw === ')' || views[span.end]?.raw === '(');
      if (span.type !== 'PER' && !givenAlone) continue;
      const before = views[span.start - 1];
      if (!givenAlone && before && !taken[span.start - 1] && isGivenName(before)) {
        taken[--span.start] = 1;
      }
      let end = span.end;
      while (end > span.start + 1 && views[end - 1].punct) end--; // `ستيفن )` as the tagger found it
      if (end - span.start !== 1 || !isGivenName(views[span.start])) continue;
      span.end = end;
      let next = span.end;
      if (views[next]?.raw === ')' || views[next]?.raw === '(') next++;
      if (next < views.length && !taken[next] && familyNameLike(views[next], lang, resources)) {
        taken.fill(1, span.end, next + 1);
        span.end = next + 1;
        span.type = 'PER';
      } else if (next > span.end) {
        // `مارتن) غريفيتس` found as two people: one name cut by the bracket.
        // Whatever the tagger typed it, unless the gazetteer knows the word as a place or body.
        const family = s.spans.find((x) => x.start === next && x.end - x.start === 1 && (x.type === 'PER' || !gazetteer().names.has(views[next].key)));
        if (family) {
          span.end = family.end;
          span.type = 'PER';
          family.end = family.start; // emptied; dropped below
        }
      }
    }
    s.spans = s.spans.filter((x) => x.end > x.start);
  }
}

/** A word the gazetteer knows as (part of) a person's name or as a given name. */
function knownPersonWord(head: string): boolean {
  const g = gazetteer();
  return g.givenNames.has(head) || ((g.wordTypes.get(head) ?? 0) & GAZ_BITS.PER) !== 0;
}

/**
 * `عزت أبو عوف برنامجا`, `جيمس جونز توافر`: the tagger runs a person's name on into the next
 * word when it does not know it. The last word of a longer name is cut when the training data
 * saw it often and almost never in a name, or when it is a dictionary word with the accusative
 * ending ـًا (برنامجا, متضامنا), which no family name takes. Words written with tanween leave the
 * edges of every name.
 */
export function trimOrdinaryLastWords(sentences: SentenceResult[], resources: Resources): void {
  const g = gazetteer();
  for (const s of sentences) {
    for (const span of s.spans) {
      if (span.type !== 'PER' || span.source !== 'model') continue;
      // `اعترفتا ببوتين`: a preposition glued to a known person's name inside the span (ب, ل,
      // ك) starts that name; a name never runs on across a preposition, so what came before goes.
      for (let k = span.end - 1; k > span.start; k--) {
        const v = s.views[k];
        if (v.prefix > 0 && 'بلك'.includes(v.raw[v.prefix - 1]) && knownPersonWord(v.head)) { span.start = k; break; }
      }
      while (span.end - span.start > 1) {
        const last = s.views[span.end - 1];
        if (last.punct || g.wordTypes.has(last.key) || g.givenNames.has(last.key)) break;
        const accusative = last.key.length > 4 && last.key.endsWith('ا') && !last.key.endsWith('اا') && (lexiconClass(last.key, []) !== 'n' || lexiconClass(last.key.slice(0, -1), []) === 'k');
        if (!accusative && !hasTanween(last.raw) && !isCommonWord(last.key, 'ar', resources) && !imperfectVerb(last)) break;
        span.end--;
      }
    }
    // `سيفًا مرصّعًا`: words written with tanween are indefinite nouns and adjectives, never
    // names, and function words (أية, غير) are no names either: they leave every name's edges,
    // and a name of nothing else goes.
    const ordinary = (v: WordView): boolean => hasTanween(v.raw) || isArabicFunctionWord(v.key);
    for (const span of s.spans) {
      // A known name is written whole (عين اليوم, a news site): its words are no ordinary edges.
      if (span.source === 'known') continue;
      while (span.start < span.end && ordinary(s.views[span.start])) span.start++;
      while (span.end > span.start && ordinary(s.views[span.end - 1])) span.end--;
    }
    s.spans = s.spans.filter((span) => span.end > span.start);
  }
}

/**
 * `الملا محمد عمر`, `President Obama`: a title the tagger took into a person's name is left
 * outside it (the gold, ours and ANERcorp's, keeps titles out of names).
 */
export function titlesOutsideNames(sentences: SentenceResult[]): void {
  for (const s of sentences) {
    for (const span of s.spans) {
      if (span.type !== 'PER') continue;
      while (span.end - span.start > 1 && (PERSON_TITLES.has(s.views[span.start].head) || PERSON_TITLES.has(s.views[span.start].key))) span.start++;
    }
  }
}

/** `تنظيم داعش`, `صحيفة الوئام`, `نادي الهلال`: a head that only says what kind of organisation follows is left outside its name. */
export function descriptorHeadsOutside(sentences: SentenceResult[]): void {
  for (const s of sentences) {
    for (const span of s.spans) {
      if (span.type !== 'ORG' || span.end - span.start < 2) continue;
      const head = s.views[span.start].bare;
      if (OUTSIDE_HEADS.has(head) || (CLUB_HEADS.has(head) && !CLUB_KINDS.has(s.views[span.end - 1].key))) span.start++;
    }
  }
}

/**
 * One name, one type in a document: a name the components typed differently in places (a
 * company three times a place and twice a person) takes the type most of its mentions have.
 * A tie leaves each mention as it was found.
 */
export function consistentTypes(sentences: SentenceResult[]): void {
  const votes = new Map<string, Map<TokenSpan['type'], number>>();
  for (const s of sentences) {
    for (const span of s.spans) {
      const key = spanKey(s.views, span);
      const counts = votes.get(key) ?? new Map<TokenSpan['type'], number>();
      counts.set(span.type, (counts.get(span.type) ?? 0) + 1);
      votes.set(key, counts);
    }
  }
  const winners = new Map<string, TokenSpan['type']>();
  for (const [key, counts] of votes) {
    if (counts.size < 2) continue;
    const ranked = [...counts].sort((a, b) => b[1] - a[1]);
    if (ranked[0][1] > ranked[1][1]) winners.set(key, ranked[0][0]);
  }
  if (winners.size === 0) return;
  for (const s of sentences) for (const span of s.spans) span.type = winners.get(spanKey(s.views, span)) ?? span.type;
}

/**
 * `أمين الطائف` (Taif's mayor): the tagger reads a name after a word that is also a title or a given
 * name as a person, and the spreading that follows would make the city a person all through the
 * article. A span that is exactly a place the gazetteer lists is that place, whatever the tagger
 * guessed for its person-like context. Runs before the names spread.
 */
export function listedPlacesArePlaces(sentences: SentenceResult[]): void {
  for (const s of sentences) {
    for (const span of s.spans) {
      if (span.type !== 'PER') continue;
      const listed = gazetteerAt(s.views, span.start);
      if (listed !== null && listed.type === 'LOC' && listed.end === span.end) span.type = 'LOC';
    }
  }
}

/**
 * `خالد بن عبدالعزيز البراك`, `عدنان بن أحمد السيد`: a Saudi name ends in a family name with the
 * article, which the rules for family names (familyNameLike) leave out, since after most names
 * such a word is an adjective or a noun. After a person's span that ends in a given name or in
 * a `بن` chain, the next word with the article is the family name when Wikipedia's reading does
 * not know it as an ordinary word and it is no function word, title, nationality, listed name
 * or verb.
 */
export function familyNamesWithArticle(sentences: SentenceResult[], resources: Resources): void {
  const g = gazetteer();
  for (const s of sentences) {
    const v = s.views;
    const taken = takenWords(s);
    for (const span of s.spans) {
      if (span.type !== 'PER') continue;
      const chain = span.end - span.start >= 3 && v[span.end - 2].key === 'بن';
      if (!chain && !isGivenName(v[span.end - 1])) continue;
      const n = v[span.end];
      if (!n || taken[span.end] || n.punct || n.prefix > 0 || !n.key.startsWith('ال') || n.key.length < MIN_FAMILY_NAME_LENGTH) continue;
      if (isCommonWord(n.key, 'ar', resources) || isArabicFunctionWord(n.key) || PERSON_TITLES.has(n.key) || g.nisba.has(n.key) || g.names.has(n.key) || imperfectVerb(n)) continue;
      taken[span.end++] = 1;
    }
  }
}

/** The article and three letters at least (البراك, السيد). */
const MIN_FAMILY_NAME_LENGTH = 5;
