/**
 * Finds quotations (speech and other) and reported speech with their speakers.
 * Paragraph by paragraph: marks are paired (marks.ts), each top-level quotation is
 * attributed from its own sentence, elided subjects take the most recent speaker, and
 * nested quotations inherit their parent's. Linear in the text length.
 */
import type { Entity, Quote, Speaker } from '../types';
import { attributeArabic } from './attribution-ar';
import type { Attribution } from './attribution';
import { attributeEnglish } from './attribution-en';
import { isProcliticLetter, isSentenceEnd, isSpace, isWordChar, sentenceEnd } from './chars';
import { followedByColon, isSpeech, namesOrganisation, neverSpeech, type KindContext } from './kind';
import { shippedKindClassifier, type KindClassifier } from './kind-model';
import { demoteRecurringTerms } from './recurring-terms';
import type { Doc } from '../doc';
import type { MarkedQuote } from './marks';
import { MentionIndex } from './mentions';
import { scanParagraphs, type ScannedParagraph } from './scanner';
import { antecedentOf, SpeakerMemory } from './speaker-memory';
import { canSpeak, speakerCandidates } from './speaker-candidates';
import { shippedSpeakerRanker, type SpeakerRanker } from './speaker-ranker';
import { findReported, type ReportedSpeech } from './reported';
import { headlineSpeaker } from './headline';
import type { Token } from './tokens';
import { withoutProclitics } from '../lang/ar/clitics';
import { AR_COMPLEMENTIZERS } from '../lang/ar/speech-verbs';
import { partitionPoint } from '../partition-point';

export type { MarkedQuote } from './marks';

/** Tokens overlapping `[from, to)`, by binary search over the paragraph's tokens. */
function tokensIn(tokens: Token[], from: number, to: number): Token[] {
  const lo = partitionPoint(tokens.length, (i) => tokens[i].end <= from);
  let k = lo;
  while (k < tokens.length && tokens[k].start < to) k++;
  return tokens.slice(lo, k);
}

function sentenceStart(text: string, floor: number, at: number): number {
  for (let i = at - 1; i >= floor; i--) {
    if (isSentenceEnd(text.charCodeAt(i)) && i + 1 < at && isSpace(text.charCodeAt(i + 1))) return i + 1;
  }
  return floor;
}

function nextNonSpace(text: string, from: number, limit: number): number {
  let i = from;
  while (i < limit && isSpace(text.charCodeAt(i))) i++;
  return i < limit ? text.charCodeAt(i) : -1;
}

function lastCharBefore(text: string, at: number, floor: number): number {
  let i = at - 1;
  while (i >= floor && isSpace(text.charCodeAt(i))) i--;
  return i >= floor ? text.charCodeAt(i) : -1;
}

function gluedToProclitic(text: string, openMark: number, floor: number): boolean {
  if (openMark <= floor) return false;
  let j = openMark - 1;
  if (text.charCodeAt(j) === 0x0640) j--;
  return j >= floor && isProcliticLetter(text.charCodeAt(j)) && (j === floor || !isWordChar(text.charCodeAt(j - 1)));
}

/** How far back a quotation's sentence is read, so long unpunctuated text stays linear. */
const MAX_LOOK_BACK = 600;

interface Top {
  quote: Quote;
  marked: MarkedQuote;
}

export interface QuoteOptions {
  /**
   * Picks each speech quotation's speaker among its candidates: the shipped learned ranker by
   * default; null leaves the attribution rules' pick (training and comparisons set it).
   */
  ranker?: SpeakerRanker | null;
  /**
   * Decides speech or not where the rules' verdict may be overruled: the shipped learned model by
   * default; null keeps the rules' verdict (training and comparisons set it).
   */
  kinds?: KindClassifier | null;
}

/** Headline quotations read for their speaker (see headline.ts). */
const MAX_HEADLINE_QUOTES = 10;

