/**
 * What an Arabic speaker candidate's words look like, read from their letters alone: the gender
 * of a verb and of a speaker, an abstract or verbal noun at the head, a possessive pronoun, a
 * preposition governing the candidate. speaker-candidates.ts turns these into the ranker's
 * shape features; none of them needs the rest of the article.
 */
import type { Speaker } from '../types';
import { quoteTokens, type Token } from './tokens';
import { gazetteer } from '../entities/gazetteer';
import { matchKey } from '../text/normalize';
import { hasArticle, withoutProclitics } from '../lang/ar/clitics';
import { AR_DOCUMENTS, AR_SOURCE_MARKERS } from '../lang/ar/quotation-cues';
import { AR_SPEAKING_ABSTRACT_NOUNS } from '../lang/ar/speaker-words';
import { AR_SPEECH_VERBS } from '../lang/ar/speech-verbs';

/**
 * قالت، أضافت، تقول: a feminine singular form of a listed speech verb, the masculine form with ت
 * after it (past) or ت for ي before it (present). A ت of the root or of the verb's pattern
 * (لفت، تابع، تحدث) and the first person (قلت) are not feminine.
 */
export function feminineArabicVerb(t: Token): boolean {
  const bare = withoutProclitics(t.key, false);
  if (bare.length < 3) return false;
  if (bare.endsWith('\u062a') && AR_SPEECH_VERBS.has(bare.slice(0, -1))) return true;
  return bare.startsWith('\u062a') && AR_SPEECH_VERBS.has(`\u064a${bare.slice(1)}`);
}

/** A feminine-looking Arabic speaker: its first word ends in ة (normalised ه), ا or ى as written. */
export function feminineArabicSpeaker(words: Token[]): boolean {
  return words.length > 0 && endsAsFeminine(words[0].text);
}

/** A word as written ends as feminine words do: ة, ا or ى (فاطمة، مها، سلمى). */
function endsAsFeminine(written: string): boolean {
  const last = written.charCodeAt(written.length - 1);
  return last === 0x0629 || last === 0x0627 || last === 0x0649;
}

/**
 * Whether an Arabic word (normalised key) has the shape of an abstract or verbal noun: فَعالة
 * (صراحة، كتابة), إفعالة (إصابة، إشارة) or the abstract -iyya (واقعية، مسؤولية). Institutions
 * and figures of those shapes (وزارة، إدارة، جمعية، شخصية) are left out: they speak.
 */
export function abstractArabicHead(key: string): boolean {
  let stem = withoutProclitics(key, true);
  const definite = hasArticle(stem);
  if (definite) stem = stem.slice(2);
  if (AR_SPEAKING_ABSTRACT_NOUNS.has(stem)) return false;
  // التثبت، التطوير، الاستخدام، الاعتقال: verbal nouns of the derived verbs, with the article (the
  // article keeps given names of such shapes out: توفيق، تيسير).
  if (definite && derivedVerbalNoun(stem)) return true;
  if (!stem.endsWith('\u0647')) return false;
  const alif = '\u0627';
  if (stem.length === 5 && stem[2] === alif) return true; // فعالة، إفعالة (ا ص ا ب ه)
  return stem.length >= 5 && stem.endsWith('\u064a\u0647'); // …ية
}

/** تفعّل (تثبت), تفعيل (تطوير), افتعال (اعتقال), انفعال (انسحاب), استفعال (استخدام), by letters. */
function derivedVerbalNoun(stem: string): boolean {
  const t = '\u062a', a = '\u0627', y = '\u064a', n = '\u0646', s = '\u0633';
  if (stem.length === 4 && stem[0] === t) return true;
  if (stem.length === 5 && stem[0] === t && stem[3] === y) return true;
  if (stem.length === 6 && stem[0] === a && (stem[2] === t || stem[1] === n) && stem[4] === a) return true;
  return stem.length === 7 && stem.startsWith(a + s + t) && stem[5] === a;
}

/**
 * Prepositions written apart whose object is spoken to or about, never the speaker: على الطباخ،
 * إلى الوزير، مع الصحيفة، حول داعش، ضد الحكومة، أمام الجمهور. As written (على, not the name علي),
 * after a conjunction too (ومع). Left out: عن (نقلت الوكالة عن الوزير: the source) and في، من
 * (مصدر في الوزارة، مصادر مقربة من الحزب: the source's own description).
 */
const AR_GOVERNING_PREPOSITIONS = new Set('على إلى الى لدى حول ضد مع تجاه نحو أمام امام بشأن بشان بحق'.split(' '));
/** Letters glued before a name: a conjunction, a preposition and a tatweel (ولـ). */
const MAX_GLUED = 3;
/** لي، له، لها، لهم، لنا، لك: "to me, to him…", the one spoken to. */
const AR_TO_PRONOUNS = new Set(['\u0644\u064a', '\u0644\u0647', '\u0644\u0647\u0627', '\u0644\u0647\u0645', '\u0644\u0646\u0627', '\u0644\u0643']);

