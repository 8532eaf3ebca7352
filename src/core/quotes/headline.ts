/**
 * Who said a headline's quoted words when the headline does not name them before the quotation.
 * English news headlines put the speaker after a closing dash (`Harbour fees 'unfair' - Okonkwo`)
 * or leave it to the lead, which tells it at the end of its first sentence (`…, say MPs.`, `…, a
 * report by the audit office says.`) or as the first named speaker of the article's opening.
 */
import type { Quote, Speaker, Span } from '../types';
import { sentenceEnd } from './chars';
import type { MentionIndex } from './mentions';

/** Verbs of an attribution that ends a sentence: `…, say MPs.` / `…, the report says.` */
const TRAILING_VERBS = 'say|says|said|warn|warns|warned|claim|claims|claimed|argue|argues|argued|believe|believes|suggest|suggests|suggested|insist|insists|insisted';
const VERB_THEN_SOURCE = new RegExp(`,\\s+(?:${TRAILING_VERBS})\\s+([^,.!?]{1,60}?)\\s*[.!?]?\\s*$`);
const SOURCE_THEN_VERB = new RegExp(`,\\s+([^,.!?]{1,80}?)\\s+(?:${TRAILING_VERBS})\\s*[.!?]?\\s*$`);
/** A source described in a few words stands as the speaker (`two reports`, `MPs`); longer ones are read for a name. */
const MAX_DESCRIBED_WORDS = 4;
/** How far into the body the first named speaker may be taken from (about two short paragraphs). */
const OPENING_LENGTH = 700;

const DASHES = /\s[-\u2013\u2014]\s+/g;

/** The headline's own speaker, after its last dash, when the words there are a name. */
function speakerAfterDash(text: string, title: Span, quote: Span, mentions: MentionIndex): Speaker | null {
  const last = [...text.slice(quote.end, title.end).matchAll(DASHES)].pop();
  if (!last || last.index === undefined) return null;
  const from = quote.end + last.index + last[0].length;
  const span = { start: from, end: title.end };
  const named = mentions.speakersWithin(text, span)[0];
  if (named) return named;
  const words = text.slice(from, title.end).trim();
  // An unrecognised short capitalised name (`- Okonkwo`) still names the speaker.
  if (!/^\p{Lu}[\p{L}'.-]*(?:\s\p{Lu}[\p{L}'.-]*){0,2}$/u.test(words)) return null;
  return { start: from, end: from + words.length, text: words, entity: mentions.aliasOf(words) };
}

/** The source at the end of the lead's first sentence (`…, say the Tories.`), if it has one. */
function trailingSource(text: string, sentence: Span, mentions: MentionIndex): Speaker | null {
  const written = text.slice(sentence.start, sentence.end);
  const m = VERB_THEN_SOURCE.exec(written) ?? SOURCE_THEN_VERB.exec(written);
  if (!m) return null;
  let start = sentence.start + m.index + m[0].indexOf(m[1]);
  let phrase = m[1];
  const named = mentions.speakersWithin(text, { start, end: start + phrase.length })[0];
  if (named) return named;
  if (phrase.split(/\s+/).length > MAX_DESCRIBED_WORDS) return null;
  // `the Tories`: the article is no part of who spoke (`two reports` keeps its number).
  const the = /^the\s+/i.exec(phrase);
  if (the) { start += the[0].length; phrase = phrase.slice(the[0].length); }
  return { start, end: start + phrase.length, text: phrase, entity: mentions.aliasOf(phrase) };
}

/** Letters and digits only, lower case, one space between words: how quoted words are compared. */
const wordsOf = (s: string): string => s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();

/**
 * `Ferry plan a 'gamble'` … `…, calling the plan a "gamble".`: a headline repeats words the body
 * quotes again with their speaker, so that speaker said them.
 */
function speakerOfRepeatedWords(title: Span, quote: Quote, quotes: readonly Quote[]): Speaker | null {
  if (quote.text.length > MAX_HEADLINE_QUOTE) return null;
  const words = wordsOf(quote.text);
  if (words.length < 3) return null;
  let read = 0;
  for (const q of quotes) {
    if (q.start < title.end || q.kind !== 'speech' || !q.speaker || q.text.length > MAX_BODY_QUOTE) continue;
    if (` ${wordsOf(q.text)} `.includes(` ${words} `)) return { ...q.speaker };
    // The body repeats a headline's words near its start; a bound keeps adversarial text linear.
    if (++read >= MAX_BODY_QUOTES_READ) break;
  }
  return null;
}

/** A headline's quoted words are short; a body quotation repeating them is a paragraph at most. */
const MAX_HEADLINE_QUOTE = 200;
const MAX_BODY_QUOTE = 3000;
const MAX_BODY_QUOTES_READ = 200;

/**
 * The speaker of an English headline's quotation that has none: whoever the body quotes saying
 * the same words, else after the headline's dash, else at the end of the lead's first sentence,
 * else the first named speaker of the opening (`quotes`: the article's quotations in text order,
 * the headline's without a speaker).
 */
export function headlineSpeaker(text: string, title: Span, lead: Span | null, quote: Quote, quotes: readonly Quote[], mentions: MentionIndex): Speaker | null {
  const repeated = speakerOfRepeatedWords(title, quote, quotes);
  if (repeated) return repeated;
  const dashed = speakerAfterDash(text, title, quote, mentions);
  if (dashed) return dashed;
  if (!lead) return null;
  const trailing = trailingSource(text, { start: lead.start, end: sentenceEnd(text, lead.start, lead.end) }, mentions);
  if (trailing) return trailing;
  for (const q of quotes) {
    if (q.start < lead.start || q.kind === 'other' || !q.speaker?.entity) continue;
    if (q.start > lead.start + OPENING_LENGTH) break;
    return { ...q.speaker };
  }
  return null;
}
