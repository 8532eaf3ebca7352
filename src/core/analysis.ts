import { createDoc } from './doc';
import { findEntities } from './entities';
import { nameComponents } from './entities/recognise';
import { RULE_NAMES } from './entities/rules';
import { timed, type PipelineOptions } from './pipeline';
import { findQuotes } from './quotes';
import type { SpeakerRanker } from './quotes/speaker-ranker';
import type { KindClassifier } from './quotes/kind-model';
import { analyzeStructure } from './structure';
import type { Analysis } from './types';

export interface AnalysisOptions extends PipelineOptions {
  /**
   * Texts longer than this (UTF-16 code units) get their structure only. Names and
   * quotations run at about 1 MB/s; an editor caps them so a huge file never holds
   * its extension host for seconds. Unlimited by default (the CLI, eval).
   */
  maxDeepLength?: number;
  /** Picks quotation speakers: the shipped model by default, null for the attribution rules alone (eval, training). */
  speakerRanker?: SpeakerRanker | null;
  /** Decides quotations' kinds: the shipped model by default, null for the rules' verdict alone (eval, training). */
  kinds?: KindClassifier | null;
}

/**
 * The components of the analysis of a text in this language, in the order they run (see
 * docs/architecture.md). The rules (`rules:places`, …) are tried inside `rules`, word by word.
 */
export function pipelineComponents(lang: 'ar' | 'en'): string[] {
  return ['structure', 'sentences', ...nameComponents(lang).map((c) => c.name), 'mentions', 'entities', 'quotes'];
}

/** Every name `without` accepts: the components of either language that may be left out, and the rules. */
export function optionalComponents(): string[] {
  const required = new Set(['structure', 'sentences', 'words', 'mentions', 'entities']);
  const names = new Set([...pipelineComponents('ar'), ...pipelineComponents('en'), ...RULE_NAMES]);
  return [...names].filter((name) => !required.has(name));
}

/**
 * The whole analysis of one text: structure first, then names, then quotations
 * (which link their speakers to the names). Pure and synchronous; callers cache it
 * per document version.
 */
export function analyzeArticle(text: string, options: AnalysisOptions = {}): Analysis {
  const structure = timed('structure', options, () => analyzeStructure(text));
  if (options.maxDeepLength !== undefined && text.length > options.maxDeepLength) {
    return { ...structure, entities: [], quotes: [], deep: false };
  }
  const doc = createDoc(text, structure);
  const entities = findEntities(doc, options);
  const quotes = options.without?.has('quotes') ? [] : timed('quotes', options, () => findQuotes(doc, entities, { ranker: options.speakerRanker, kinds: options.kinds }));
  return { ...structure, entities, quotes, deep: true };
}
