import type { Analysis, Block, Entity, Quote } from './types';

/** The JSON contract of `news-lens analyze --json` and of "Copy Analysis as JSON" (documented in docs/cli.md). */
export interface ArticleJson {
  file: string;
  language: string;
  isArticle: boolean;
  blocks: BlockJson[];
  sections: { name: string; start: number; end: number; blocks: BlockJson[] }[];
  quotes: Quote[];
  entities: Entity[];
  /** Present only when a list was cut to its limit: how many the analysis found in all. */
  truncated?: TruncatedCounts;
}

export interface TruncatedCounts {
  blocks?: number;
  sections?: number;
  quotes?: number;
  entities?: number;
  mentions?: number;
}

interface BlockJson {
  kind: string;
  start: number;
  end: number;
  line: number;
  text: string;
  dateline?: Block['dateline'];
}

/**
 * How much of each list one document's JSON may hold. A real article has a few hundred of
 * each; the caps are there because pathological text (a megabyte of `«`, millions of
 * one-word paragraphs) once produced 87 MB of JSON or ran out of string length.
 */
export interface JsonLimits {
  blocks: number;
  quotes: number;
  /** Mentions over all entities together; every kept entity keeps at least one. */
  mentions: number;
}

export const JSON_LIMITS: JsonLimits = { blocks: 10_000, quotes: 10_000, mentions: 10_000 };

export function toArticleJson(file: string, analysis: Analysis, limits: JsonLimits = JSON_LIMITS): ArticleJson {
  const truncated: TruncatedCounts = {};
  const blocks = keepFirst(analysis.blocks, limits.blocks, 'blocks', truncated);
  // Sections list the same blocks again: they keep those before the first cut block.
  const cut = blocks.length < analysis.blocks.length ? analysis.blocks[blocks.length].start : Infinity;
  const sections = analysis.sections.filter((s) => s.start < cut);
  if (sections.length < analysis.sections.length) truncated.sections = analysis.sections.length;
  const quotes = keepFirst(analysis.quotes, limits.quotes, 'quotes', truncated);
  const entities = keepMentions(analysis.entities, limits.mentions, truncated);
  return {
    file,
    language: analysis.language,
    isArticle: analysis.isArticle,
    blocks: blocks.map(blockJson),
    sections: sections.map((s) => ({
      name: s.name,
      start: s.start,
      end: s.end,
      blocks: (s.heading ? [s.heading, ...s.blocks] : s.blocks).filter((b) => b.start < cut).map(blockJson),
    })),
    quotes,
    entities,
    ...(Object.keys(truncated).length ? { truncated } : {}),
  };
}

function keepFirst<T>(items: readonly T[], limit: number, name: keyof TruncatedCounts, truncated: TruncatedCounts): T[] {
  if (items.length <= limit) return items.slice();
  truncated[name] = items.length;
  return items.slice(0, limit);
}

/**
 * Keeps each entity's first k mentions, k the largest that fits the budget, so one name
 * repeated a million times cannot crowd out the others. With more entities than the
 * budget, the first `budget` entities keep one mention each.
 */
function keepMentions(entities: readonly Entity[], budget: number, truncated: TruncatedCounts): Entity[] {
  const total = entities.reduce((sum, e) => sum + e.mentions.length, 0);
  if (total <= budget) return entities.slice();
  truncated.mentions = total;
  if (entities.length > budget) truncated.entities = entities.length;
  const kept = entities.slice(0, Math.max(0, budget));
  const keptWith = (k: number) => kept.reduce((sum, e) => sum + Math.min(e.mentions.length, k), 0);
  let low = 1; // keptWith(1) <= budget always holds for `kept`
  let high = Math.max(1, ...kept.map((e) => e.mentions.length));
  while (low < high) {
    const mid = Math.ceil((low + high) / 2);
    if (keptWith(mid) <= budget) low = mid;
    else high = mid - 1;
  }
  return kept.map((e) => (e.mentions.length > low ? { ...e, mentions: e.mentions.slice(0, low) } : e));
}

function blockJson(b: Block): BlockJson {
  return { kind: b.kind, start: b.start, end: b.end, line: b.line, text: b.text, ...(b.dateline ? { dateline: b.dateline } : {}) };
}
