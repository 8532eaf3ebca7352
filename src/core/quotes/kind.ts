/**
 * Speech or not: a quotation is someone's words when a reporting cue introduces it,
 * when it stands as a sentence of its own, or when it sits inside reported speech;
 * names, titles and terms (after صحيفة، برنامج، بعنوان، so-called, the study …) are `other`.
 */
import type { Attribution } from './attribution';
import { isDigit, isSpace, isWordChar } from './chars';
import { isArabicSpeechCue } from './attribution-ar';
import { isCapitalised, type Token } from './tokens';
import { withoutProclitics } from '../lang/ar/clitics';
import { AR_DETERMINERS, AR_NAMING_CUES, AR_ORG_NAMING_CUES, AR_SOURCE_PREPOSITIONS, AR_TOPIC_NAMING_CUES, AR_TOPIC_PREPOSITIONS } from '../lang/ar/quotation-cues';
import { AR_CHARACTERISING_VERBS, AR_COMPLEMENTIZERS } from '../lang/ar/speech-verbs';
import { EN_NAMING_CUES } from '../lang/en/quotation-cues';

export interface KindContext {
  lang: 'ar' | 'en';
  prefix: Token[];
  content: Token[];
  attribution: Attribution;
  /** The opening mark was missing or the closing mark was, and recovery supplied it. */
  recovered: boolean;
  /** The opening mark is glued to a proclitic: لـ«…», بـ"…". */
  glued: boolean;
  /** A colon follows the closing mark: a descriptor inside an attribution (عاصم دحلان «مستأجر»:). */
  colonAfter: boolean;
  /** The word right after the closing mark, if a word comes next. */
  nextWord?: Token | null;
  /** The names recogniser found exactly this text as a name (داعش، قاعدة العند). */
  isName?: boolean;
  /** Every word of it lies in a name (محمد نور وفواز القرني): a list of names. */
  namesOnly?: boolean;
  /** The words after the closing mark, to the sentence's end. */
  suffix?: Token[];
  /** The quotation stands in the article's title line. */
  inTitle?: boolean;
}

function lastWord(tokens: Token[]): Token | null {
  for (let k = tokens.length - 1; k >= 0; k--) if (tokens[k].isWord) return tokens[k];
  return null;
}

export function wordCount(tokens: Token[]): number {
  let n = 0;
  for (const t of tokens) if (t.isWord) n++;
  return n;
}

function allDigits(tokens: Token[]): boolean {
  for (const t of tokens) if (t.isWord && !isDigit(t.text.charCodeAt(0))) return false;
  return true;
}

/** Naming cues that are media one speaks on: a colon after them opens words, not a title. */
const EN_MEDIA = new Set(['programme', 'program', 'show', 'newspaper', 'magazine', 'website']);

export function namingCue(ctx: KindContext): boolean {
  const last = lastWord(ctx.prefix);
  if (!last) return false;
  // she told the Today programme: "What we …": a colon after a medium introduces words
  // spoken on it (after "entitled:" or عنوان: it is still a title).
  if (ctx.lang === 'en' && EN_MEDIA.has(last.key) && ctx.prefix[ctx.prefix.length - 1].text === ':' && wordCount(ctx.content) >= 4) return false;
  if (ctx.lang === 'en') {
    const before = ctx.prefix.length >= 2 ? ctx.prefix[ctx.prefix.length - 2] : null;
    return EN_NAMING_CUES.has(last.key) || (before !== null && before.key === 'so-called');
  }
  // بما سماه «…»: what someone called it, their words, not a name given.
  if (whatWasCalled(ctx.prefix)) return false;
  if (AR_NAMING_CUES.has(last.key) || AR_NAMING_CUES.has(withoutProclitics(last.key, true))) return true;
  // دورة في «فن إدارة المشاريع»: a course's or a talk's title after its preposition.
  const words = ctx.prefix.filter((t) => t.isWord);
  const noun = words.length >= 2 ? words[words.length - 2] : null;
  return noun !== null && AR_TOPIC_PREPOSITIONS.has(last.key) && (AR_TOPIC_NAMING_CUES.has(noun.key) || AR_TOPIC_NAMING_CUES.has(withoutProclitics(noun.key, true)));
}

const WHAT = new Set(['\u0645\u0627', '\u0628\u0645\u0627', '\u0644\u0645\u0627', '\u0645\u0645\u0627', '\u0639\u0645\u0627']); // ما بما لما مما عما

