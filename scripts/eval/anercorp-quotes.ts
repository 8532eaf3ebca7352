/**
 * Quotation gold on pseudo-articles rebuilt from ANERcorp (anercorp-articles.ts), annotated blind
 * in two rounds (see the gold README):
 *   scripts/eval/gold/anercorp-quotes-ar-validation.jsonl  round A: decides whether a change to the
 *     quotation finder carries over to text nobody tuned on; `npm run eval` prints its totals,
 *     never its misses;
 *   scripts/eval/gold/anercorp-quotes-ar-training.jsonl    round B: the speaker ranker learns from
 *     it beside the shared dev gold (scripts/quotes/train-speakers.ts); ANERcorp is CC BY-SA, so
 *     what is learned from it may ship (models/NOTICE).
 * The names in this text are ANERcorp's own, which the shipped tagger learned from, so these sets
 * measure attribution with names found well.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { anercorpArticles } from './anercorp-articles';
import type { GoldArticle, GoldQuote } from './quotes-gold';

export type AnercorpRound = 'validation' | 'training';

interface AnercorpRecord { file: string; sha1: string; quotes: GoldQuote[] }

/** The round's articles whose text rebuilds byte for byte; `skipped` names the others. */
export function loadAnercorpQuotes(dataDir: string, round: AnercorpRound): { articles: GoldArticle[]; skipped: string[] } {
  const path = resolve(process.cwd(), `scripts/eval/gold/anercorp-quotes-ar-${round}.jsonl`);
  if (!existsSync(path)) return { articles: [], skipped: [] };
  const texts = new Map(anercorpArticles(dataDir).map((a) => [a.file, a.text]));
  const articles: GoldArticle[] = [];
  const skipped: string[] = [];
  for (const line of readFileSync(path, 'utf8').split('\n')) {
    if (!line.trim()) continue;
    const r = JSON.parse(line) as AnercorpRecord;
    const text = texts.get(r.file);
    if (text === undefined) { skipped.push(`${r.file}: ANERcorp missing`); continue; }
    if (createHash('sha1').update(text, 'utf8').digest('hex') !== r.sha1) { skipped.push(`${r.file}: rebuilt text differs`); continue; }
    articles.push({ file: r.file, lang: 'ar', part: round, source: 'anercorp', text, quotes: r.quotes, entities: null });
  }
  return { articles, skipped };
}
