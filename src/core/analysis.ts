import { findEntities } from './entities';
import { findQuotes } from './quotes';
import { analyzeStructure } from './structure';
import type { Analysis } from './types';

export interface AnalysisOptions {
  /**
   * Texts longer than this (UTF-16 code units) get their structure only. Names and
   * quotations run at about 1 MB/s; an editor caps them so a huge file never holds
   * its extension host for seconds. Unlimited by default (the CLI, eval).
   */
  maxDeepLength?: number;
}

/**
 * The whole analysis of one text: structure first, then names, then quotations
 * (which link their speakers to the names). Pure and synchronous; callers cache it
 * per document version.
 */
export function analyzeArticle(text: string, options: AnalysisOptions = {}): Analysis {
  const structure = analyzeStructure(text);
  if (options.maxDeepLength !== undefined && text.length > options.maxDeepLength) {
    return { ...structure, entities: [], quotes: [], deep: false };
  }
  const entities = findEntities(text, structure);
  const quotes = findQuotes(text, structure, entities);
  return { ...structure, entities, quotes, deep: true };
}