/** `ما` and a verb of calling with its object pronoun right before the quotation (بما سماه، عما وصفته). */
function whatWasCalled(prefix: Token[]): boolean {
  const words = prefix.filter((t) => t.isWord);
  if (words.length < 2 || words[words.length - 1].end !== prefix[prefix.length - 1].end) return false;
  const verb = withoutProclitics(words[words.length - 1].key, false);
  return WHAT.has(words[words.length - 2].key) && (verb.startsWith('\u0633\u0645') || verb.startsWith('\u0627\u0633\u0645') || verb.startsWith('\u0648\u0635\u0641'));
}

/** An Arabic quotation right after منظمة، حزب، وكالة … is an organisation's name. */
export function namesOrganisation(prefix: Token[]): boolean {
  const last = lastWord(prefix);
  return last !== null && last.end === prefix[prefix.length - 1].end && (AR_ORG_NAMING_CUES.has(last.key) || AR_ORG_NAMING_CUES.has(withoutProclitics(last.key, true)));
}

/** Whether one of the last `maxWords` words of `prefix` (as written or without proclitics) is in `words`. */
function wordAmongLast(prefix: Token[], maxWords: number, words: ReadonlySet<string>): boolean {
  for (let k = prefix.length - 1, seen = 0; k >= 0 && seen <= maxWords; k--) {
    const t = prefix[k];
    if (!t.isWord) continue;
    if (words.has(t.key) || words.has(withoutProclitics(t.key, false))) return true;
    seen++;
  }
  return false;
}

/** A partial quotation a few words into a reported clause: ذكر أن هذه مسألة "دقيقة". */
export function complementizerJustBefore(prefix: Token[]): boolean {
  return wordAmongLast(prefix, 4, AR_COMPLEMENTIZERS);
}

/** يبدو أن «الربيع العربي» انتهى: a quotation right after أن with a word after it is the clause's subject, a name or term. */
export function clauseSubject(ctx: KindContext): boolean {
  const last = ctx.prefix.length > 0 ? ctx.prefix[ctx.prefix.length - 1] : null;
  return last !== null && last.isWord && wordAmongLast(ctx.prefix, 0, AR_COMPLEMENTIZERS) && !!ctx.nextWord;
}

/**
 * أفاد «المرصد السوري» بأن …، علمت «الشرق الأوسط» من …: a short quotation between a speech
 * verb and its complement is the verb's subject, a name.
 */
export function subjectOfVerb(ctx: KindContext, words: number): boolean {
  const last = ctx.prefix.length > 0 ? ctx.prefix[ctx.prefix.length - 1] : null;
  let next = ctx.nextWord;
  // وتشير «الفتوى» أيضا إلى أن: an adverb may come between the subject and what it says.
  if (next && ctx.suffix && AR_SUBJECT_ADVERBS.has(next.key)) next = ctx.suffix.find((t) => t.isWord && t.start > next!.start) ?? null;
  if (ctx.lang !== 'ar' || words > 5 || !last || !last.isWord || !next || isArabicSpeechCue(last.key, last.text) !== 'verb') return false;
  const key = withoutProclitics(next.key, false);
  return AR_COMPLEMENTIZERS.has(key) || AR_COMPLEMENTIZERS.has(next.key) || AR_SOURCE_PREPOSITIONS.has(next.key) || next.key === '\u0627\u0644\u064a';
}

/** Adverbs between a speech verb's subject and its complement (أيضا، كذلك، أمس، اليوم). */
const AR_SUBJECT_ADVERBS: ReadonlySet<string> = new Set(['\u0627\u064a\u0636\u0627', '\u0643\u0630\u0644\u0643', '\u0627\u0645\u0633', '\u0627\u0644\u064a\u0648\u0645']);

/**
 * اتهمه بـ«…»، طالب «بالتضامن»، ما وصفته بـ«…»: after a verb that characterises or demands,
 * a short quotation is the subject's own words, not a name.
 */
export function characterisedBefore(prefix: Token[]): boolean {
  return wordAmongLast(prefix, 12, AR_CHARACTERISING_VERBS);
}

/** Letters and digits in one word: a code (تقييم-1، A4), not a number (100%). */
function codeLike(word: string): boolean {
  let digit = false;
  let letter = false;
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i);
    if (isDigit(c)) digit = true;
    else if (isWordChar(c)) letter = true;
  }
  return digit && letter;
}

/** http://…, www.…: an address, never anyone's words. */
function webAddress(tokens: Token[]): boolean {
  return tokens.some((t) => t.text.includes('://') || t.key.startsWith('www.') || t.key.startsWith('http'));
}

/** تعبير، قول، وصف with a pronoun or not: the noun of someone's wording. */
function wordingNoun(key: string): boolean {
  const bare = withoutProclitics(key, false);
  return bare.startsWith('\u062a\u0639\u0628\u064a\u0631') || bare.startsWith('\u0642\u0648\u0644') || bare.startsWith('\u0648\u0635\u0641');
}

