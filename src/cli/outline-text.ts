import { JSON_LIMITS } from '../core/json';
import type { Analysis } from '../core/types';

const PREVIEW = 60;

/** The outline as a reader would skim it: kind, line and the first words of each block (as many as the JSON keeps). */
export function formatOutline(file: string, text: string, analysis: Analysis, maxBlocks = JSON_LIMITS.blocks): string {
  const out = [`${file}: ${analysis.isArticle ? 'article' : 'not an article'}, language ${analysis.language}, ${analysis.blocks.length} blocks`];
  let shown = 0;
  outline: for (const section of analysis.sections) {
    const indent = section.heading ? '    ' : '  ';
    if (section.heading) {
      if (shown++ >= maxBlocks) break outline;
      out.push(`  § ${section.name}  (line ${section.heading.line})`);
    }
    for (const block of section.blocks) {
      if (shown++ >= maxBlocks) break outline;
      out.push(`${indent}${block.kind.padEnd(9)} ${String(block.line).padStart(4)}  ${preview(block.text)}`);
    }
  }
  if (analysis.blocks.length > maxBlocks) out.push(`  … ${analysis.blocks.length - maxBlocks} more blocks not shown`);
  if (analysis.entities.length) out.push(`  names: ${analysis.entities.length}`);
  if (analysis.quotes.length) out.push(`  quotes: ${analysis.quotes.length}`);
  return out.join('\n');
}

function preview(s: string): string {
  const flat = s.replace(/\s+/g, ' ').trim();
  return flat.length > PREVIEW ? flat.slice(0, PREVIEW) + '…' : flat;
}
