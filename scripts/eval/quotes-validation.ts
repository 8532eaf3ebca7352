/**
 * The quotation validation set: pseudo-articles rebuilt from ANERcorp (anercorp-articles.ts) whose
 * quotations were annotated blind (scripts/eval/gold/anercorp-quotes-ar.jsonl; see the gold
 * README). It decides whether a change to the quotation finder carries over to text nobody
 * tuned on: `npm run eval` prints its totals, never its misses. Its names are ANERcorp's own,
 * which the shipped tagger learned from, so it measures attribution with names found well.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { anercorpArticles } from './anercorp-articles';
import type { GoldArticle, GoldQuote } from './quotes-gold';

const GOLD = 'scripts/eval/gold/anercorp-quotes-ar.jsonl';

interface ValidationRecord { file: string; sha1: string; quotes: GoldQuote[] }

/** The validation articles whose text rebuilds byte for byte; `skipped` names the others. */
export function loadValidationGold(dataDir: string): { articles: GoldArticle[]; skipped: string[] } {
  const path = resolve(process.cwd(), GOLD);
  if (!existsSync(path)) return { articles: [], skipped: [] };
  const texts = new Map(anercorpArticles(dataDir).map((a) => [a.file, a.text]));
  const articles: GoldArticle[] = [];
  const skipped: string[] = [];
  for (const line of readFileSync(path, 'utf8').split('\n')) {
    if (!line.trim()) continue;
    const r = JSON.parse(line) as ValidationRecord;
    const text = texts.get(r.file);
    if (text === undefined) { skipped.push(`${r.file}: ANERcorp missing`); continue; }
    if (createHash('sha1').update(text, 'utf8').digest('hex') !== r.sha1) { skipped.push(`${r.file}: rebuilt text differs`); continue; }
    articles.push({ file: r.file, lang: 'ar', part: 'validation', source: 'pool', text, quotes: r.quotes, entities: null });
  }
  return { articles, skipped };
}
