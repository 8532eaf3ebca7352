/**
 * Who said an Arabic quotation: the reporting verb nearest before it in its sentence
 * (قال، أضاف، أكد، أشار …), `نقل عن X قوله`, source markers (بحسب، وفقًا لـ), or a verb
 * right after it. Returns the speaker phrase or asks for the previous speaker.
 */
import { feminineArabicVerb } from './speaker-shape-ar';
import { afterNameLink, arabicSpeakerPhrase, arabicSubjectBefore, isNamed, isRole, isStop, withoutGluedLam, type PhraseSpan, type SpeakerPhrase } from './speaker-ar';
import { organisationClause } from './clause-ar';
import type { Attribution } from './attribution';
import { type Token } from './tokens';
import { quoteMarkInfo } from './chars';
import { hasArticle, withoutProclitics } from '../lang/ar/clitics';
import { lexiconClass } from '../entities/lexicon';
import { AR_CIRCUMSTANCE_NOUNS, AR_DOCUMENTS, AR_IN_IT, AR_SAID_TO_PRONOUNS, AR_SOURCE_MARKERS, AR_VERBAL_NOUN_MARKERS } from '../lang/ar/quotation-cues';
import { AR_CARRYING_ON_VERBS, AR_PRONOUN_PARTICLES, AR_RELATIVES, AR_SUBJECT_STOPS } from '../lang/ar/speaker-words';
import { AR_COMPLEMENTIZERS, AR_CONTINUATION, AR_RELAY_VERBS, AR_SPEECH_VERBS } from '../lang/ar/speech-verbs';

const NONE: Attribution = { found: false, speaker: null, usePrevious: false, introduces: false };

function lookup(set: Set<string>, key: string): boolean {
  return set.has(key) || set.has(withoutProclitics(key, false));
}

/**
 * A verb with an attached object pronoun: اعتبرها، وصفته. A word written with ة is a noun
 * (إضافة، قولة), whatever its normalised key looks like.
 */
function withoutObjectPronoun(key: string, written: string): string {
  if (written.endsWith('\u0629')) return key;
  if (key.length > 5 && (key.endsWith('\u0647\u0627') || key.endsWith('\u0647\u0645'))) return key.slice(0, -2);
  if (key.length > 4 && key.endsWith('\u0647')) return key.slice(0, -1);
  return key;
}

/** `written`: the word as written, when known (tells ة from ه). */
export function isArabicSpeechCue(key: string, written = ''): 'verb' | 'continuation' | 'source' | null {
  if (lookup(AR_SPEECH_VERBS, key) || lookup(AR_SPEECH_VERBS, withoutObjectPronoun(key, written))) return 'verb';
  if (lookup(AR_CONTINUATION, key)) return 'continuation';
  if (lookup(AR_SOURCE_MARKERS, key)) return 'source';
  return null;
}

/**
 * The cue `tokens[v]` is, read in its place: after a kunya or a word of descent a verb's shape
 * is part of a name (أبو طالب، بن سعيد), no cue.
 */
export function arabicSpeechCueAt(tokens: readonly Token[], v: number): 'verb' | 'continuation' | 'source' | null {
  if (afterNameLink(tokens, v)) return null;
  return isArabicSpeechCue(tokens[v].key, tokens[v].text);
}

function fromPhrase(phrase: SpeakerPhrase, introduces: boolean): Attribution {
  if (isNamed(phrase)) return { found: true, speaker: phrase.span, usePrevious: false, introduces };
  if (phrase === 'none') return { found: true, speaker: null, usePrevious: false, introduces };
  return { found: true, speaker: null, usePrevious: true, introduces, previousOrganisation: phrase === 'org-anaphor' };
}

/** `introduces` when only a colon, a complementizer or the subject stands between cue and quote. */
function introducesQuote(prefix: Token[], cue: number, phrase: SpeakerPhrase, quoteFollowedByWord: boolean): boolean {
  if (cue === prefix.length - 1) return true;
  const last = prefix[prefix.length - 1];
  if (last.text === ':' || lookup(AR_COMPLEMENTIZERS, last.key)) return true;
  if (prefix.length - 1 - cue <= 2 && !quoteFollowedByWord) return true;
  return !quoteFollowedByWord && isNamed(phrase) && phrase.span.end === last.end;
}

