import { analyzeStructure } from './structure';
import { splitLines } from './structure/lines';
import type { Analysis, Block, Structure } from './types';

/**
 * What the editor shows when the full analysis failed or could not run: the structure
 * without names and quotations, or, if even the structure throws, every run of non-blank
 * lines as a paragraph. It never throws, so a document always gets an outline.
 */
export function outlineOnlyAnalysis(text: string): Analysis {
  let structure: Structure;
  try {
    structure = analyzeStructure(text);
  } catch {
    structure = plainParagraphs(text);
  }
  return { ...structure, entities: [], quotes: [], deep: false };
}

/** Paragraphs as runs of non-blank lines; no title, dateline or heading is guessed. */
export function plainParagraphs(text: string): Structure {
  const blocks: Block[] = [];
  let open: Block | null = null;
  for (const line of splitLines(text)) {
    const blank = text.slice(line.start, line.end).trim() === '';
    if (blank) {
      open = null;
      continue;
    }
    if (open) {
      open.end = line.end;
    } else {
      open = { kind: 'paragraph', start: line.start, end: line.end, line: line.number, text: '' };
      blocks.push(open);
    }
  }
  for (const block of blocks) block.text = text.slice(block.start, block.end);
  const sections = blocks.length === 0 ? [] : [{ name: '', heading: null, blocks, start: blocks[0].start, end: blocks[blocks.length - 1].end }];
  return { language: 'other', isArticle: false, blocks, sections, artefacts: [] };
}
