/**
 * Quotation gold on pseudo-articles rebuilt at evaluation time from text others licensed CC BY-SA,
 * annotated blind (the gold README says how):
 * - ANERcorp's 2006 newswire (anercorp-articles.ts), in two rounds:
 *     scripts/eval/gold/anercorp-quotes-ar-validation.jsonl  round A: decides whether a change to
 *       the quotation finder carries over to text nobody tuned on; `npm run eval` prints its
 *       totals, never its misses;
 *     scripts/eval/gold/anercorp-quotes-ar-training.jsonl    round B: the quotation models learn
 *       from it beside the shared dev gold;
 *   its names are ANERcorp's own, which the shipped tagger learned from, so these sets measure
 *   attribution with names found well;
 * - Arabic Wikipedia's passages that quote someone (arwiki-articles.ts), 2017 text:
 *     scripts/eval/gold/arwiki-quotes-ar-validation.jsonl and -training.jsonl, used the same way.
 * What is learned from either may ship (models/NOTICE). The records keep offsets, speakers'
 * surface strings and notes; the text is rebuilt and checked against each record's sha1.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { anercorpArticles } from './anercorp-articles';
import { arwikiArticles } from './arwiki-articles';
import type { GoldArticle, GoldQuote } from './quotes-gold';

export type RebuiltCorpus = 'anercorp' | 'arwiki';
export type RebuiltRound = 'validation' | 'training';

interface RebuiltRecord { file: string; sha1: string; quotes: GoldQuote[] }

const REBUILD: Record<RebuiltCorpus, (dataDir: string) => { file: string; text: string }[]> = { anercorp: anercorpArticles, arwiki: arwikiArticles };

/** The round's articles whose text rebuilds byte for byte; `skipped` names the others. */
export function loadRebuiltQuotes(dataDir: string, corpus: RebuiltCorpus, round: RebuiltRound): { articles: GoldArticle[]; skipped: string[] } {
  const path = resolve(process.cwd(), `scripts/eval/gold/${corpus}-quotes-ar-${round}.jsonl`);
  if (!existsSync(path)) return { articles: [], skipped: [] };
  const texts = new Map(REBUILD[corpus](dataDir).map((a) => [a.file, a.text]));
  const articles: GoldArticle[] = [];
  const skipped: string[] = [];
  for (const line of readFileSync(path, 'utf8').split('\n')) {
    if (!line.trim()) continue;
    const r = JSON.parse(line) as RebuiltRecord;
    const text = texts.get(r.file);
    if (text === undefined) { skipped.push(`${r.file}: source text missing`); continue; }
    if (createHash('sha1').update(text, 'utf8').digest('hex') !== r.sha1) { skipped.push(`${r.file}: rebuilt text differs`); continue; }
    articles.push({ file: r.file, lang: 'ar', part: round, source: corpus, text, quotes: r.quotes, entities: null });
  }
  return { articles, skipped };
}