/**
 * `prefix`: the tokens of the quotation's sentence before its opening mark;
 * `suffix`: the tokens after its closing mark up to the sentence end.
 */
export function attributeArabic(prefix: Token[], suffix: Token[], quoteFollowedByWord: boolean, contentOpensClause = false, content: Token[] = []): Attribution {
  for (let v = prefix.length - 1; v >= 0; v--) {
    const t = prefix[v];
    if (!t.isWord) continue;
    const written = documentAuthor(prefix, v);
    if (written) return written;
    const cue = arabicSpeechCueAt(prefix, v);
    // عدم ذكر اسمه، دون ذكر: a verbal noun after عدم/دون, not a verb.
    if (!cue || (v > 0 && lookup(AR_VERBAL_NOUN_MARKERS, prefix[v - 1].key))) continue;
    // في تصريحات نقلتها الصحيفة: a relative clause on the statements; whoever carried them did
    // not make them, the subject of an earlier verb did.
    if (cue === 'verb' && relativeOnStatement(prefix, v)) continue;
    // وقال بحسب صحيفة هآرتس: the paper is where the words were read; the verb's subject said them.
    if (cue === 'source' && v > 0 && prefix[v - 1].isWord && isArabicSpeechCue(prefix[v - 1].key, prefix[v - 1].text) === 'verb') continue;
    if (cue === 'continuation') {
      // نقلت وسائل الإعلام عن كيم قوله: "…" → the speaker sits between عن and قوله.
      // A comma ends the search: «لدى الإعلان عن التقرير، بقولها» has عن in another phrase.
      // ولم يجد وزير الخارجية أي صعوبة في الإجابة بقوله: "…" → the subject of the verb opening the sentence.
      const opening = subjectOfOpeningVerb(prefix, v);
      // Only a verbal noun (قوله) has its speaker after عن; a participle (قائلًا، مضيفًا) agrees
      // with the sentence's subject, and عن before it is a verb's (دافع المدرب عن الحارس قائلًا).
      const participle = !withoutProclitics(t.key, false).startsWith('\u0642\u0648\u0644');
      for (let k = v - 1; !participle && k >= 0 && k >= v - 5 && prefix[k].isWord; k--) {
        if (prefix[k].key === 'عن') {
          const phrase = arabicSpeakerPhrase(prefix.slice(0, v), k + 1, false);
          // عن هذا السؤال بقوله: عن names a topic, not whose words; the sentence's subject said them.
          if (phrase !== null || !opening) return fromPhrase(phrase, true);
          break;
        }
      }
      // تختصر دلال تعليقها بقولها: "…" → the finite verb earlier in the sentence names her.
      for (let k = v - 1; k >= 0; k--) {
        if (prefix[k].isWord && arabicSpeechCueAt(prefix, k) === 'verb') {
          const phrase = subjectOf(prefix.slice(0, v), k);
          // …، وأضافت بالقول: a verb coordinated after a comma shares the sentence's subject.
          if (phrase === 'anaphor' && k > 0 && isComma(prefix[k - 1])) return coordinated(prefix.slice(0, v), k) ?? fromPhrase(phrase, prefix.length - 1 - v <= 3);
          return fromPhrase(phrase, prefix.length - 1 - v <= 3);
        }
      }
      if (opening) return fromPhrase(opening, prefix.length - 1 - v <= 3);
      return { found: true, speaker: null, usePrevious: true, introduces: prefix.length - 1 - v <= 3, fromClause: true };
    }
    let from = v + 1;
    if (cue === 'source') while (from < prefix.length && (prefix[from].key === 'ل' || prefix[from].key === 'عن' || prefix[from].text === '\u0640')) from++;
    const phrase = cue === 'verb' ? subjectOf(prefix, v) : sourcePhrase(prefix, from);
    const attribution = fromPhrase(phrase, introducesQuote(prefix, v, phrase, quoteFollowedByWord));
    // «حمّل الحوثيون …، واتهموها …»: a verb coordinated after a comma shares the sentence's
    // subject, so a name earlier in the sentence beats the previous speaker.
    if (phrase === 'anaphor' && v > 0 && isComma(prefix[v - 1])) return coordinated(prefix, v) ?? attribution;
    // وأيد النائب فلان تصريحات الوزير وقال إن «…»: with no comma too, a speech verb joined by و
    // shares the subject of the verb opening its sentence; whether the quotation is speech stays
    // the verb's own reading. ANERcorp's training round 74.2% → 76.8%, round A 70.2% → 70.7%,
    // pools unchanged.
    if (phrase === 'anaphor' && v > 1 && prefix[v].key.startsWith('\u0648')) {
      const shared = coordinated(prefix, v);
      return shared ? { ...shared, introduces: attribution.introduces } : attribution;
    }
    return attribution;
  }
  // A verb right after the quotation: "…"، بهذه العبارة ختم المدرب …
  const afterComma = suffix.length > 0 && (suffix[0].text === '\u060c' || suffix[0].text === ',');
  for (let v = 1; afterComma && v < suffix.length && v < 5; v++) {
    const t = suffix[v];
    if (t.isWord && isArabicSpeechCue(t.key, t.text) === 'verb') {
      const phrase = arabicSpeakerPhrase(suffix, v + 1, false);
      if (isNamed(phrase)) return { found: true, speaker: phrase.span, usePrevious: false, introduces: true };
      // «…»، قال المتحدث: a role or anaphor right after the verb still says the words are speech.
      if (v === 1 && (phrase === 'anaphor' || phrase === 'org-anaphor')) return fromPhrase(phrase, true);
    }
  }
  return organisationClause(prefix, content) ?? (contentOpensClause ? subjectRightBefore(prefix) : NONE);
}

