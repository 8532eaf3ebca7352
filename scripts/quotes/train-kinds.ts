/**
 * Trains the speech-or-not model (src/core/quotes/kind-model.ts): a logistic model over every
 * top-level quotation the finder reads in gold that may ship, the shared dev gold (tuning part of
 * scripts/eval/quotes-gold.ts) and ANERcorp's training round of quotations
 * (scripts/eval/rebuilt-quotes.ts; Wikipedia's round is left out, see trainingArticles).
 * The pools are left out (nothing shipped may be derived from them), so their tuning part and
 * ANERcorp's validation round measure the model on text it did not learn from.
 *
 * A quotation's label is the gold's kind where the gold has that quotation (overlap ≥ 80% of the
 * union), `other` where the gold has nothing there; one the gold marks with another span teaches
 * nothing. The weights start at the rules' verdict (`rule:speech` +PRIOR, `rule:other` −PRIOR)
 * and L2 regularisation pulls them back to it, so the model overrules the rules only as far as
 * the data pays. The strength is the one with the best 5-fold cross-validated accuracy (folds of
 * whole articles), the largest on a tie; a language whose cross-validated accuracy does not beat
 * the rules' gets no weights and keeps the rules. Writes models/kinds.json (feature weights, no
 * article text beyond the common words before and after quotation marks).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { createDoc } from '../../src/core/doc';
import { findEntities } from '../../src/core/entities';
import { findQuotes } from '../../src/core/quotes';
import { kindFeatures } from '../../src/core/quotes/kind-features';
import type { KindClassifier, KindModel } from '../../src/core/quotes/kind-model';
import type { Span } from '../../src/core/types';
import { overlapRatio } from '../eval/quotes';
import { loadGold, type GoldArticle } from '../eval/quotes-gold';
import { loadRebuiltQuotes } from '../eval/rebuilt-quotes';

const LAMBDAS = process.env.KIND_LAMBDA ? [Number(process.env.KIND_LAMBDA)] : [0.0003, 0.001, 0.003, 0.01, 0.03, 0.1, 0.3];
const FOLDS = 5;
const ITERATIONS = 600;
const STEP = 0.5;
const PRIOR = Number(process.env.KIND_PRIOR ?? 2);

/** One quotation: its features as indices, the gold's answer and the rules'. */
interface Example { article: number; lang: 'ar' | 'en'; features: number[]; speech: boolean; rule: boolean }

/** The gold's kind at `quote`: speech, other, or undefined where the gold's span differs. */
function goldSpeech(article: GoldArticle, quote: Span): boolean | undefined {
  let overlapping = false;
  for (const g of article.quotes) {
    const r = overlapRatio(g, quote);
    if (r >= 0.8) return g.kind === 'speech';
    if (r > 0) overlapping = true;
  }
  return overlapping ? undefined : false;
}

function trainingArticles(dataDir: string): GoldArticle[] {
  const out: GoldArticle[] = [];
  for (const lang of ['ar', 'en'] as const) for (const a of loadGold(dataDir, lang, 'tuning').articles) if (a.source === 'dev') out.push(a);
  out.push(...loadRebuiltQuotes(dataDir, 'anercorp', 'training').articles);
  // Arabic Wikipedia's training round is left out (KIND_ARWIKI=1 takes it in): its quotation marks
  // are mostly titles and terms, and with it speech F1 fell on every held-out set (pools' tuning
  // part 92.0 → 91.4, ANERcorp validation 74.5 → 72.8, Wikipedia validation 84.1 → 83.0).
  if (process.env.KIND_ARWIKI === '1') out.push(...loadRebuiltQuotes(dataDir, 'arwiki', 'training').articles);
  return out;
}

/** A word before or after the marks must be seen this often to get a weight: rarer ones are the articles' own. */
const MIN_WORD_COUNT = Number(process.env.KIND_MIN_WORD ?? 3);
const lexical = (f: string): boolean => f.startsWith('before:') || f.startsWith('after:');

function examplesOf(articles: GoldArticle[], index: Map<string, number>): Example[] {
  const seen = new Map<string, number>();
  const raw: { article: number; lang: 'ar' | 'en'; features: string[]; speech: boolean; rule: boolean }[] = [];
  articles.forEach((article, a) => {
    const capture: KindClassifier = (ctx, rule, quote) => {
      const speech = goldSpeech(article, quote);
      if (speech !== undefined) {
        const features = kindFeatures(ctx, rule).map((f) => `${ctx.lang}:${f}`);
        for (const f of features) seen.set(f, (seen.get(f) ?? 0) + 1);
        raw.push({ article: a, lang: ctx.lang, features, speech, rule });
      }
      return rule;
    };
    const doc = createDoc(article.text);
    findQuotes(doc, findEntities(doc), { kinds: capture, ranker: null });
  });
  return raw.map((r) => ({
    ...r,
    features: r.features.filter((f) => !lexical(f.slice(3)) || seen.get(f)! >= MIN_WORD_COUNT).map((f) => {
      if (!index.has(f)) index.set(f, index.size);
      return index.get(f)!;
    }),
  }));
}