export function findQuotes(doc: Doc, entities: readonly Entity[], options: QuoteOptions = {}): Quote[] {
  const { text, structure, language: lang } = doc;
  const mentions = new MentionIndex(entities, structure.blocks.flatMap((b) => (b.dateline ? [b.dateline] : [])));
  const memory = new SpeakerMemory(text, mentions);
  const ranker = options.ranker === undefined ? shippedSpeakerRanker() : options.ranker;
  const kinds = options.kinds === undefined ? shippedKindClassifier() : options.kinds;
  // Where a new topic starts: headings, and the short lines standing alone between paragraphs
  // (the structure calls them captions; in running text they are mostly subheadings).
  const title = structure.blocks.find((b) => b.kind === 'title') ?? null;
  const headings = structure.blocks.filter((b) => b.kind === 'heading' || b.kind === 'caption').map((b) => b.start);
  const out: Quote[] = [];
  // The kind of the last top-level quotation: a paragraph inside a quotation running over several
  // paragraphs (marks.ts `continues`) is what its opening paragraph's quotation was.
  let lastTopKind: Quote['kind'] | null = null;

  const emitReported = (rep: ReportedSpeech): void => {
    let speaker: Speaker | null;
    if (!ranker) speaker = memory.speakerFrom(rep.speaker, rep.usePrevious, null, rep.start, antecedentOf(rep));
    else {
      // With the ranker, reported speech keeps only a speaker that can speak, and so does the memory.
      const rule = memory.resolve(rep.speaker, rep.usePrevious, null, rep.start, antecedentOf(rep));
      speaker = rule.speaker && canSpeak(text, lang, mentions, rule.speaker) ? rule.speaker : null;
      if (speaker && rule.source !== 'previous') memory.remember(speaker, rep.start, rep.speaker?.org === true);
    }
    if (rep.hasClause) out.push({ start: rep.start, end: rep.end, text: text.slice(rep.start, rep.end), kind: 'reported', speaker });
  };

  for (const { span: para, tokens, marked } of scanParagraphs(text, structure, lang)) {
    const tops = marked.filter((q) => q.depth === 0);
    let topIndex = 0;
    const insideQuote = (offset: number): boolean => {
      while (topIndex < tops.length && tops[topIndex].end < offset) topIndex++;
      return topIndex < tops.length && tops[topIndex].start - 1 <= offset && offset <= tops[topIndex].end;
    };
    const reported = findReported(text, tokens, para.end, lang, insideQuote, (span) => mentions.personIn(span));
    let r = 0;
    let nextTopIndex = 0;
    let floor = para.start;
    const done: Top[] = [];
    let closeOf: Map<number, number> | undefined;
    for (let m = 0; m < marked.length; m++) {
      const q = marked[m];
      const openAt = q.openMark >= 0 ? q.openMark : q.start;
      while (r < reported.length && reported[r].at < openAt) {
        emitReported(reported[r++]);
      }
      const quote: Quote = { start: q.start, end: q.end, text: text.slice(q.start, q.end), kind: 'other', speaker: null, mark: q.openMark >= 0 ? text[q.openMark] : undefined };
      if (q.depth > 0) {
        const parent = findParent(done, q);
        if (lang === 'en' && parent && parent.quote.kind === 'speech') {
          quote.kind = 'speech';
          sameVoice(quote, parent.quote);
        }
        out.push(quote);
        continue;
      }
      while (nextTopIndex < tops.length && tops[nextTopIndex].start <= q.end) nextTopIndex++;
      const nextTop = nextTopIndex < tops.length ? tops[nextTopIndex] : null;
      closeOf ??= closingMarks(marked);
      const { closeEnd, prefixStart, suffixEnd, prefix, suffix, content, attribution } = attributeTop(text, lang, { span: para, tokens, marked }, q, floor, nextTop, mentions, closeOf);
      const inTitle = title !== null && title.start <= q.start && q.end <= title.end;
      const kindContext: KindContext = {
        lang,
        prefix,
        content,
        attribution,
        recovered: q.openMark < 0 || q.closeMark < 0,
        glued: q.openMark >= 0 && gluedToProclitic(text, q.openMark, para.start),
        colonAfter: followedByColon(text, closeEnd, para.end),
        nextWord: suffix.length > 0 && suffix[0].isWord ? suffix[0] : null,
        suffix,
        isName: mentions.isExactlyAName(text, q),
        namesOnly: mentions.onlyNames(content.filter((t) => t.isWord)),
        inTitle,
      };
      const ruleSpeech = q.continues ? lastTopKind === 'speech' : isSpeech(kindContext);
      const speech = q.continues || !kinds || neverSpeech(kindContext) ? ruleSpeech : kinds(kindContext, ruleSpeech, q);
      const previous = done.length > 0 ? done[done.length - 1].quote : null;
      // The previous quotation's closing mark, where the floor (and so this prefix) may start.
      const previousClose = done.length > 0 && done[done.length - 1].marked.closeMark >= 0 ? done[done.length - 1].marked.closeMark + 1 : previous?.end ?? -1;
      if (!speech && !attribution.found && previous && previous.kind === 'speech' && previousClose >= prefixStart && !q.depth) {
        // "…a "pressing need" and a "common aim"": same sentence, same voice.
        quote.kind = 'speech';
        sameVoice(quote, previous);
      } else if (speech && inTitle && lang === 'en' && !attribution.found) {
        // A headline's quoted words: who said them is told further down, not in the headline.
        quote.kind = 'speech';
      } else if (speech) {
        quote.kind = 'speech';
        const region = prefix.length > 0 ? { start: attribution.clauseStart ?? prefix[0].start, end: attribution.regionEnd ?? openAt } : null;
        // An Arabic elided or anaphoric subject (وأضاف، وأكد المصدر) is the previous speaker,
        // never some other name in the sentence; English "previous" also covers subjects the
        // reader could not parse, where a name in the sentence is the better guess.
        const nameInSentence = attribution.found && (lang === 'en' || !attribution.usePrevious || attribution.fromClause === true);
        // A quotation with no cue of its own continues the current speaker, unless a heading
        // started a new topic since that speaker last spoke.
        const afterHeading = !attribution.found && headingBetween(headings, memory.lastSpokeAt, q.start);
        const usePrevious = (attribution.usePrevious || !attribution.found) && !afterHeading;
        if (!ranker) {
          quote.speaker = memory.speakerFrom(attribution.speaker, usePrevious, nameInSentence ? region : null, q.start, antecedentOf(attribution));
        } else {
          const rule = memory.resolve(attribution.speaker, usePrevious, nameInSentence ? region : null, q.start, antecedentOf(attribution));
          // The company, التقرير: the organisation named or heard last, never a person.
          const previous = afterHeading ? null : memory.previous(q.start, antecedentOf(attribution));
          const candidates = speakerCandidates({
            text, lang, mentions, openAt, closeEnd, sentenceStart: prefixStart, sentenceEnd: suffixEnd, paragraphStart: para.start,
            prefix, cueFound: attribution.found, askedPrevious: attribution.usePrevious, askedPerson: attribution.previousPerson === true, askedOrganisation: attribution.previousOrganisation === true, rule, previous, previousSpokeAt: memory.lastSpokeAt, earlier: memory.earlierSpeakers(q.start), headings,
          });
          const picked = ranker(candidates, lang, q);
          const chosen = candidates[picked]?.speaker ?? null;
          quote.speaker = chosen;
          if (ranker.confidence) quote.speakerConfidence = Math.round(100 * ranker.confidence(candidates, lang, picked)) / 100;
          // The one who spoke last speaks again; anyone else (he or she reaching past an
          // organisation included) becomes the one who spoke last.
          const last = attribution.previousPerson && !afterHeading ? memory.previous(q.start) : previous;
          if (chosen && last && (chosen.entity !== null ? chosen.entity === last.entity : chosen.start === last.start)) memory.lastSpokeAt = q.start;
          else if (chosen) memory.remember(chosen, q.start, chosen === rule.speaker && rule.source === 'phrase' && attribution.speaker?.org === true);
        }
      }
      if (quote.kind === 'other' && lang === 'ar' && namesOrganisation(prefix)) {
        memory.organisationNamed({ start: q.start, end: q.end, text: quote.text, entity: null });
      }
      out.push(quote);
      done.push({ quote, marked: q });
      lastTopKind = quote.kind;
      // Names and terms stay part of the sentence read for the next quotation's cue.
      if (quote.kind === 'speech') floor = Math.max(floor, closeEnd);
    }
    while (r < reported.length) {
      emitReported(reported[r++]);
    }
  }
  if (lang === 'ar') demoteRecurringTerms(out);
  if (lang === 'en' && title) {
    const lead = structure.blocks.find((b) => b.start >= title.end && (b.kind === 'lead' || b.kind === 'paragraph')) ?? null;
    // A headline holds a few quotations; a bound keeps an adversarial one-line "headline" linear.
    for (let k = 0; k < out.length && k < MAX_HEADLINE_QUOTES; k++) {
      const q = out[k];
      if (q.start >= title.end) break;
      if (q.kind === 'speech' && !q.speaker) {
        q.speaker = headlineSpeaker(text, title, lead, q, out, mentions);
        // The ranker was sure of nobody, not of the speaker the headline rule found.
        if (q.speaker) delete q.speakerConfidence;
      }
    }
  }
  return out;
}