/**
 * A speech verb with an object pronoun right after a noun of statements (تصريحات نقلتها،
 * حديث أدلى به is not this: no pronoun on the verb) opens a relative clause on that noun.
 */
function relativeOnStatement(prefix: Token[], v: number): boolean {
  const t = prefix[v];
  if (v === 0 || !prefix[v - 1].isWord || withoutObjectPronoun(t.key, t.text) === t.key) return false;
  return lookup(AR_CIRCUMSTANCE_NOUNS, prefix[v - 1].key);
}

/**
 * The source after a marker (وفقا لوزارة الداخلية): a glued ل read apart, so its first word is
 * the head it is, not a role's charge; the offsets stay the text's.
 */
function sourcePhrase(prefix: Token[], from: number): SpeakerPhrase {
  const rest = from < prefix.length ? withoutGluedLam(prefix[from]) : null;
  if (!rest) return arabicSpeakerPhrase(prefix, from, false);
  const tokens = prefix.slice();
  tokens[from] = rest;
  return arabicSpeakerPhrase(tokens, from, false);
}

/** Particles before a sentence's verb: لم يجد، لن يقبل، قد رفض. */
const VERB_PARTICLES = new Set(['\u0644\u0645', '\u0644\u0646', '\u0642\u062f', '\u0644\u0642\u062f']);

/**
 * The subject of the verb a sentence opens with (`ولم يجد الوزير …`), read for a participle or
 * verbal noun of saying (`بقوله`, `قائلًا`) with no finite speech verb before it: a name or a
 * role right after that verb, else nothing.
 */
function subjectOfOpeningVerb(prefix: Token[], before: number): SpeakerPhrase {
  let k = 0;
  if (k < before && prefix[k].isWord && VERB_PARTICLES.has(withoutProclitics(prefix[k].key, false))) k++;
  const verb = prefix[k];
  if (k + 1 >= before || !verb.isWord || hasArticle(withoutProclitics(verb.key, false)) || isRole(verb.key) || isStop(verb.key)) return null;
  const next = prefix[k + 1];
  if (!next.isWord || !isRole(next.key)) return null;
  const phrase = arabicSpeakerPhrase(prefix.slice(0, before), k + 1, false);
  if (isNamed(phrase)) return phrase.span.org ? null : phrase;
  if (phrase !== 'anaphor') return null;
  // The role alone (وزير الخارجية الأمريكي): a description of the person who holds it.
  let end = k + 1;
  while (end + 1 < before && prefix[end + 1].isWord && !isStop(prefix[end + 1].key) && (isRole(prefix[end + 1].key) || hasArticle(withoutProclitics(prefix[end + 1].key, false)))) end++;
  return { span: { start: next.start, end: prefix[end].end, description: true } };
}

