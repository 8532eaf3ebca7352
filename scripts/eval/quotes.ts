/**
 * Quotation evaluation against gold/quotes-{ar,en}-dev.jsonl. A predicted speech quote
 * matches a gold one when their spans overlap by at least 80% of their union. Prints
 * precision, recall and F1 of speech detection, kind accuracy (over gold quotes matched
 * by any predicted marked quote) and speaker accuracy (over matched speech quotes), then
 * lists the misses. Predicted `reported` quotes are not scored (gold has none).
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyzeArticle, type AnalysisOptions } from '../../src/core/analysis';
import { normalizeArabic } from '../../src/core/text/normalize';
import type { Quote } from '../../src/core/types';

interface GoldSpeaker { text: string; start: number; end: number }
interface GoldQuote { start: number; end: number; text: string; kind: 'speech' | 'other'; speaker?: GoldSpeaker | null }
interface GoldRecord { file: string; quotes: GoldQuote[] }

export interface QuoteScores {
  lang: string;
  tp: number; fp: number; fn: number;
  precision: number; recall: number; f1: number;
  kindAccuracy: number; kindTotal: number;
  speakerAccuracy: number; speakerTotal: number;
  misses: string[];
}

function overlapRatio(a: { start: number; end: number }, b: { start: number; end: number }): number {
  const inter = Math.min(a.end, b.end) - Math.max(a.start, b.start);
  const union = Math.max(a.end, b.end) - Math.min(a.start, b.start);
  return inter > 0 && union > 0 ? inter / union : 0;
}

function speakerKey(s: string): string {
  return normalizeArabic(s).toLowerCase().replace(/^(the|a|an)\s+/, '').replace(/\s+/g, ' ').trim();
}

function sameSpeaker(gold: GoldSpeaker | null | undefined, pred: Quote['speaker']): boolean {
  if (!gold) return !pred;
  if (!pred) return false;
  if (Math.min(gold.end, pred.end) > Math.max(gold.start, pred.start)) return true;
  const g = speakerKey(gold.text);
  const p = speakerKey(pred.text);
  return g === p || (g.length > 2 && p.length > 2 && (g.endsWith(p) || p.endsWith(g) || g.includes(p) || p.includes(g)));
}

/** Greedy one-to-one matching by best overlap. */
function match<G extends { start: number; end: number }, P extends { start: number; end: number }>(gold: G[], pred: P[]): Map<number, number> {
  const pairs: [number, number, number][] = [];
  gold.forEach((g, i) => pred.forEach((p, j) => { const r = overlapRatio(g, p); if (r >= 0.8) pairs.push([r, i, j]); }));
  pairs.sort((a, b) => b[0] - a[0]);
  const byGold = new Map<number, number>();
  const usedPred = new Set<number>();
  for (const [, i, j] of pairs) if (!byGold.has(i) && !usedPred.has(j)) { byGold.set(i, j); usedPred.add(j); }
  return byGold;
}

function readArticle(dataDir: string, lang: string, file: string): string | null {
  for (const p of [join(dataDir, 'articles', lang, file), join(dataDir, 'seed', file)]) {
    if (existsSync(p)) return readFileSync(p, 'utf8').replace(/^\uFEFF/, '');
  }
  return null;
}

const clip = (s: string): string => (s.length > 60 ? `${s.slice(0, 57)}…` : s).replace(/\s+/g, ' ');