/** A top-level quotation's sentence around it: the words before and after, and who they say spoke. */
interface TopContext {
  /** Just after the closing mark (or the quotation's end when it has none). */
  closeEnd: number;
  prefixStart: number;
  /** Where the words read after the quotation end. */
  suffixEnd: number;
  prefix: Token[];
  suffix: Token[];
  content: Token[];
  attribution: Attribution;
}

/** A quotation in the same voice as `from` (nested in it, or in its sentence): its speaker, and as sure. */
function sameVoice(quote: Quote, from: Quote): void {
  quote.speaker = from.speaker ? { ...from.speaker } : null;
  if (from.speakerConfidence !== undefined) quote.speakerConfidence = from.speakerConfidence;
}

const NO_ATTRIBUTION: Attribution = { found: false, speaker: null, usePrevious: false, introduces: false };

/**
 * The attribution step of a top-level quotation: its sentence's words before it (from `floor`,
 * the end of the previous speech, at most MAX_LOOK_BACK back) and after it (up to the next
 * quotation), read by the Arabic or the English attribution rules.
 */
function attributeTop(text: string, lang: 'ar' | 'en', paragraph: ScannedParagraph, q: MarkedQuote, floor: number, nextTop: MarkedQuote | null, mentions: MentionIndex, closeOf: ReadonlyMap<number, number>): TopContext {
  const { span: para, tokens } = paragraph;
  const openAt = q.openMark >= 0 ? q.openMark : q.start;
  const closeEnd = q.closeMark >= 0 ? q.closeMark + 1 : q.end;
  const prefixStart = sentenceStart(text, Math.max(floor, openAt - MAX_LOOK_BACK), openAt);
  let prefix = tokensIn(tokens, prefixStart, openAt);
  const suffixLimit = nextTop ? Math.min(para.end, nextTop.openMark >= 0 ? nextTop.openMark : nextTop.start) : para.end;
  const suffixEnd = sentenceEnd(text, closeEnd, suffixLimit);
  const suffix = tokensIn(tokens, closeEnd, suffixEnd);
  const next = nextNonSpace(text, closeEnd, para.end);
  const content = tokensIn(tokens, q.start, q.end);
  const attribute = (words: Token[]): Attribution => lang === 'ar'
    ? attributeArabic(words, suffix, next >= 0 && isWordChar(next), opensWithComplementizer(content), content)
    : attributeEnglish(words, suffix, continuesSentence(text, q, closeEnd, para.end), content);
  let attribution = attribute(prefix);
  if (attribution.found && !attribution.speaker) {
    // A cue without its subject: a quoted name may have cut it (رئيس حزب «…» فلان).
    const unmarked = withoutClosedQuoteMarks(prefix, closeOf, prefixStart, openAt);
    const retried = unmarked.length < prefix.length ? attribute(unmarked) : null;
    if (retried?.speaker) { prefix = unmarked; attribution = retried; }
  }
  // A cue that only holds with a known name (a person's or organisation's) and has none.
  if (attribution.needsEntity && !(attribution.speaker && mentions.speakerIn(attribution.speaker))) attribution = NO_ATTRIBUTION;
  return { closeEnd, prefixStart, suffixEnd, prefix, suffix, content, attribution };
}

