import { addSpans, takenWords, type SentenceResult, type TokenSpan } from './rules';
import { isNameLike, spanKey, withoutConjunction, type WordView } from './words';
import { lexiconClass } from './lexicon';
import { cliticPrefixCandidates } from '../lang/ar/clitics';
import { PERSON_TITLES } from './cues';
import { CLUB_NATIONALITIES } from '../lang/ar/name-cues';
import { gazetteer } from './gazetteer';
import { isCommonWord } from './tagger';
import { AR_SPEECH_VERBS } from '../lang/ar/speech-verbs';
import type { Resources } from '../resources';

/**
 * Arabic document rules for persons: names joined by و (بوتين وشي), family names alone after the
 * full name (الساهر, فلتشر), foreign names after a nationality, names before a title without
 * the article (فريمبونج لاعب), the speaker between a verb and an office, and و kept outside names.
 */

/**
 * `بوتين وشي`: a word after a person's name, joined to it by و, whose rest begins a person's
 * name found in the document, is that person (the tagger may take وشي for a common word).
 */
export function joinConjoinedFirstNames(sentences: SentenceResult[]): void {
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
 * `كاظم الساهر` … `الساهر والجسمي يفاجئان`, `توم فلتشر` … `لفت فلتشر`: a family name written
 * with the article (الساهر, الحمراني) or one no dictionary knows (فلتشر), the last word of a
 * person's fuller name in the article, is that person alone too, unless it is a nationality
 * (الروسي) or a word the tagger's training saw mostly outside names; one the tagger typed a place
 * but paired by a dash with a person (قمة ترمب - كيم) is the person too. (Given names alone, tried
 * the same way, cost 0.014 on ANERcorp's development split: they are ordinary words too often.)
 */
export function arabicFamilyNames(sentences: SentenceResult[], resources: Resources): void {
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
    // قمة ترمب - كيم: a family name paired by a dash with a person is that person, whatever the
    // tagger typed it, unless the list knows it as a place or body.
    s.spans.forEach((span, k) => {
      const listed = gazetteer().names.get(s.views[span.start].head);
      if (span.type === 'PER' || span.end - span.start !== 1 || !families.has(s.views[span.start].head) || (listed && listed.type !== 'PER')) return;
      const next = s.spans[k + 1], previous = s.spans[k - 1];
      const dash = (a: number): boolean => DASHES.has(s.views[a]?.raw ?? '');
      if ((next?.type === 'PER' && next.start === span.end + 1 && dash(span.end)) || (previous?.type === 'PER' && previous.end === span.start - 1 && dash(span.start - 1))) span.type = 'PER';
    });
    const taken = takenWords(s);
    const added: TokenSpan[] = [];
    s.views.forEach((v, i) => { if (!taken[i] && !v.punct && families.has(v.head)) added.push({ start: i, end: i + 1, type: 'PER', source: 'document' }); });
    addSpans(s, added);
  }
}

/** Dashes between two names paired in one event (قمة ترمب - كيم). */
const DASHES: ReadonlySet<string> = new Set(['-', '\u2013', '\u2014']);

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
export function personAfterNationality(sentences: SentenceResult[], resources: Resources): void {
  const g = gazetteer();
  for (const s of sentences) {
    const v = s.views;
    const taken = takenWords(s);
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

/**
 * `فريمبونج لاعب فريق أوفا`, `X، رئيس اللجنة`: a name the tagger typed a place or an organisation,
 * that the list does not know as either, followed by a title without the article (in apposition:
 * the title of the person named) is a person, and so is every other mention of it in the article.
 * (The same after a title with the article, `الفنان الخرندا`, gained on the pools' tuning part and
 * cost 0.039 on the ninth blind round: it was taken out.)
 */
export function personsBeforeTitles(sentences: SentenceResult[]): void {
  const persons = new Set<string>();
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
export const isSpeechVerb = (v: WordView): boolean => AR_SPEECH_VERBS.has(v.key) || ((v.key[0] === 'و' || v.key[0] === 'ف') && AR_SPEECH_VERBS.has(v.key.slice(1)));

/**
 * `وقال البدري مدير الكرة`, `وناشد محرم الراغب مدير عام النادي`: between a speech verb and an
 * office without the article (مدير, رئيس, وزير) stand one to three words that name who spoke.
 */
export function speakerBeforeRole(sentences: SentenceResult[], resources: Resources): void {
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
export function conjunctionOutsideNames(sentences: SentenceResult[]): void {
  for (const s of sentences) {
    for (let k = 1; k < s.spans.length; k++) {
      const span = s.spans[k], before = s.spans[k - 1];
      const v = s.views[span.start];
      if (before.end !== span.start || before.type !== span.type || v.prefix !== 0 || v.key[0] !== 'و' || v.key.length < 4) continue;
      if (v.raw[0] !== 'و' || gazetteer().wordTypes.has(v.key)) continue;
      // Views are shared between sentences (cached): replace this one, never change it.
      s.views[span.start] = withoutConjunction(v);
    }
  }
}
