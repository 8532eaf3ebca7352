import { findEntities } from './entities';
import { findQuotes } from './quotes';
import { analyzeStructure } from './structure';
import type { Analysis } from './types';

/**
 * The whole analysis of one text: structure first, then names, then quotations
 * (which link their speakers to the names). Pure and synchronous; callers cache it
 * per document version.
 */
export function analyzeArticle(text: string): Analysis {
  const structure = analyzeStructure(text);
  const entities = findEntities(text, structure);
  const quotes = findQuotes(text, structure, entities);
  return { ...structure, entities, quotes };
}
