/**
 * Reported (indirect) speech: `قال بوتين إن …`, `أكد المصدر أن …`, `Putin said (that) …`.
 * The span is the reported clause, from after the complementizer to the sentence end.
 */
import { SUBJECT_WINDOW, arabicSpeechCueAt, subjectOf } from './attribution-ar';
import { nameAfter, subjectBefore } from './attribution-en';
import { isSentenceEnd, isSpace } from './chars';
import { isNamed, type PhraseSpan } from './speaker-ar';
import { AR_OPENERS, opensSentence, sentenceTopic, type PersonIn } from './topic';
import { isCapitalised, type Token } from './tokens';
import { withoutProclitics } from '../lang/ar/clitics';
import { AR_COMPLEMENTIZERS } from '../lang/ar/speech-verbs';
import { EN_PRONOUNS } from '../lang/en/speaker-words';
import { EN_REPORTING_VERBS, EN_SPEECH_VERBS, EN_VERBS_BEFORE_SPEAKER } from '../lang/en/speech-verbs';

export interface ReportedSpeech {
  /** Offset of the reporting verb (orders it among quotations). */
  at: number;
  start: number;
  end: number;
  speaker: PhraseSpan | null;
  usePrevious: boolean;
  /** …and an organisation, if one was named (وقالت المنظمة إن). */
  previousOrganisation?: boolean;
  /** …and a person (he or she said that). */
  previousPerson?: boolean;
  /** False for a reporting verb with a named subject but no clause: it only tells who spoke last. */
  hasClause: boolean;
}


function sentenceEndAfter(text: string, from: number, limit: number): number {
  for (let i = from; i < limit; i++) {
    const c = text.charCodeAt(i);
    // A scraped line may end in a stray `&` right after the full stop.
    if (isSentenceEnd(c) && (i + 1 >= limit || isSpace(text.charCodeAt(i + 1)) || text.charCodeAt(i + 1) === 0x26)) return i;
  }
  return limit;
}

function isQuoteToken(t: Token): boolean {
  return !t.isWord && '"«»“”„\''.includes(t.text);
}

function sentenceStartIndex(tokens: Token[], v: number): number {
  let k = v - 1;
  while (k >= 0 && k >= v - SUBJECT_WINDOW && !(tokens[k].text === '.' || tokens[k].text === '!' || tokens[k].text === '?' || tokens[k].text === '\u061f')) k--;
  return k + 1;
}

/** `personIn`, when given, lets a sentence's person subject tell who a later `he`/`وقال` is. */
export function findReported(text: string, tokens: Token[], paraEnd: number, lang: 'ar' | 'en', insideQuote: (offset: number) => boolean, personIn?: PersonIn): ReportedSpeech[] {
  const out: ReportedSpeech[] = [];
  let resumeAt = 0;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (!t.isWord || t.start < resumeAt || insideQuote(t.start)) continue;
    const found = lang === 'ar' ? arabicReported(tokens, i) : englishReported(tokens, i);
    if (!found) {
      const speaker = (lang === 'ar' ? arabicNamedSubject(tokens, i) : englishNamedSubject(tokens, i))
        ?? (personIn && opensSentence(tokens, i) && !(lang === 'en' && saidByPronoun(tokens, i)) ? sentenceTopic(tokens, i, lang, personIn) : null);
      if (speaker) out.push({ at: t.start, start: t.start, end: t.start, speaker, usePrevious: false, hasClause: false });
      continue;
    }
    const clauseStart = tokens[found.clause].start;
    const end = sentenceEndAfter(text, clauseStart, paraEnd);
    if (end <= clauseStart) continue;
    out.push({ at: t.start, start: clauseStart, end, speaker: found.speaker, usePrevious: found.usePrevious, previousOrganisation: found.previousOrganisation, previousPerson: found.previousPerson, hasClause: true });
    resumeAt = end;
  }
  return out;
}

/**
 * `And Ann Price would chair the inquiry, he said.`: a sentence ending in a pronoun's speech
 * verb reports the current speaker's words; the person it opens with is what they talk about.
 */
