import type { Analysis, Block, Entity, Quote } from './types';

/** The JSON contract of `news-lens analyze --json` (documented in docs/cli.md). */
export interface ArticleJson {
  file: string;
  language: string;
  isArticle: boolean;
  blocks: BlockJson[];
  sections: { name: string; start: number; end: number; blocks: BlockJson[] }[];
  quotes: Quote[];
  entities: Entity[];
}

interface BlockJson {
  kind: string;
  start: number;
  end: number;
  line: number;
  text: string;
  dateline?: Block['dateline'];
}

export function toArticleJson(file: string, analysis: Analysis): ArticleJson {
  return {
    file,
    language: analysis.language,
    isArticle: analysis.isArticle,
    blocks: analysis.blocks.map(blockJson),
    sections: analysis.sections.map((s) => ({
      name: s.name,
      start: s.start,
      end: s.end,
      blocks: (s.heading ? [s.heading, ...s.blocks] : s.blocks).map(blockJson),
    })),
    quotes: analysis.quotes,
    entities: analysis.entities,
  };
}

function blockJson(b: Block): BlockJson {
  return { kind: b.kind, start: b.start, end: b.end, line: b.line, text: b.text, ...(b.dateline ? { dateline: b.dateline } : {}) };
}
