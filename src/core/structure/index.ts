import type { Structure } from '../types';
import { findArtefacts } from './artefacts';
import { readBlocks } from './blocks';
import { isNewsArticle } from './detect';
import { DETECTION_PREFIX, detectionPrefix } from './detection-prefix';
import { countScripts, detectLanguage } from './language';
import { splitLines } from './lines';
import { groupSections } from './sections';

/**
 * The article's structure: blocks, sections, artefacts, language and whether it is
 * a news article at all. Linear in the length of the text. Whether it is an article is
 * judged on the text's opening only (see isArticleText), so every caller gets the same answer.
 */
export function analyzeStructure(text: string): Structure {
  const lines = splitLines(text);
  const artefacts = findArtefacts(text);
  const blocks = readBlocks(text, lines, artefacts);
  const sections = groupSections(text, blocks, artefacts);
  const language = detectLanguage(countScripts(text));
  const isArticle = text.length > DETECTION_PREFIX ? isArticleText(text) : isNewsArticle(text, lines, blocks, language);
  return { language, isArticle, blocks, sections, artefacts };
}

/**
 * Whether `text` is a news article, judged on its opening (detectionPrefix): the same
 * answer as analyzeStructure(text).isArticle, in about a millisecond for a file of any size.
 */
export function isArticleText(text: string): boolean {
  return analyzeStructure(detectionPrefix(text)).isArticle;
}

export { cleanText } from './artefacts';
export { DETECTION_PREFIX, detectionPrefix } from './detection-prefix';
