import type { Artefact, Block, BlockKind } from '../types';
import { artefactsWithin, cleanText } from './artefacts';
import { parseDateline } from './dateline';
import type { Line } from './lines';
import { PROSE_LINE_ENDS } from '../text/punctuation';

/** Headings and captions are short: a few words, no sentence punctuation at the end. */
const MAX_HEADING_WORDS = 10;
const MAX_CAPTION_WORDS = 14;
const MAX_TITLE_WORDS = 30;
/** A line longer than this is a paragraph of its own even without final punctuation. */
const ONE_PARAGRAPH_PER_LINE = 100;
const CLOSING_MARKS = new Set(['"', '»', '”', '’', "'", ')']);

interface Group {
  lines: Line[];
  /** A blank line (or the start of the text) stands right before the group. */
  afterBlank: boolean;
  /** A blank line (or the end of the text) stands right after the group. */
  beforeBlank: boolean;
}

/**
 * Reads the article's blocks from its lines. Blank lines (or lines holding only
 * artefacts) separate groups; inside a group a short first line followed by text
 * is a heading, a short group alone is a caption, and the first group may be a
 * title. Paragraph kinds (lead, dateline) are settled afterwards by `assignOpening`.
 */
export function readBlocks(text: string, lines: readonly Line[], artefacts: readonly Artefact[]): Block[] {
  const blocks: Block[] = [];
  const groups = groupLines(text, lines, artefacts);
  groups.forEach((group, index) => {
    const first = group.lines[0];
    const firstWords = wordCount(cleanText(text, first, artefacts));
    const firstIsShortLine = !endsSentence(text, first, artefacts);
    if (index === 0 && firstIsShortLine && firstWords <= MAX_TITLE_WORDS && groups.length > 1) {
      blocks.push(makeBlock(text, 'title', first));
      pushParagraphs(text, group.lines.slice(1), artefacts, blocks);
      return;
    }
    if (group.lines.length > 1 && firstIsShortLine && firstWords <= MAX_HEADING_WORDS && clearlyShorter(first, group.lines[1])) {
      blocks.push(makeBlock(text, 'heading', first));
      pushParagraphs(text, group.lines.slice(1), artefacts, blocks);
      return;
    }
    if (group.lines.length === 1 && index > 0 && firstIsShortLine && firstWords <= MAX_CAPTION_WORDS && group.afterBlank && group.beforeBlank) {
      blocks.push(makeBlock(text, 'caption', first));
      return;
    }
    pushParagraphs(text, group.lines, artefacts, blocks);
  });
  assignOpening(text, blocks);
  markBriefDatelines(blocks);
  return blocks;
}

/** A bullet opening a paragraph: `•`, `▪`, `*`, or a dash followed by a space. */
const BULLET = /^\s*(?:[•▪●◦■*]|[-\u2013\u2014](?=\s))\s*/;

/**
 * A digest of several briefs sets each as a bulleted paragraph with its own dateline
 * (`• CAIRO (Reuters) - …`, `- الرياض - واس: …`): each becomes a `dateline` block. Only
 * datelines that name a source, or an English all-capitals place, count: `- أبو فهد: …` in a
 * list of tasks is not one.
 */
function markBriefDatelines(blocks: Block[]): void {
  for (const block of blocks) {
    if (block.kind !== 'paragraph' && block.kind !== 'lead') continue;
    const bullet = BULLET.exec(block.text);
    if (!bullet) continue;
    const dateline = parseDateline(block.text.slice(bullet[0].length));
    if (!dateline || !(dateline.source || /^[A-Z]/.test(dateline.place ?? ''))) continue;
    const offset = block.start + bullet[0].length;
    block.kind = 'dateline';
    block.dateline = { ...dateline, start: offset + dateline.start, end: offset + dateline.end };
  }
}

/** A heading is much shorter than the line it opens; hard-wrapped lines are all alike. */
function clearlyShorter(heading: Line, next: Line): boolean {
  return (next.end - next.start) >= 1.5 * (heading.end - heading.start);
}

function groupLines(text: string, lines: readonly Line[], artefacts: readonly Artefact[]): Group[] {
  const groups: Group[] = [];
  let current: Line[] = [];
  let afterBlank = true;
  for (const line of lines) {
    if (isBlank(text, line, artefacts)) {
      if (current.length) groups.push({ lines: current, afterBlank, beforeBlank: true });
      current = [];
      afterBlank = true;
    } else {
      current.push(line);
    }
  }
  if (current.length) groups.push({ lines: current, afterBlank, beforeBlank: true });
  return groups;
}

/** Consecutive lines join into one paragraph until a line ends a sentence or is long. */
function pushParagraphs(text: string, lines: readonly Line[], artefacts: readonly Artefact[], out: Block[]): void {
  let first: Line | null = null;
  let last: Line | null = null;
  for (const line of lines) {
    first ??= line;
    last = line;
    if (endsSentence(text, line, artefacts) || line.end - line.start > ONE_PARAGRAPH_PER_LINE) {
      out.push(makeBlock(text, 'paragraph', first, last));
      first = null;
    }
  }
  if (first && last) out.push(makeBlock(text, 'paragraph', first, last));
}

/**
 * The opening: the paragraph starting with a dateline becomes `dateline` (only the
 * first or second body paragraph can hold one); a paragraph before it, or the first
 * paragraph when there is no dateline, is the `lead`.
 */
function assignOpening(text: string, blocks: Block[]): void {
  const body = blocks.findIndex((b) => b.kind !== 'title');
  if (body < 0 || blocks[body].kind !== 'paragraph') return;
  for (const i of [body, body + 1]) {
    const block = blocks[i];
    if (!block || block.kind !== 'paragraph') break;
    const dateline = parseDateline(block.text);
    if (dateline) {
      block.kind = 'dateline';
      block.dateline = { ...dateline, start: block.start + dateline.start, end: block.start + dateline.end };
      if (i === body + 1) blocks[body].kind = 'lead';
      return;
    }
  }
  blocks[body].kind = 'lead';
}

function makeBlock(text: string, kind: BlockKind, first: Line, last: Line = first): Block {
  return { kind, start: first.start, end: last.end, line: first.number, text: text.slice(first.start, last.end) };
}

function isBlank(text: string, line: Line, artefacts: readonly Artefact[]): boolean {
  if (line.end === line.start) return true;
  return cleanText(text, line, artefactsWithin(artefacts, line)).length === 0;
}

/** Whether the line's visible text ends with sentence punctuation (closing marks skipped). */
function endsSentence(text: string, line: Line, artefacts: readonly Artefact[]): boolean {
  const visible = cleanText(text, line, artefactsWithin(artefacts, line));
  let i = visible.length - 1;
  while (i >= 0 && CLOSING_MARKS.has(visible[i])) i--;
  return i >= 0 && PROSE_LINE_ENDS.has(visible[i]);
}

export function wordCount(s: string): number {
  let count = 0;
  let inWord = false;
  for (let i = 0; i < s.length; i++) {
    const space = s.charCodeAt(i) <= 32;
    if (!space && !inWord) count++;
    inWord = !space;
  }
  return count;
}