/**
 * Whether an Arabic candidate sits inside a prepositional phrase: a preposition glued to it
 * (قائلا للطباخ, بالرئيس), written apart before it (على الطباخ، إلى الوزير) or the whole of it
 * (قال لي). The subject of a speech verb is never governed by a preposition; the source markers
 * and the written pieces are the exception, their object is the source or the issuer (وفقًا
 * للوزارة، بيان لـ«منظمة الأمل»).
 */
export function prepositionalArabic(text: string, speaker: Speaker, words: Token[]): boolean {
  if (words.length === 0) return false;
  if (words.length === 1 && AR_TO_PRONOUNS.has(words[0].text)) return true;
  // The word's start, a clitic's length back at most (a long run of letters costs nothing).
  let wordStart = speaker.start;
  while (wordStart > Math.max(0, speaker.start - MAX_GLUED) && /[\u0621-\u064a\u0640]/.test(text[wordStart - 1])) wordStart--;
  const priors = quoteTokens(text, Math.max(0, wordStart - 30), wordStart).filter((t) => t.isWord).slice(-2);
  const prior = priors[priors.length - 1];
  // وفقا itself opens with و: a marker is looked up as written and without a conjunction, and
  // it may stand before a preposition written apart (بيان لـ«…»).
  if (priors.some((p) => [AR_SOURCE_MARKERS, AR_DOCUMENTS].some((set) => set.has(p.key) || set.has(withoutProclitics(p.key, false))))) return false;
  const glued = text.slice(wordStart, speaker.start).replace(/^[\u0648\u0641]/, '');
  if (/^[\u0628\u0644\u0643]/.test(glued)) return true;
  // لـ«الوطن»: the preposition glued to the quotation mark opening a name.
  if (/(^|[^\u0621-\u064a])[\u0648\u0641]?[\u0628\u0644]\u0640?\s?[\u00ab"\u201c]\s?$/.test(text.slice(Math.max(0, wordStart - 6), wordStart))) return true;
  const first = words[0].text.replace(/^[\u0648\u0641]/, '');
  if (first.length > 4 && /^(\u0628\u0627\u0644|\u0644\u0644|\u0643\u0627\u0644)/.test(first)) return true;
  // على الطباخ، إلى "الوطن": only spaces and an opening mark between.
  return prior !== undefined && AR_GOVERNING_PREPOSITIONS.has(prior.text.replace(/^[\u0648\u0641](?=..)/, '')) && /^\s*[\u00ab"\u201c]?\s*$/.test(text.slice(prior.end, wordStart)) && prior.end < wordStart;
}

/** Names written with a final ه: عبد الله and its kin (رزق الله), عبده, طه. */
const NAMES_ENDING_IN_HA = new Set(['\u0639\u0628\u062f\u0647', '\u0637\u0647']);

/**
 * Whether an Arabic word as written carries a possessive pronoun (مواقفه، كلماتها، زملاؤهم):
 * a final ه, ها, هم or هما, where ة would end a noun of its own.
 */
export function possessedArabicWord(written: string): boolean {
  const word = written.replace(/[\u0640\u064b-\u065f]/g, '');
  if (word.length < 4 || word.endsWith('\u0644\u0647') || NAMES_ENDING_IN_HA.has(word)) return false;
  return word.endsWith('\u0647') || word.endsWith('\u0647\u0627') || word.endsWith('\u0647\u0645') || word.endsWith('\u0647\u0645\u0627');
}

/** Given names of women (or of both, نور) that do not end as feminine words do (ة، ا، ى): زينب، مريم، إيمان. */
const FEMININE_GIVEN_NAMES = new Set(`زينب مريم هند ريم سعاد نوال وفاء دعاء إيمان ايمان حنان تغريد أمل امل نسرين ياسمين سوزان
  هيفاء شيماء لمياء أسماء اسماء نجلاء عبير سحر نور إليزابيث اليزابيث كاترين كاثرين جينيفر جنيفر كارين نانسي هيلين
  كلير صوفي ماري هيلاري نيكي تيريزا ميشيل`.split(/\s+/).filter(Boolean).map((w) => matchKey(w)));

/** Whether a person's fullest name starts with a man's given name (محمد بن سلمان، جون كيري). */
export function maleGivenName(name: string): boolean {
  const first = name.split(/\s+/)[0] ?? '';
  // And ء: أسماء، وفاء (علاء and ضياء, men's names, are given up).
  if (endsAsFeminine(first) || first.endsWith('\u0621')) return false;
  const key = matchKey(first);
  return gazetteer().givenNames.has(key) && !FEMININE_GIVEN_NAMES.has(key);
}