/**
 * قرر معاذ «أن …»: a quotation opening with أن right after `verb + name` reports that
 * name's words, whatever the verb: a name among the last words before it is the speaker,
 * else the previous speaker.
 */
function subjectRightBefore(prefix: Token[]): Attribution {
  if (prefix.length === 0) return NONE;
  const from = prefix[Math.max(0, prefix.length - 3)].start;
  return { found: true, speaker: null, usePrevious: true, introduces: true, fromClause: true, clauseStart: from };
}

function isComma(t: Token): boolean {
  return t.text === '\u060c' || t.text === ',';
}

/**
 * The elided subject of a verb after `، و` (or after `و` alone): the named subject of the
 * previous speech verb of the sentence, else a name in the previous clause (never earlier clauses).
 */
function coordinated(prefix: Token[], v: number): Attribution | null {
  let clauseStart = 0;
  for (let k = v - 2; k >= 0; k--) {
    if (isComma(prefix[k])) { clauseStart = k + 1; break; }
  }
  let agreement = plurality(prefix[v]);
  for (let k = v - 2; k >= clauseStart; k--) {
    if (!prefix[k].isWord) continue;
    // …أن الوزارة والجيش ردّتا على …، وأكدتا: the nearest earlier verb of the same (dual,
    // plural) agreement has the coordinated subject written before it.
    if (agreement && k > clauseStart && plurality(prefix[k]) === agreement) {
      const phrase = arabicSubjectBefore(prefix.slice(clauseStart, k));
      if (isNamed(phrase)) return fromPhrase(phrase, true);
      agreement = null;
    }
    if (isArabicSpeechCue(prefix[k].key, prefix[k].text) !== 'verb') continue;
    const phrase = subjectOf(prefix.slice(0, v - 1), k);
    if (isNamed(phrase)) return fromPhrase(phrase, true);
    break;
  }
  // A coordinated verb that agrees with a verb opening the clause or the sentence (VSO) shares
  // that verb's subject, not its object: حمّل الحوثيون الأمم المتحدة …، واتهموها (plural, the
  // clause); أدانت الكتلة الاعتداءات، ودعت إلى …، وقالت (singular of the same gender, the sentence).
  // With no comma before the verb its clause is the sentence's first (clauseStart 0).
  const opening = plurality(prefix[v]) ? clauseStart : (clauseStart > 0 || !isComma(prefix[v - 1])) && sameGender(prefix[0], prefix[v]) ? 0 : -1;
  if (opening >= 0 && opening + 1 < v - 1 && opensWithVerb(prefix[opening])) {
    const phrase = arabicSpeakerPhrase(prefix.slice(0, v - 1), opening + 1, false);
    if (isNamed(phrase)) return fromPhrase(subjectWithoutObject(prefix, opening + 1, phrase), true);
  }
  return { found: true, speaker: null, usePrevious: true, introduces: true, fromClause: true, clauseStart: prefix[clauseStart].start };
}

/** A past verb of any meaning with the feminine ت (أدانت، رفضت): its shape is all there is to read. */
function pastFeminine(t: Token): boolean {
  const bare = withoutProclitics(t.key, false);
  return bare.length >= 4 && bare.endsWith('\u062a');
}

/** The opening verb and the speech verb agree in gender (أدانت … وقالت، رفض … وقال). */
function sameGender(opening: Token, cue: Token): boolean {
  return pastFeminine(opening) === feminineArabicVerb(cue);
}

/**
 * Dual or plural agreement of a verb, ignoring an object pronoun: ردتا، أكدتا (dual),
 * اتهموا، اتهموها (plural); null for anything else.
 */
function plurality(t: Token): 'dual' | 'plural' | null {
  if (!t.isWord || t.text.endsWith('\u0629')) return null;
  const bare = withoutProclitics(t.key, false);
  if (bare.length >= 4 && bare.endsWith('\u062a\u0627')) return 'dual';
  let k = bare;
  if (k.length > 5 && (k.endsWith('\u0647\u0627') || k.endsWith('\u0647\u0645'))) k = k.slice(0, -2);
  if (k.length >= 4 && (k.endsWith('\u0648\u0627') || (k !== bare && k.endsWith('\u0648')))) return 'plural';
  return null;
}