function score(w: Float64Array, bias: number, ex: Example): number {
  let z = bias;
  for (const k of ex.features) z += k < w.length ? w[k] : 0;
  return z;
}

/** Logistic loss + λ/2·|w − prior|², full-batch gradient descent (deterministic). */
function fit(examples: Example[], prior: Float64Array, lambda: number): { w: Float64Array; bias: number } {
  const w = Float64Array.from(prior);
  let bias = 0;
  const n = Math.max(1, examples.length);
  for (let it = 0; it < ITERATIONS; it++) {
    const grad = new Float64Array(w.length);
    let gBias = 0;
    for (const ex of examples) {
      const p = 1 / (1 + Math.exp(-score(w, bias, ex)));
      const g = p - (ex.speech ? 1 : 0);
      gBias += g;
      for (const k of ex.features) grad[k] += g;
    }
    bias -= STEP * gBias / n;
    for (let k = 0; k < w.length; k++) w[k] -= STEP * (grad[k] / n + lambda * (w[k] - prior[k]));
  }
  return { w, bias };
}

const accuracy = (examples: Example[], decide: (e: Example) => boolean): number => examples.filter((e) => decide(e) === e.speech).length;
const percent = (right: number, total: number): string => `${(100 * right / Math.max(1, total)).toFixed(1)}% of ${total}`;

export function trainKinds(dataDir: string, root: string): void {
  const started = Date.now();
  const articles = trainingArticles(dataDir);
  const index = new Map<string, number>();
  for (const lang of ['ar', 'en']) for (const f of ['rule:speech', 'rule:other']) index.set(`${lang}:${f}`, index.size);
  const examples = examplesOf(articles, index);
  const prior = new Float64Array(index.size);
  for (const lang of ['ar', 'en']) { prior[index.get(`${lang}:rule:speech`)!] = PRIOR; prior[index.get(`${lang}:rule:other`)!] = -PRIOR; }
  console.log(`train kinds: ${articles.length} articles, ${examples.length} quotations, ${index.size} features`);
  const weights: Record<string, number> = {};
  for (const lang of ['ar', 'en'] as const) {
    const own = examples.filter((e) => e.lang === lang);
    const rules = accuracy(own, (e) => e.rule);
    let best = { lambda: LAMBDAS[0], right: -1 };
    for (const lambda of LAMBDAS) {
      let right = 0;
      for (let f = 0; f < FOLDS; f++) {
        const { w, bias } = fit(own.filter((e) => e.article % FOLDS !== f), prior, lambda);
        right += accuracy(own.filter((e) => e.article % FOLDS === f), (e) => score(w, bias, e) > 0);
      }
      console.log(`train kinds: ${lang} lambda ${lambda}: ${FOLDS}-fold cross-validated accuracy ${percent(right, own.length)} (rules ${percent(rules, own.length)})`);
      if (right >= best.right) best = { lambda, right };
    }
    if (best.right <= rules) {
      console.log(`train kinds: ${lang} keeps the rules (the model does not beat them)`);
      continue;
    }
    const { w, bias } = fit(own, prior, best.lambda);
    console.log(`train kinds: ${lang} lambda ${best.lambda}; on the quotations learned from ${percent(accuracy(own, (e) => score(w, bias, e) > 0), own.length)}`);
    weights[`${lang}:bias`] = Math.round(bias * 1000) / 1000;
    for (const [f, k] of index) {
      const v = Math.round(w[k] * 1000) / 1000;
      if (f.startsWith(`${lang}:`) && v !== 0) weights[f] = v;
    }
  }
  const model: KindModel = { weights: Object.fromEntries(Object.entries(weights).sort((a, b) => (a[0] < b[0] ? -1 : 1))) };
  const path = resolve(root, 'models/kinds.json');
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, `${JSON.stringify(model, null, 1)}\n`);
  console.log(`train kinds: wrote ${path}, ${Object.keys(model.weights).length} weights, in ${((Date.now() - started) / 1000).toFixed(1)} s`);
}
