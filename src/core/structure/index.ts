import type { Structure } from '../types';
import { findArtefacts } from './artefacts';
import { readBlocks } from './blocks';
import { isNewsArticle } from './detect';
import { countScripts, detectLanguage } from '../lang/language';
import { splitLines } from './lines';
import { groupSections } from './sections';

/**
 * The article's structure: blocks, sections, artefacts, language and whether it is
 * a news article at all. Linear in the length of the text. Whether it is an article is
 * judged on the text's opening only (see detect.ts), so every caller gets the same answer.
 */
export function analyzeStructure(text: string): Structure {
  const lines = splitLines(text);
  const artefacts = findArtefacts(text);
  const blocks = readBlocks(text, lines, artefacts);
  const sections = groupSections(text, blocks, artefacts);
  const language = detectLanguage(countScripts(text));
  const isArticle = isNewsArticle(text, { language, lines, blocks });
  return { language, isArticle, blocks, sections, artefacts };
}

export { cleanText } from './artefacts';
