/**
 * Quotation evaluation, one table for the tuning part of the gold and one for the test part
 * (quotes-gold.ts). A predicted speech quote matches a gold one when their spans overlap by at
 * least 80% of their union. Per language: precision, recall and F1 of speech detection, kind
 * accuracy (over gold quotes matched by any predicted marked quote), speaker accuracy (over
 * matched speech quotes) and the speaker errors by kind:
 *   not a speaker  the predicted speaker overlaps no gold speaker of the article and no gold
 *                  person or organisation (a place, a date, a plain noun phrase)
 *   wrong person   another speaker
 *   missing        gold names a speaker, the prediction none
 *   spurious       gold has no speaker, the prediction one
 * Misses are listed for the tuning part only; the test part prints its totals and nothing else.
 * Predicted `reported` quotes are not scored (gold has none).
 */
import { analyzeArticle, type AnalysisOptions } from '../../src/core/analysis';
import { normalizeArabic } from '../../src/core/text/normalize';
import type { Quote } from '../../src/core/types';
import { loadGold, type GoldArticle, type GoldSpeaker, type Part } from './quotes-gold';
import { loadRebuiltQuotes, type RebuiltCorpus } from './rebuilt-quotes';
import { testPartRequested } from './names-articles';

export type SpeakerError = 'not a speaker' | 'wrong person' | 'missing' | 'spurious';
export const SPEAKER_ERRORS: readonly SpeakerError[] = ['not a speaker', 'wrong person', 'missing', 'spurious'];

export interface QuoteScores {
  lang: string;
  articles: number;
  tp: number; fp: number; fn: number;
  precision: number; recall: number; f1: number;
  kindAccuracy: number; kindTotal: number;
  speakerAccuracy: number; speakerTotal: number;
  errors: Record<SpeakerError, number>;
  /**
   * Why gold speech quotes were missed: nothing found there, only a reported clause (no marks
   * paired), a quotation of the same span read as another kind, or quotations of other spans.
   */
  missedBy: Record<MissCause, number>;
  misses: string[];
}

export type MissCause = 'not found' | 'reported' | 'kind' | 'span';

interface Span { start: number; end: number }

/** How much two spans share: their intersection over their union (0 when apart). */
export function overlapRatio(a: Span, b: Span): number {
  const inter = Math.min(a.end, b.end) - Math.max(a.start, b.start);
  const union = Math.max(a.end, b.end) - Math.min(a.start, b.start);
  return inter > 0 && union > 0 ? inter / union : 0;
}

const overlaps = (a: Span, b: Span): boolean => Math.min(a.end, b.end) > Math.max(a.start, b.start);

function speakerKey(s: string): string {
  return normalizeArabic(s).toLowerCase().replace(/^(the|a|an)\s+/, '').replace(/\s+/g, ' ').trim();
}

export function sameSpeaker(gold: GoldSpeaker | null | undefined, pred: Quote['speaker']): boolean {
  if (!gold) return !pred;
  if (!pred) return false;
  if (overlaps(gold, pred)) return true;
  const g = speakerKey(gold.text);
  const p = speakerKey(pred.text);
  return g === p || (g.length > 2 && p.length > 2 && (g.endsWith(p) || p.endsWith(g) || g.includes(p) || p.includes(g)));
}

/** Which kind of speaker error a wrong prediction is, judged by the article's gold. */
export function speakerError(article: Pick<GoldArticle, 'quotes' | 'entities'>, gold: GoldSpeaker | null | undefined, pred: Quote['speaker']): SpeakerError {
  if (!pred) return 'missing';
  if (!gold) return 'spurious';
  const speakers = article.quotes.flatMap((q) => (q.speaker ? [q.speaker] : []));
  if (speakers.some((s) => sameSpeaker(s, pred))) return 'wrong person';
  const named = (article.entities ?? []).some((e) => (e.type === 'PER' || e.type === 'ORG') && overlaps(e, pred));
  return named ? 'wrong person' : 'not a speaker';
}