function saidByPronoun(tokens: Token[], from: number): boolean {
  for (let k = from + 1; k < tokens.length && k < from + SUBJECT_WINDOW; k++) {
    const t = tokens[k];
    if (t.text === '.' || t.text === '!' || t.text === '?') return false;
    if (t.isWord && EN_SPEECH_VERBS.has(t.key) && EN_PRONOUNS.has(tokens[k - 1].key) && tokens[k - 2]?.text === ',') return true;
  }
  return false;
}

interface Found {
  clause: number;
  speaker: PhraseSpan | null;
  usePrevious: boolean;
  previousOrganisation?: boolean;
  previousPerson?: boolean;
}

/**
 * بيّن (explained), written بين like the preposition (between), is a reporting verb where a
 * clause opens with it: `بدوره، بين المشرف … أن`, `وبين الوزير أن`.
 */
function explainsAt(tokens: Token[], v: number): boolean {
  if (withoutProclitics(tokens[v].key, false) !== '\u0628\u064a\u0646' && tokens[v].key !== '\u0648\u0628\u064a\u0646') return false;
  if (v === 0) return true;
  const before = tokens[v - 1];
  return before.text === '.' || before.text === '\u060c' || before.text === ',' || before.text === '\u061f' || (before.isWord && AR_OPENERS.has(before.key));
}

function arabicCue(tokens: Token[], v: number): 'verb' | 'continuation' | 'source' | null {
  return arabicSpeechCueAt(tokens, v) ?? (explainsAt(tokens, v) ? 'verb' : null);
}

function arabicReported(tokens: Token[], v: number): Found | null {
  const cue = arabicCue(tokens, v);
  if (cue !== 'verb' && cue !== 'continuation') return null;
  for (let c = v + 1; c < tokens.length && c <= v + 10; c++) {
    const t = tokens[c];
    if (!t.isWord) {
      if (t.text === '\u060c' || t.text === ',' || t.text === '(' || t.text === ')') continue;
      // وأضاف الوزير: نعمل على … — direct speech with no quotation marks, to the sentence's end.
      if (t.text === ':' && c + 1 < tokens.length && tokens[c + 1].isWord) return clauseFound(tokens, v, c, cue);
      return null;
    }
    const key = withoutProclitics(t.key, false);
    if (!AR_COMPLEMENTIZERS.has(key) && !AR_COMPLEMENTIZERS.has(t.key)) continue;
    if (c + 1 >= tokens.length || isQuoteToken(tokens[c + 1])) return null;
    return clauseFound(tokens, v, c, cue);
  }
  return null;
}

/** The clause after `tokens[c]` (a complementizer or a colon) reports the words of the verb at `v`'s subject. */
function clauseFound(tokens: Token[], v: number, c: number, cue: 'verb' | 'continuation'): Found {
  if (cue === 'continuation') return { clause: c + 1, speaker: null, usePrevious: true };
  const w = Math.max(0, v - SUBJECT_WINDOW);
  const phrase = subjectOf(tokens.slice(w, c), v - w);
  if (isNamed(phrase)) return { clause: c + 1, speaker: phrase.span, usePrevious: false };
  return { clause: c + 1, speaker: null, usePrevious: phrase !== 'none', previousOrganisation: phrase === 'org-anaphor' };
}

function englishReported(tokens: Token[], v: number): Found | null {
  if (!EN_REPORTING_VERBS.has(tokens[v].key)) return null;
  const prev = v > 0 ? tokens[v - 1] : null;
  if (prev && (!prev.isWord || isQuoteToken(prev))) return null;
  let c = v + 1;
  if (tokens[v].key === 'told') {
    while (c < tokens.length && c <= v + 5 && tokens[c].key !== 'that') c++;
    if (c >= tokens.length || tokens[c].key !== 'that') return null;
  }
  if (c < tokens.length && tokens[c].key === 'that') c++;
  if (c >= tokens.length || !tokens[c].isWord) return null;
  const start = sentenceStartIndex(tokens, v);
  const subject = subjectBefore(tokens.slice(start, v), v - start);
  if (subject === null && !(prev && EN_PRONOUNS.has(prev.key))) return null;
  if (subject === 'organisation') return { clause: c, speaker: null, usePrevious: true, previousOrganisation: true };
  if (subject === 'person') return { clause: c, speaker: null, usePrevious: true, previousPerson: true };
  if (subject === null || subject === 'previous') return { clause: c, speaker: null, usePrevious: true };
  return { clause: c, speaker: subject, usePrevious: false };
}

