/**
 * The person a sentence is about, when it names one as its subject without a speech
 * verb: `Mr Kennedy is touring the north. He said: "…"`, `من جهته وصف وزير النقل
 * سامر الحداد … . وقال: "…"`. A later pronoun or elided subject (he said, وقال) refers
 * to that person rather than to the last speaker quoted.
 */
import { isArabicSpeechCue } from './attribution-ar';
import { arabicSpeakerPhrase, isNamed, isRole, type PhraseSpan } from './speaker-ar';
import { isCapitalised, type Token } from './tokens';
import { withoutProclitics } from '../lang/ar/clitics';
import { AR_SUBJECT_STOPS } from '../lang/ar/speaker-words';
import { EN_NOT_NAMES, EN_ROLES, EN_TITLES } from '../lang/en/speaker-words';

/** A person's mention overlapping the span (from the names recogniser), if any. */
export type PersonIn = (span: PhraseSpan) => PhraseSpan | null;

function isSentenceEndToken(t: Token): boolean {
  return t.text === '.' || t.text === '!' || t.text === '?' || t.text === '\u061f';
}

function isQuoteMark(t: Token): boolean {
  return !t.isWord && '"\u201d\u00bb\''.includes(t.text);
}

/** `tokens[i]` opens a sentence (or the paragraph), also after a closing mark: `…May." Then`. */
export function opensSentence(tokens: Token[], i: number): boolean {
  if (i === 0 || isSentenceEndToken(tokens[i - 1])) return true;
  return i >= 2 && isQuoteMark(tokens[i - 1]) && isSentenceEndToken(tokens[i - 2]);
}

/** Sentence openers before an English subject: Meanwhile, But, And, However. */
const EN_OPENERS = new Set(['meanwhile', 'but', 'and', 'however', 'now', 'then', 'later', 'earlier', 'also', 'so']);

/** The subject `Mr Kennedy` of `Mr Kennedy is …` at sentence start `i`. */
function englishTopic(tokens: Token[], i: number): PhraseSpan | null {
  let k = i;
  while (k < tokens.length && k < i + 3 && ((tokens[k].isWord && EN_OPENERS.has(tokens[k].key)) || tokens[k].text === ',')) k++;
  let e = k;
  while (e < tokens.length && e < k + 5 && tokens[e].isWord && isCapitalised(tokens[e])) e++;
  // `Harbour Town manager Tom Fielding hinted …`: an organisation and a role word
  // or two before the person's name; the name is the subject.
  let r = e;
  while (r < tokens.length && r < e + 3 && tokens[r].isWord && EN_ROLES.has(tokens[r].key)) r++;
  if (r > e && r < tokens.length && tokens[r].isWord && isCapitalised(tokens[r])) {
    k = r;
    e = r;
    while (e < tokens.length && e < k + 5 && tokens[e].isWord && isCapitalised(tokens[e])) e++;
  }
  // The run must be followed by a lower-case word (its verb) and be no possessive.
  if (e === k || e >= tokens.length || !tokens[e].isWord || isCapitalised(tokens[e]) || isPossessive(tokens[e - 1])) return null;
  while (k < e && EN_NOT_NAMES.has(tokens[k].key) && !EN_TITLES.has(tokens[k].key)) k++;
  return k < e ? { start: tokens[k].start, end: tokens[e - 1].end } : null;
}

function isPossessive(t: Token): boolean {
  return t.text.includes("'") || t.text.includes('\u2019');
}

function isArabicStop(key: string): boolean {
  return key.length <= 1 || AR_SUBJECT_STOPS.has(key) || AR_SUBJECT_STOPS.has(withoutProclitics(key, false));
}

/** Words that may open a sentence before its verb: من جهته، بدوره، في المقابل. */
export const AR_OPENERS = new Set(['\u062c\u0647\u062a\u0647', '\u062c\u0647\u062a\u0647\u0627', '\u062c\u0627\u0646\u0628\u0647', '\u062c\u0627\u0646\u0628\u0647\u0627', '\u0628\u062f\u0648\u0631\u0647', '\u0628\u062f\u0648\u0631\u0647\u0627', '\u0627\u0644\u0645\u0642\u0627\u0628\u0644']);

/** The subject right after a sentence's opening verb: `من جهته وصف وزير النقل سامر الحداد …`. */
function arabicTopic(tokens: Token[], i: number, personIn: PersonIn): PhraseSpan | null {
  for (let k = i + 1; k < tokens.length && k <= i + 4; k++) {
    const t = tokens[k];
    const before = tokens[k - 1];
    if (!t.isWord) { if (t.text === '\u060c' || t.text === ',') continue; return null; }
    // The word before is the verb: a word, no preposition or particle, and only openers before it.
    if (!before.isWord || isArabicStop(before.key) || AR_OPENERS.has(withoutProclitics(before.key, false))) continue;
    // A speech verb's own subject is read with its quotation (وأضاف بعد لقائه سعاد).
    if (isArabicSpeechCue(before.key, before.text)) return null;
    for (let j = i; j < k - 1; j++) {
      if (tokens[j].isWord && !isArabicStop(tokens[j].key) && !AR_OPENERS.has(withoutProclitics(tokens[j].key, false))) return null;
    }
    if (!isRole(t.key) && !personIn({ start: t.start, end: t.end })) continue;
    // The phrase may run on into the object (دياز تدفق اللاجئين): the name is the mention.
    const phrase = arabicSpeakerPhrase(tokens, k, false);
    return isNamed(phrase) ? personIn(phrase.span) : null;
  }
  return null;
}

/** The person subject of the sentence opening at token `i`, if the recogniser knows them. */
export function sentenceTopic(tokens: Token[], i: number, lang: 'ar' | 'en', personIn: PersonIn): PhraseSpan | null {
  if (lang === 'ar') return arabicTopic(tokens, i, personIn);
  const span = englishTopic(tokens, i);
  return span && personIn(span) ? span : null;
}
