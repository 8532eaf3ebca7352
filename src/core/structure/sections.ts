import type { Artefact, Block, Section } from '../types';
import { cleanText } from './artefacts';

/**
 * Each heading owns the blocks up to the next heading; blocks before the first
 * heading form the opening section, whose name is empty.
 */
export function groupSections(text: string, blocks: readonly Block[], artefacts: readonly Artefact[]): Section[] {
  const sections: Section[] = [];
  let current: Section | null = null;
  for (const block of blocks) {
    if (block.kind === 'heading') {
      current = { name: cleanText(text, block, artefacts), heading: block, blocks: [], start: block.start, end: block.end };
      sections.push(current);
      continue;
    }
    if (!current) {
      current = { name: '', heading: null, blocks: [], start: block.start, end: block.end };
      sections.push(current);
    }
    current.blocks.push(block);
    current.end = block.end;
  }
  return sections;
}