export function scoreQuotes(dataDir: string, lang: 'ar' | 'en', options: AnalysisOptions = {}): QuoteScores | null {
  const goldPath = join(dataDir, 'gold', `quotes-${lang}-dev.jsonl`);
  if (!existsSync(goldPath)) return null;
  const s: QuoteScores = { lang, tp: 0, fp: 0, fn: 0, precision: 0, recall: 0, f1: 0, kindAccuracy: 0, kindTotal: 0, speakerAccuracy: 0, speakerTotal: 0, misses: [] };
  let kindRight = 0;
  let speakerRight = 0;
  for (const line of readFileSync(goldPath, 'utf8').split('\n')) {
    if (!line.trim()) continue;
    const record = JSON.parse(line) as GoldRecord;
    const text = readArticle(dataDir, lang, record.file);
    if (text === null) { s.misses.push(`${record.file}: article missing`); continue; }
    const predicted = analyzeArticle(text, options).quotes.filter((q) => q.kind !== 'reported');
    const goldSpeech = record.quotes.filter((q) => q.kind === 'speech');
    const predSpeech = predicted.filter((q) => q.kind === 'speech');
    const speechMatch = match(goldSpeech, predSpeech);
    s.tp += speechMatch.size;
    s.fn += goldSpeech.length - speechMatch.size;
    s.fp += predSpeech.length - speechMatch.size;
    const matchedPred = new Set(speechMatch.values());
    goldSpeech.forEach((g, i) => {
      const j = speechMatch.get(i);
      if (j === undefined) { s.misses.push(`${record.file} FN speech @${g.start} «${clip(g.text)}»`); return; }
      s.speakerTotal++;
      const p = predSpeech[j];
      if (sameSpeaker(g.speaker, p.speaker)) speakerRight++;
      else s.misses.push(`${record.file} SPEAKER @${g.start} gold=${g.speaker?.text ?? 'null'} got=${p.speaker?.text ?? 'null'} «${clip(g.text)}»`);
    });
    predSpeech.forEach((p, j) => { if (!matchedPred.has(j)) s.misses.push(`${record.file} FP speech @${p.start} «${clip(p.text)}» speaker=${p.speaker?.text ?? 'null'}`); });
    const anyMatch = match(record.quotes, predicted);
    record.quotes.forEach((g, i) => {
      const j = anyMatch.get(i);
      if (j === undefined) return;
      s.kindTotal++;
      if (predicted[j].kind === g.kind) kindRight++;
    });
  }
  s.precision = s.tp + s.fp > 0 ? s.tp / (s.tp + s.fp) : 0;
  s.recall = s.tp + s.fn > 0 ? s.tp / (s.tp + s.fn) : 0;
  s.f1 = s.precision + s.recall > 0 ? (2 * s.precision * s.recall) / (s.precision + s.recall) : 0;
  s.kindAccuracy = s.kindTotal > 0 ? kindRight / s.kindTotal : 0;
  s.speakerAccuracy = s.speakerTotal > 0 ? speakerRight / s.speakerTotal : 0;
  return s;
}

export async function evaluateQuotes(dataDir: string, options: AnalysisOptions = {}): Promise<void> {
  const verbose = process.argv.includes('--misses') || process.env.NEWS_LENS_MISSES === '1';
  const pct = (x: number): string => (100 * x).toFixed(1).padStart(5);
  console.log('quotes: speech detection (overlap >= 80% of union), kind and speaker accuracy');
  console.log('  lang     P      R     F1   kind(n)       speaker(n)');
  const all: QuoteScores[] = [];
  for (const lang of ['ar', 'en'] as const) {
    const s = scoreQuotes(dataDir, lang, options);
    if (!s) { console.log(`  ${lang}   no gold`); continue; }
    all.push(s);
    console.log(`  ${lang}   ${pct(s.precision)}  ${pct(s.recall)}  ${pct(s.f1)}   ${pct(s.kindAccuracy)} (${s.kindTotal})   ${pct(s.speakerAccuracy)} (${s.speakerTotal})   tp=${s.tp} fp=${s.fp} fn=${s.fn}`);
  }
  for (const s of all) {
    const shown = verbose ? s.misses : s.misses.slice(0, 15);
    console.log(`quotes ${s.lang}: ${s.misses.length} misses${verbose ? '' : ' (first 15; --misses for all)'}`);
    for (const m of shown) console.log(`  ${m}`);
  }
}