/**
 * After a verb, a run of three or more words opening with the article holds the subject
 * and the object (حمّل السكان البلدية المسؤولية): the subject is its first word.
 */
function subjectWithoutObject(tokens: Token[], from: number, phrase: { span: PhraseSpan }): { span: PhraseSpan } {
  const first = tokens[from];
  if (first.start !== phrase.span.start || !hasArticle(withoutProclitics(first.key, false))) return phrase;
  let words = 0;
  for (let k = from; k < tokens.length && tokens[k].end <= phrase.span.end; k++) words++;
  return words >= 3 ? { span: { start: first.start, end: first.end } } : phrase;
}

/** A clause-opening word that reads as a verb: no article, no role, no particle (حمّل، أبلغ). */
function opensWithVerb(t: Token): boolean {
  if (!t.isWord) return false;
  const bare = withoutProclitics(t.key, false);
  return bare.length >= 3 && !hasArticle(bare) && !isRole(t.key) && arabicSpeakerPhrase([t], 0, false) !== null;
}

/**
 * وزير النقل سامر الحداد وخلال الزيارة أعلن …: a sentence opening with a role and a
 * name, then at most an adverbial (a preposition phrase, a comma) before the verb, has that
 * name as the verb's subject; the words after the verb are its object.
 */
function openingSubject(tokens: Token[], v: number): SpeakerPhrase {
  let s = v - 1;
  while (s >= 0 && s >= v - SUBJECT_WINDOW && !isSentenceEndMark(tokens[s])) s--;
  s++;
  if (s >= v || !tokens[s].isWord || !isRole(tokens[s].key)) return null;
  const phrase = arabicSpeakerPhrase(tokens.slice(0, v), s, false);
  if (!isNamed(phrase) || phrase.span.org) return null;
  let e = s;
  while (e < v && tokens[e].end < phrase.span.end) e++;
  if (e >= v || tokens[e].end !== phrase.span.end) return null;
  if (e + 1 === v) return phrase;
  const first = tokens[e + 1];
  const adverbial = isComma(first) || (first.isWord && first.key !== withoutProclitics(first.key, false) && AR_SUBJECT_STOPS.has(withoutProclitics(first.key, false)));
  if (!adverbial || v - e - 1 > 6) return null;
  for (let k = e + 1; k < v; k++) if (tokens[k].isWord && isArabicSpeechCue(tokens[k].key, tokens[k].text)) return null;
  return phrase;
}

function isSentenceEndMark(t: Token): boolean {
  return t.text === '.' || t.text === '\u061f' || t.text === '!' || t.text === ':';
}

/** تغريدة للكاتب سامر الحداد، قال فيها: "…" → the document's author, after its لـ. */
function documentAuthor(prefix: Token[], v: number): Attribution | null {
  if (prefix[v].key !== '\u062c\u0627\u0621' || v + 1 >= prefix.length || !AR_IN_IT.has(prefix[v + 1].key)) return null;
  for (let k = v - 1; k >= 0 && k >= v - 10; k--) {
    if (!prefix[k].isWord || !lookup(AR_DOCUMENTS, prefix[k].key)) continue;
    for (let j = k + 1; j < v && j <= k + 3; j++) {
      if (!prefix[j].isWord || !prefix[j].key.startsWith('\u0644')) continue;
      const phrase = arabicSpeakerPhrase(prefix.slice(0, v), j, false);
      if (isNamed(phrase)) return fromPhrase(phrase, true);
    }
    break;
  }
  return { found: true, speaker: null, usePrevious: true, introduces: true };
}

/** Relays name their source after عن or من: نقلت المنظمة عن خولة، علمت الصحيفة من مصدر. */
function relayedSource(tokens: Token[], v: number): SpeakerPhrase {
  const source = AR_RELAY_VERBS.get(withoutProclitics(tokens[v].key, false));
  if (!source) return null;
  for (let k = v + 1; k < tokens.length && k <= v + 6; k++) {
    const t = tokens[k];
    if (t.isWord && lookup(AR_COMPLEMENTIZERS, t.key)) return null;
    if (t.key !== source) continue;
    const phrase = arabicSpeakerPhrase(tokens, k + 1, false);
    return isNamed(phrase) ? phrase : null;
  }
  return null;
}