/**
 * The prefix without the marks of quotations closed inside it: the floor moves past speech, so
 * these quote a name or a term (`أكد رئيس حزب «الأمل الجديد» سامر الحداد أن «…»`), whose
 * marks can cut the subject in two. (They can also end it: جمعية "حماية المستهلك" التجار, so
 * this is the second reading, when the first found no subject.)
 */
function withoutClosedQuoteMarks(prefix: Token[], closeOf: ReadonlyMap<number, number>, from: number, to: number): Token[] {
  // Read from the prefix's own tokens, not from every quotation of the paragraph: a paragraph of
  // thousands of quotations stays linear.
  const marks = new Set<number>();
  for (const t of prefix) {
    const close = t.start >= from ? closeOf.get(t.start) : undefined;
    if (close !== undefined && close < to) marks.add(t.start).add(close);
  }
  return marks.size === 0 ? prefix : prefix.filter((t) => !marks.has(t.start));
}

/** Each quotation's opening mark → its closing mark, for the quotations that have both. */
function closingMarks(marked: readonly MarkedQuote[]): Map<number, number> {
  const closeOf = new Map<number, number>();
  for (const m of marked) if (m.openMark >= 0 && m.closeMark >= 0) closeOf.set(m.openMark, m.closeMark);
  return closeOf;
}

/** Whether a heading starts after `from` and before `to` (`headings`: their starts, in order). */
function headingBetween(headings: readonly number[], from: number, to: number): boolean {
  const lo = partitionPoint(headings.length, (i) => headings[i] <= from);
  return lo < headings.length && headings[lo] < to;
}

/** The quotation's first word is أن/إن (قرر معاذ «أن …»). */
function opensWithComplementizer(content: Token[]): boolean {
  return content.length > 0 && content[0].isWord && AR_COMPLEMENTIZERS.has(withoutProclitics(content[0].key, false));
}

function findParent(done: Top[], q: MarkedQuote): Top | null {
  for (let k = done.length - 1; k >= 0; k--) {
    const p = done[k].marked;
    if (p.start <= q.start && q.end <= p.end) return done[k];
  }
  return null;
}

/** English: after `"…,"` or lower-case words the sentence goes on (`"…," he said`). */
function continuesSentence(text: string, q: MarkedQuote, closeEnd: number, limit: number): boolean {
  const lastInside = lastCharBefore(text, q.end, q.start);
  if (lastInside === 0x2c || lastInside === 0x3f || lastInside === 0x21 || lastInside === 0x2d || lastInside === 0x2014) return true;
  const next = nextNonSpace(text, closeEnd, limit);
  if (next === 0x2c) return true;
  return next >= 0x61 && next <= 0x7a;
}
