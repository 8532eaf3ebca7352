import type { Span, Structure } from '../types';
import { recoveryHints } from './language';
import { endsOpen, firstMarkCloses, pairMarks, type MarkedQuote } from './marks';
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
}

/**
 * The paragraphs of the text (the structure's blocks) with their quotation marks paired, one at a time. A quotation left open at the
 * end of a paragraph whose closing mark opens the next one (`«… .⏎⏎ … مصيرهم».`) makes the two
 * one paragraph, so the quotation spans both.
 */
export function* scanParagraphs(text: string, structure: Structure, lang: 'ar' | 'en'): Generator<ScannedParagraph> {
  // A dateline block starts after its dateline: `LONDON (Reuters) -` or `إيلاف:` names where
  // the story comes from, never who speaks in it.
  const paragraphs = structure.blocks.map((b): Paragraph => (b.dateline ? { start: b.dateline.end, end: b.end, afterDateline: true } : { start: b.start, end: b.end }));
  for (let p = 0; p < paragraphs.length; p++) {
    let span = paragraphs[p];
    let tokens = quoteTokens(text, span.start, span.end);
    let marked = pairMarks(text, span.start, span.end, recoveryHints(tokens, lang), lang === 'ar');
    // Unless a dateline stands between them: a new story starts there, and the quotation would hold its dateline.
    const open = p + 1 < paragraphs.length && !paragraphs[p + 1].afterDateline ? endsOpen(text, marked, span.end) : null;
    if (open && firstMarkCloses(text, paragraphs[p + 1].start, paragraphs[p + 1].end, open.mark)) {
      span = { start: span.start, end: paragraphs[++p].end };
      tokens = quoteTokens(text, span.start, span.end);
      marked = pairMarks(text, span.start, span.end, recoveryHints(tokens, lang), lang === 'ar');
    }
    yield { span, tokens, marked };
  }
}
