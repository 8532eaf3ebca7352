/**
 * The paragraphs quotations are paired in: the structure's blocks when the parser
 * gave them, else the text split at blank lines (a line holding only spaces).
 * A dateline block starts after its dateline: `LONDON (Reuters) -` or `إيلاف:` names
 * where the story comes from, never who speaks in it.
 */
import type { Span, Structure } from '../types';
import { isLineBreak, isSpace } from './chars';

export interface Paragraph extends Span {
  /** The block opens with a dateline (left out of the span): a new story, no quotation runs into it. */
  afterDateline?: true;
}

export function paragraphSpans(text: string, structure: Structure): Paragraph[] {
  if (structure.blocks.length > 0) return structure.blocks.map((b) => (b.dateline ? { start: b.dateline.end, end: b.end, afterDateline: true } : { start: b.start, end: b.end }));
  const spans: Span[] = [];
  let start = -1;
  let lineStart = 0;
  let lineBlank = true;
  const close = (end: number): void => {
    if (start >= 0) spans.push({ start, end });
    start = -1;
  };
  for (let i = 0; i <= text.length; i++) {
    const c = i < text.length ? text.charCodeAt(i) : 0x0a;
    if (isLineBreak(c) || i === text.length) {
      if (lineBlank) close(lineStart);
      else if (start < 0) start = firstNonSpace(text, lineStart, i);
      if (c === 0x0d && i + 1 < text.length && text.charCodeAt(i + 1) === 0x0a) i++;
      lineStart = i + 1;
      lineBlank = true;
    } else if (!isSpace(c)) {
      lineBlank = false;
    }
  }
  close(trimEnd(text, text.length));
  // A paragraph's end excludes trailing spaces and line breaks.
  return spans.map((s) => ({ start: s.start, end: trimEnd(text, s.end) })).filter((s) => s.end > s.start);
}

function firstNonSpace(text: string, from: number, to: number): number {
  while (from < to && isSpace(text.charCodeAt(from))) from++;
  return from;
}

function trimEnd(text: string, end: number): number {
  while (end > 0 && isSpace(text.charCodeAt(end - 1))) end--;
  return end;
}