/** Greedy one-to-one matching by best overlap. */
function match<G extends Span, P extends Span>(gold: G[], pred: P[]): Map<number, number> {
  const pairs: [number, number, number][] = [];
  gold.forEach((g, i) => pred.forEach((p, j) => { const r = overlapRatio(g, p); if (r >= 0.8) pairs.push([r, i, j]); }));
  pairs.sort((a, b) => b[0] - a[0]);
  const byGold = new Map<number, number>();
  const usedPred = new Set<number>();
  for (const [, i, j] of pairs) if (!byGold.has(i) && !usedPred.has(j)) { byGold.set(i, j); usedPred.add(j); }
  return byGold;
}

const clip = (s: string): string => (s.length > 60 ? `${s.slice(0, 57)}…` : s).replace(/\s+/g, ' ');

function emptyScores(lang: string): QuoteScores {
  return { lang, articles: 0, tp: 0, fp: 0, fn: 0, precision: 0, recall: 0, f1: 0, kindAccuracy: 0, kindTotal: 0, speakerAccuracy: 0, speakerTotal: 0, errors: { 'not a speaker': 0, 'wrong person': 0, missing: 0, spurious: 0 }, missedBy: { 'not found': 0, reported: 0, kind: 0, span: 0 }, misses: [] };
}