/** Words an addressee's quoted name may have (لـ«الشرق الأوسط»). */
const MAX_ADDRESSEE_WORDS = 5;

/**
 * The token after `لـ«…»` when one starts at `from` (the newspaper or channel the speaker talked
 * to), else `from`: its name is in quotation marks, so it never reads as the subject.
 */
function afterQuotedAddressee(tokens: Token[], from: number): number {
  if (from + 2 >= tokens.length || tokens[from].key !== '\u0644' || tokens[from + 1].isWord || !quoteMarkInfo(tokens[from + 1].text.charCodeAt(0))) return from;
  for (let k = from + 2; k < tokens.length && k <= from + 2 + MAX_ADDRESSEE_WORDS; k++) {
    if (tokens[k].isWord) continue;
    return quoteMarkInfo(tokens[k].text.charCodeAt(0)) && k > from + 2 ? k + 1 : from;
  }
  return from;
}

/** Words read before a verb for its subject: keeps unpunctuated text linear. */
export const SUBJECT_WINDOW = 40;

/** Words a name standing before its relative pronoun may have. */
const MAX_NAME_BEFORE_RELATIVE = 4;

/**
 * The name that a relative pronoun at `relative` refers back to: the words right before it
 * without the article, roles and stop words, one of them at least unknown to the dictionary
 * (لويس جال; not الأصوات).
 */
function nameBeforeRelative(tokens: Token[], relative: number): SpeakerPhrase {
  let from = relative;
  let unknown = false;
  while (from - 1 >= 0 && relative - from < MAX_NAME_BEFORE_RELATIVE) {
    const t = tokens[from - 1];
    if (!t.isWord || hasArticle(t.key) || isRole(t.key) || isStop(t.key)) break;
    if (lexiconClass(t.key, []) === 'n') unknown = true;
    from--;
  }
  if (from === relative || !unknown) return null;
  return { span: { start: tokens[from].start, end: tokens[relative - 1].end } };
}

/**
 * The subject of the verb at `v`: after it (VSO), else before it when the verb has no
 * conjunction (`هويدي قال`); `وقال` with nothing after continues the previous speaker.
 */
export function subjectOf(tokens: Token[], v: number): SpeakerPhrase {
  const relayed = relayedSource(tokens, v);
  if (relayed) return relayed;
  const opening = openingSubject(tokens, v);
  if (opening) return opening;
  // أعلنت فيه الرئاسة: a resumptive pronoun may stand between the verb and its subject.
  let from = v + 1 < tokens.length && AR_IN_IT.has(tokens[v + 1].key) ? v + 2 : v + 1;
  // قالت لها مريم: whom it was said to stands between the verb and its subject.
  if (from < tokens.length && tokens[from].isWord && AR_SAID_TO_PRONOUNS.has(tokens[from].key)) from++;
  // وقال لـ«عكاظ» المتحدث …: the paper spoken to stands between the verb and its subject.
  from = afterQuotedAddressee(tokens, from);
  const after = arabicSpeakerPhrase(tokens, from, false);
  if (after !== null) return after;
  const key = tokens[v].key;
  if (key.startsWith('\u0648') && isArabicSpeechCue(key.slice(1), tokens[v].text) === 'verb') return 'anaphor';
  const before = v > 0 && tokens[v - 1].isWord ? tokens[v - 1].key : '';
  // لكنه أشار، إنه قال: the pronoun is the subject, i.e. the current speaker.
  if (AR_PRONOUN_PARTICLES.has(before)) return 'anaphor';
  // مدربه لويس جال الذي قال: a relative clause's speaker is the name right before it; after a
  // description (الأصوات التي تقول) it is nobody nameable.
  if (AR_RELATIVES.has(before)) return nameBeforeRelative(tokens, v - 1) ?? 'none';
  let start = v - 1;
  while (start >= 0 && start >= v - SUBJECT_WINDOW && !(tokens[start].text === '.' || tokens[start].text === '\u061f' || tokens[start].text === '!')) start--;
  // ومضى يقول: a verb that carries on, alone before the speech verb, has the elided subject.
  if (v - start - 1 === 1 && before !== '' && AR_CARRYING_ON_VERBS.has(withoutProclitics(before, false))) return 'anaphor';
  return arabicSubjectBefore(tokens.slice(start + 1, v));
}
