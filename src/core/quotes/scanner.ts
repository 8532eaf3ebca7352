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

/**
 * The paragraphs of the text (the structure's blocks) with their quotation marks paired, one at a time. A quotation left open at the
 * end of a paragraph whose closing mark opens the next one (`«… .⏎⏎ … مصيرهم».`) makes the two
 * one paragraph, so the quotation spans both.
 */
export function* scanParagraphs(text: string, structure: Structure, lang: 'ar' | 'en'): Generator<ScannedParagraph> {
  // A dateline block starts after its dateline: `LONDON (Reuters) -` or `إيلاف:` names where
  // the story comes from, never who speaks in it.
  const paragraphs = structure.blocks.map((b): Span => ({ start: b.dateline ? b.dateline.end : b.start, end: b.end }));
  for (let p = 0; p < paragraphs.length; p++) {
    let span = paragraphs[p];
    let tokens = quoteTokens(text, span.start, span.end);
    let marked = pairMarks(text, span.start, span.end, recoveryHints(tokens, lang), lang === 'ar');
    const open = p + 1 < paragraphs.length ? endsOpen(text, marked, span.end) : null;
    if (open && firstMarkCloses(text, paragraphs[p + 1].start, paragraphs[p + 1].end, open.mark)) {
      span = { start: span.start, end: paragraphs[++p].end };
      tokens = quoteTokens(text, span.start, span.end);
      marked = pairMarks(text, span.start, span.end, recoveryHints(tokens, lang), lang === 'ar');
    }
    yield { span, tokens, marked };
  }
}