/** Scores the articles; `withMisses` false keeps the misses empty (the test part). */
export function scoreArticles(lang: string, articles: GoldArticle[], options: AnalysisOptions = {}, withMisses = true): QuoteScores {
  const s = emptyScores(lang);
  let kindRight = 0;
  let speakerRight = 0;
  const miss = (m: string): void => { if (withMisses) s.misses.push(m); };
  for (const article of articles) {
    s.articles++;
    const { text, file } = article;
    const all = analyzeArticle(text, options).quotes;
    const predicted = all.filter((q) => q.kind !== 'reported');
    const goldSpeech = article.quotes.filter((q) => q.kind === 'speech');
    const predSpeech = predicted.filter((q) => q.kind === 'speech');
    const speechMatch = match(goldSpeech, predSpeech);
    s.tp += speechMatch.size;
    s.fn += goldSpeech.length - speechMatch.size;
    s.fp += predSpeech.length - speechMatch.size;
    const matchedPred = new Set(speechMatch.values());
    goldSpeech.forEach((g, i) => {
      const j = speechMatch.get(i);
      if (j === undefined) {
        const cause: MissCause = predicted.some((p) => overlapRatio(g, p) >= 0.8) ? 'kind' : predicted.some((p) => overlaps(g, p)) ? 'span' : all.some((p) => overlaps(g, p)) ? 'reported' : 'not found';
        s.missedBy[cause]++;
        miss(`${file} FN speech (${cause}) @${g.start} «${clip(text.slice(g.start, g.end))}»`);
        return;
      }
      s.speakerTotal++;
      const p = predSpeech[j];
      if (sameSpeaker(g.speaker, p.speaker)) { speakerRight++; return; }
      const kind = speakerError(article, g.speaker, p.speaker);
      s.errors[kind]++;
      miss(`${file} SPEAKER (${kind}) @${g.start} gold=${g.speaker?.text ?? 'null'} got=${p.speaker?.text ?? 'null'} «${clip(text.slice(g.start, g.end))}»`);
    });
    predSpeech.forEach((p, j) => { if (!matchedPred.has(j)) miss(`${file} FP speech @${p.start} «${clip(p.text)}» speaker=${p.speaker?.text ?? 'null'}`); });
    const anyMatch = match(article.quotes, predicted);
    article.quotes.forEach((g, i) => {
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

export function scoreQuotes(dataDir: string, lang: 'ar' | 'en', part: Part, options: AnalysisOptions = {}): QuoteScores | null {
  const { articles, skipped } = loadGold(dataDir, lang, part);
  if (articles.length === 0 && skipped.length === 0) return null;
  const s = scoreArticles(lang, articles, options, part === 'tuning');
  if (part === 'tuning') s.misses.unshift(...skipped);
  else if (skipped.length) console.log(`  (${lang} test: ${skipped.length} records skipped, article missing or changed)`);
  return s;
}

const pct = (x: number): string => (100 * x).toFixed(1).padStart(5);

function printTable(title: string, rows: QuoteScores[]): void {
  console.log(`quotes, ${title}: speech detection (overlap >= 80% of union), kind and speaker accuracy, speaker errors`);
  console.log('  lang  art     P      R     F1   kind(n)        speaker(n)    not-a-speaker wrong-person missing spurious   missed speech: not found / reported / kind / span');
  for (const s of rows) {
    const e = s.errors;
    console.log(`  ${s.lang}   ${String(s.articles).padStart(4)}  ${pct(s.precision)}  ${pct(s.recall)}  ${pct(s.f1)}   ${pct(s.kindAccuracy)} (${s.kindTotal})   ${pct(s.speakerAccuracy)} (${s.speakerTotal})   ${String(e['not a speaker']).padStart(6)} ${String(e['wrong person']).padStart(12)} ${String(e.missing).padStart(7)} ${String(e.spurious).padStart(8)}   ${String(s.missedBy['not found']).padStart(5)} / ${s.missedBy.reported} / ${s.missedBy.kind} / ${s.missedBy.span}   tp=${s.tp} fp=${s.fp} fn=${s.fn}`);
  }
}

/**
 * `npm run eval` prints the tuning table and, with `--test-part` (at the end of a piece of work,
 * as for the names), the test table; `npm run eval -- quotes` the quotation tables alone, `--rules`
 * without the learned speaker ranker and kinds model, `--rule-kinds` without the kinds model only.
 * The test table was printed on every run before: a glance at
 * it while working is a decision made on the test part.
 */
/** The blind validation rounds on rebuilt text, scored in totals only. */
const VALIDATION_SETS: [RebuiltCorpus, string][] = [['anercorp', 'ANERcorp'], ['arwiki', 'Arabic Wikipedia']];

export async function evaluateQuotes(dataDir: string, options: AnalysisOptions = {}): Promise<void> {
  const verbose = process.argv.includes('--misses') || process.env.NEWS_LENS_MISSES === '1';
  const parts: Part[] = testPartRequested() && !process.argv.includes('--tuning') ? ['tuning', 'test'] : ['tuning'];
  // `--rules`: the attribution rules' speakers, without the learned ranker (for comparison).
  if (process.argv.includes('--rules')) options = { ...options, speakerRanker: null, kinds: null };
  if (process.argv.includes('--rule-kinds')) options = { ...options, kinds: null };
  let tuning: QuoteScores[] = [];
  for (const part of parts) {
    const rows = (['ar', 'en'] as const).map((lang) => scoreQuotes(dataDir, lang, part, options)).filter((s): s is QuoteScores => s !== null);
    if (rows.length === 0) { console.log(`quotes, ${part}: no gold`); continue; }
    printTable(part === 'tuning' ? 'TUNING part' : 'TEST part (totals only)', rows);
    if (part === 'tuning') {
      tuning = rows;
      // The pool's tuning articles alone: articles the rules were not first written on.
      const pool = (['ar', 'en'] as const).map((lang) => {
        const articles = loadGold(dataDir, lang, 'tuning').articles.filter((a) => a.source === 'pool');
        return articles.length ? scoreArticles(`${lang} `, articles, options, false) : null;
      }).filter((s): s is QuoteScores => s !== null);
      if (pool.length) printTable('TUNING part, pool articles only (dev gold left out)', pool);
      for (const [corpus, name] of VALIDATION_SETS) {
        const validation = loadRebuiltQuotes(dataDir, corpus, 'validation');
        if (validation.skipped.length) console.log(`  (${name} validation: ${validation.skipped.length} records skipped: ${validation.skipped[0]} …)`);
        if (validation.articles.length) printTable(`VALIDATION (${name} quotations, blind; totals only, misses never printed)`, [scoreArticles('ar', validation.articles, options, false)]);
      }
    }
  }
  if (!parts.includes('test')) console.log('quotes, TEST part: held out; `npm run eval -- --test-part` scores it (only at the end of a piece of work; misses are never printed)');
  for (const s of tuning) {
    const shown = verbose ? s.misses : s.misses.slice(0, 15);
    console.log(`quotes ${s.lang} (tuning): ${s.misses.length} misses${verbose ? '' : ' (first 15; --misses for all)'}`);
    for (const m of shown) console.log(`  ${m}`);
  }
}
