import type { Span, Structure } from '../types';
import { isSpace, quoteMarkInfo } from './chars';
import { recoveryHints } from './language';
import { endsOpen, firstMarkCloses, hasQuoteMark, pairMarks, type MarkedQuote } from './marks';
import { quoteTokens, type Token } from './tokens';

/** One paragraph as the quotation finder reads it: its span, its tokens and its paired marks. */
export interface ScannedParagraph {
  span: Span;
  tokens: Token[];
  /** The quotations the marks delimit, nested ones included (depth > 0), in text order. */
  marked: MarkedQuote[];
}

interface Paragraph extends Span {
  /** The block opens with a dateline (left out of the span): a new story, no quotation runs into it. */
  afterDateline?: true;
  /** A paragraph of running text (not a heading, caption or title). */
  running: boolean;
}

/** How many paragraphs without marks a quotation may run through (an interview's answer). */
const MAX_CONTINUED_PARAGRAPHS = 8;

/**
 * A quotation left open at the end of paragraph `p` that runs on through paragraphs with no marks
 * at all and is closed at the start of a later one (`«…⏎⏎…⏎⏎… ».`, one speaker over several
 * paragraphs, the opening mark written once): the index of that closing paragraph, else -1.
 */
function closingParagraph(text: string, paragraphs: Paragraph[], p: number, mark: string): number {
  const family = quoteMarkInfo(mark.charCodeAt(0))?.family;
  if (!family) return -1;
  for (let q = p + 1; q < paragraphs.length && q <= p + 1 + MAX_CONTINUED_PARAGRAPHS; q++) {
    const para = paragraphs[q];
    if (!para.running || para.afterDateline) return -1;
    if (q > p + 1 && firstMarkCloses(text, para.start, para.end, mark)) return q;
    if (hasQuoteMark(text, para.start, para.end, family)) return -1;
  }
  return -1;
}

/** A whole paragraph inside a quotation that opened before it and closes after it. */
function continuedQuote(text: string, span: Span, mark: string): MarkedQuote | null {
  let start = span.start, end = span.end;
  while (start < end && isSpace(text.charCodeAt(start))) start++;
  while (end > start && isSpace(text.charCodeAt(end - 1))) end--;
  return end > start ? { start, end, openMark: -1, closeMark: -1, mark, depth: 0, continues: true } : null;
}

/**
 * The paragraphs of the text (the structure's blocks) with their quotation marks paired, one at a time. A quotation left open at the
 * end of a paragraph whose closing mark opens the next one (`«… .⏎⏎ … مصيرهم».`) makes the two
 * one paragraph, so the quotation spans both. One that runs on through whole paragraphs without
 * marks to a closing mark further on is one quotation per paragraph, as the gold counts it: the
 * paragraphs between are quotations of their own (`continues`), and the closing one starts its
 * quotation at its first word.
 */
export function* scanParagraphs(text: string, structure: Structure, lang: 'ar' | 'en'): Generator<ScannedParagraph> {
  // A dateline block starts after its dateline: `LONDON (Reuters) -` or `إيلاف:` names where
  // the story comes from, never who speaks in it.
  const paragraphs = structure.blocks.map((b): Paragraph => {
    const running = b.kind === 'paragraph' || b.kind === 'lead' || b.kind === 'dateline';
    return b.dateline ? { start: b.dateline.end, end: b.end, afterDateline: true, running } : { start: b.start, end: b.end, running };
  });
  // The paragraph that closes a quotation running through paragraphs without marks, and its mark.
  let closing = -1;
  let closingMark = '';
  for (let p = 0; p < paragraphs.length; p++) {
    if (closing > p) {
      // A paragraph inside the running quotation: all of it is the same speaker's words.
      const span = paragraphs[p];
      const quote = continuedQuote(text, span, closingMark);
      yield { span, tokens: quoteTokens(text, span.start, span.end), marked: quote ? [quote] : [] };
      continue;
    }
    let span: Span = paragraphs[p];
    let tokens = quoteTokens(text, span.start, span.end);
    let marked = pairMarks(text, span.start, span.end, recoveryHints(tokens, lang), lang === 'ar', closing === p);
    // Unless a dateline stands between them: a new story starts there, and the quotation would hold its dateline.
    const open = p + 1 < paragraphs.length && !paragraphs[p + 1].afterDateline ? endsOpen(text, marked, span.end) : null;
    if (open && firstMarkCloses(text, paragraphs[p + 1].start, paragraphs[p + 1].end, open.mark)) {
      span = { start: span.start, end: paragraphs[++p].end };
      tokens = quoteTokens(text, span.start, span.end);
      marked = pairMarks(text, span.start, span.end, recoveryHints(tokens, lang), lang === 'ar');
    } else if (open) {
      const q = closingParagraph(text, paragraphs, p, open.mark);
      if (q > 0) { closing = q; closingMark = open.mark; }
    }
    yield { span, tokens, marked };
  }
}