/** حسب تعبيره، وفق وصفه: words before the wording noun. */
const AR_WORDING_MARKERS = new Set(['\u062d\u0633\u0628', '\u0628\u062d\u0633\u0628', '\u0648\u0641\u0642']);

/**
 * «ممكنة»، على حد تعبيرها / بحسب وصفه / كما وصفها: the writer says the quoted words are someone's
 * own, right after them.
 */
export function ownWordingAfter(suffix: readonly Token[]): boolean {
  const words = suffix.filter((t) => t.isWord).slice(0, 4).map((t) => withoutProclitics(t.key, false));
  for (let k = 0; k + 1 < words.length; k++) {
    const w = words[k];
    if ((w === '\u062d\u062f' || AR_WORDING_MARKERS.has(w)) && wordingNoun(words[k + 1])) return true;
    if (w === '\u0643\u0645\u0627' && (wordingNoun(words[k + 1]) || isArabicSpeechCue(words[k + 1]) === 'verb')) return true;
  }
  return false;
}

/** A demonstrative or quantifier right before the opening mark (هذه، أي). */
export function determinerBefore(prefix: Token[]): boolean {
  const last = prefix.length > 0 ? prefix[prefix.length - 1] : null;
  return last !== null && last.isWord && AR_DETERMINERS.has(withoutProclitics(last.key, false));
}

/**
 * What is nobody's words whatever else is said of it: no words, only digits, a web address, a
 * short code of letters and digits (تقييم-1). The learned kinds model is not asked about these.
 */
export function neverSpeech(ctx: KindContext): boolean {
  const words = wordCount(ctx.content);
  return words === 0 || allDigits(ctx.content) || webAddress(ctx.content) || (words <= 2 && ctx.content.some((t) => t.isWord && codeLike(t.text)));
}

export function isSpeech(ctx: KindContext): boolean {
  const words = wordCount(ctx.content);
  if (neverSpeech(ctx) || namingCue(ctx) || subjectOfVerb(ctx, words)) return false;
  // جمعية "حماية المستهلك": the quotation is the organisation's name.
  if (ctx.lang === 'ar' && words <= 5 && namesOrganisation(ctx.prefix)) return false;
  if ((ctx.isName && words <= 4) || ctx.namesOnly) return false;
  const att = ctx.attribution;
  const prefixWords = wordCount(ctx.prefix);
  const last = ctx.prefix.length > 0 ? ctx.prefix[ctx.prefix.length - 1] : null;
  if (ctx.lang === 'en') {
    if (att.found) return true;
    // A news headline quotes someone's words (Ferries 'not ready for winter').
    if (ctx.inTitle) return true;
    // "Forward" is in italics: one or two words running on into the sentence with no cue name a term.
    if (words <= 2 && ctx.nextWord && !isCapitalised(ctx.nextWord)) return false;
    return prefixWords === 0 || (last !== null && last.text === ':');
  }
  if (ctx.colonAfter && words <= 6 && !(last && last.text === ':')) return false;
  // في هذه «الفتوى»، أي «خلافة»: a demonstrative or quantifier makes the quotation a term.
  if (ctx.lang === 'ar' && words <= 3 && determinerBefore(ctx.prefix)) return false;
  if (ctx.lang === 'ar' && ctx.suffix && ownWordingAfter(ctx.suffix)) return true;
  if (ctx.lang === 'ar' && ctx.attribution.found && characterisedBefore(ctx.prefix)) return true;
  if (ctx.glued && words <= 3) return false;
  if (att.found && (att.introduces || words >= 4 || complementizerJustBefore(ctx.prefix))) return true;
  // تعتقد الحكومة أن الاتفاق «ممكن»، معتبرة أنه «عدوان»: a few words into a clause of أن, the
  // quoted words are whoever's the clause reports, whatever verb governs it (not only a verb of
  // saying), unless they are the clause's subject (يبدو أن «الربيع العربي» انتهى). Names were sent
  // away above. Speech F1: pools' tuning part 91.3 → 91.9, ANERcorp validation 71.1 → 71.7.
  if (ctx.lang === 'ar' && complementizerJustBefore(ctx.prefix) && !clauseSubject(ctx)) return true;
  if (prefixWords === 0 && words >= 4) return true;
  if (words >= 6) return true;
  if (last !== null && last.text === ':' && words >= 3) return true;
  return ctx.recovered && words >= 6;
}

export function followedByColon(text: string, from: number, limit: number): boolean {
  let i = from;
  while (i < limit && isSpace(text.charCodeAt(i))) i++;
  return i < limit && text.charCodeAt(i) === 0x3a;
}