function arabicNamedSubject(tokens: Token[], v: number): PhraseSpan | null {
  if (arabicCue(tokens, v) !== 'verb') return null;
  const w = Math.max(0, v - SUBJECT_WINDOW);
  const phrase = subjectOf(tokens.slice(w, v + SUBJECT_WINDOW), v - w);
  return isNamed(phrase) ? phrase.span : null;
}

/**
 * `According to Ann Price, the pier will …` and `… will open in May, said Ann Price.`: a
 * name after its cue, in a sentence with no quotation marks, tells who spoke last (a later
 * `he said` is theirs), not the subject of the words they report.
 */
function englishNameAfterCue(tokens: Token[], v: number): PhraseSpan | null {
  let from = -1;
  if (tokens[v].key === 'according' && tokens[v + 1]?.key === 'to') from = v + 2;
  else if (EN_VERBS_BEFORE_SPEAKER.has(tokens[v].key) && tokens[v - 1]?.text === ',') from = v + 1;
  if (from < 0 || from >= tokens.length || !isCapitalised(tokens[from])) return null;
  const name = nameAfter(tokens, from);
  if (!name || typeof name !== 'object' || name.description) return null;
  // The name closes the clause (`, said Ann Price.`), else it is an object: `, warned Tom Lee not to`.
  // Searched from the name on, not from the paragraph's start: a long paragraph stays linear.
  let after = from;
  while (after < tokens.length && tokens[after].start < name.end) after++;
  const next = tokens[after];
  return !next || next.text === ',' || next.text === '.' || next.text === '!' || next.text === '?' ? name : null;
}

/** The sentence from `start` opens with `According to` before the verb at `v`. */
function reportedBySource(tokens: Token[], start: number, v: number): boolean {
  // The sentence may open after the closing mark of a quotation ending the one before.
  const k = isQuoteToken(tokens[start]) ? start + 1 : start;
  return v - k >= 2 && tokens[k].key === 'according' && tokens[k + 1].key === 'to';
}

/** A quotation mark between `start` and the verb at `v` (one closing the sentence before aside). */
function quotesBefore(tokens: Token[], start: number, v: number): boolean {
  // Double marks only: a single one is as often an apostrophe (the Blues' push).
  for (let k = start + 1; k < v; k++) if (isQuoteToken(tokens[k]) && tokens[k].text !== "'") return true;
  return false;
}

function englishNamedSubject(tokens: Token[], v: number): PhraseSpan | null {
  const after = englishNameAfterCue(tokens, v);
  if (after) return after;
  if (!EN_SPEECH_VERBS.has(tokens[v].key) || tokens[v].key.endsWith('ing')) return null;
  const start = sentenceStartIndex(tokens, v);
  // `According to Ann Price, Tom Lee promised …`: Tom Lee's words are hers to report.
  if (reportedBySource(tokens, start, v)) return null;
  // `"…," Ann Price, from …, told the BBC.`: a quotation's own sentence; who said it is read with the quotation.
  if (quotesBefore(tokens, start, v)) return null;
  // `Ann Price, 49, who told reporters she …`: the relative's antecedent spoke.
  const end = v - 1 > start && tokens[v - 1].key === 'who' && EN_REPORTING_VERBS.has(tokens[v].key) ? v - 1 : v;
  const subject = subjectBefore(tokens.slice(start, end), end - start);
  // Only a capitalised name tells who spoke last; bare descriptions ("newspaper") do not.
  if (!subject || subject === 'previous' || subject === 'organisation' || subject === 'person') return null;
  // Looked for in the sentence only, not from the paragraph's start: a long paragraph stays linear.
  let first = start;
  while (first < end && tokens[first].start < subject.start) first++;
  return first < end && tokens[first].start === subject.start && isCapitalised(tokens[first]) ? subject : null;
}
