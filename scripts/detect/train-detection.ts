/**
 * Trains article detection: L2-regularised logistic regression over the standardised features
 * of src/core/structure/detect-features.ts, on the train part of every set but the pools, fitted by Newton's method (exact and deterministic;
 * the features are few). Classes are weighted to count equally. The regularisation strength is
 * picked by 5-fold cross-validation on the train part only; the test part is never looked at.
 * Writes models/detect.json: feature names, means, scales, weights and bias, no text.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { articleFeatures, FEATURE_NAMES } from '../../src/core/structure/detect-features';
import { scoreFeatures, type DetectionModel } from '../../src/core/structure/detect';
import { ARTICLE_VARIANTS, fnv1a, loadDetectionCorpus, type Sample } from './corpus';

export interface Example { sample: Sample; values: number[]; language: string }

const LAMBDAS = process.env.DETECT_LAMBDA ? [Number(process.env.DETECT_LAMBDA)] : [0.01, 0.03, 0.1, 0.3, 1, 3];
const FOLDS = 5;
/** See the choice of lambda in trainDetection. */
const LOSS_TOLERANCE = 1.5;
/** Sets never learned from by the shipped model (see trainDetection). */
export const EVALUATION_ONLY_SETS = new Set(['ar-pool', 'en-pool', 'seed']);
const EMPHASISED_SETS = new Set(['negatives/written', 'fixtures']);
const EMPHASIS = 5;
/** An article in another shape (see withVariants) counts half: it is the same article again. */
const VARIANT_WEIGHT = 0.5;

export function featurise(samples: Sample[]): Example[] {
  return samples.map((sample) => {
    const e = articleFeatures(sample.text);
    return { sample, values: e.values, language: e.language };
  });
}

/**
 * Articles reach users in more shapes than the data has: hard-wrapped at 72 columns (mail,
 * newswire) and as short briefs (a title and one paragraph). Each training article is also
 * learned in those shapes; eval measures them on the test part.
 */
function withVariants(samples: Sample[]): Sample[] {
  const variants = samples.filter((s) => s.isArticle).flatMap((s) => ARTICLE_VARIANTS.map(([name, shape]) => ({ ...s, key: `${s.key}#${name}`, text: shape(s.text) })));
  return [...samples, ...variants];
}

/** Fits weights and bias to standardised rows; `lambda` scales the L2 penalty (the bias is not penalised). */
function fit(xs: number[][], ys: number[], sampleWeights: number[], lambda: number): { weights: number[]; bias: number } {
  const d = xs[0].length + 1; // the last column is the bias
  let w = new Array<number>(d).fill(0);
  for (let iter = 0; iter < 50; iter++) {
    const grad = new Array<number>(d).fill(0);
    const hess = Array.from({ length: d }, () => new Array<number>(d).fill(0));
    xs.forEach((x, n) => {
      const row = [...x, 1];
      const z = row.reduce((s, v, k) => s + v * w[k], 0);
      const p = 1 / (1 + Math.exp(-z));
      const g = sampleWeights[n] * (p - ys[n]);
      const h = sampleWeights[n] * p * (1 - p);
      for (let a = 0; a < d; a++) {
        grad[a] += g * row[a];
        for (let b = a; b < d; b++) hess[a][b] += h * row[a] * row[b];
      }
    });
    for (let a = 0; a < d; a++) for (let b = 0; b < a; b++) hess[a][b] = hess[b][a];
    for (let a = 0; a < d - 1; a++) { grad[a] += lambda * w[a]; hess[a][a] += lambda; }
    hess[d - 1][d - 1] += 1e-9;
    const step = solve(hess, grad);
    w = w.map((v, k) => v - step[k]);
    if (Math.max(...step.map(Math.abs)) < 1e-8) break;
  }
  return { weights: w.slice(0, d - 1), bias: w[d - 1] };
}

/** Gaussian elimination with partial pivoting: solves A x = b (A is small and positive definite). */
function solve(a: number[][], b: number[]): number[] {
  const n = b.length;
  const m = a.map((row, i) => [...row, b[i]]);
  for (let c = 0; c < n; c++) {
    let p = c;
    for (let r = c + 1; r < n; r++) if (Math.abs(m[r][c]) > Math.abs(m[p][c])) p = r;
    [m[c], m[p]] = [m[p], m[c]];
    for (let r = c + 1; r < n; r++) {
      const f = m[r][c] / m[c][c];
      for (let k = c; k <= n; k++) m[r][k] -= f * m[c][k];
    }
  }
  const x = new Array<number>(n).fill(0);
  for (let r = n - 1; r >= 0; r--) {
    let s = m[r][n];
    for (let k = r + 1; k < n; k++) s -= m[r][k] * x[k];
    x[r] = s / m[r][r];
  }
  return x;
}

/** Trains a model on `examples` (texts in other languages are left out: they score 0 anyway). */
export function trainModel(examples: Example[], lambda: number): DetectionModel {
  const used = examples.filter((e) => e.language !== 'other');
  const d = FEATURE_NAMES.length;
  const mean = new Array<number>(d).fill(0), scale = new Array<number>(d).fill(0);
  for (const e of used) e.values.forEach((v, k) => { mean[k] += v / used.length; });
  for (const e of used) e.values.forEach((v, k) => { scale[k] += (v - mean[k]) ** 2 / used.length; });
  for (let k = 0; k < d; k++) scale[k] = Math.sqrt(scale[k]) || 1;
  const clip = (v: number): number => Math.max(-6, Math.min(6, v));
  const xs = used.map((e) => e.values.map((v, k) => clip((v - mean[k]) / scale[k])));
  const ys = used.map((e) => (e.sample.isArticle ? 1 : 0));
  // Variants of an article weigh less, the texts we wrote more: each stands for a kind of ordinary text (chats, lists, poems,
  // subtitles) the machine has few of. Then each class weighs as much as the other, whatever the counts.
  const emphasis = used.map((e) => (EMPHASISED_SETS.has(e.sample.set) ? EMPHASIS : e.sample.key.includes('#') ? VARIANT_WEIGHT : 1));
  const classTotal = [0, 0];
  ys.forEach((y, n) => { classTotal[y] += emphasis[n]; });
  const weights = ys.map((y, n) => (emphasis[n] * used.length) / (2 * classTotal[y]));
  const fitted = fit(xs, ys, weights, lambda);
  const round = (v: number): number => Number(v.toPrecision(6));
  return { features: [...FEATURE_NAMES], mean: mean.map(round), scale: scale.map(round), weights: fitted.weights.map(round), bias: round(fitted.bias) };
}

/** Balanced log loss of `model` on `examples`, for choosing lambda. */
function balancedLoss(model: DetectionModel, examples: Example[]): number {
  const loss = { pos: [0, 0], neg: [0, 0] };
  for (const e of examples) {
    const p = e.language === 'other' ? 1e-6 : Math.min(1 - 1e-6, Math.max(1e-6, scoreFeatures(model, e.values)));
    const c = e.sample.isArticle ? loss.pos : loss.neg;
    c[0] += -Math.log(e.sample.isArticle ? p : 1 - p);
    c[1]++;
  }
  return loss.pos[0] / Math.max(1, loss.pos[1]) + loss.neg[0] / Math.max(1, loss.neg[1]);
}

export function trainDetection(dataDir: string, projectRoot: string, outPath = resolve(projectRoot, 'models/detect.json')): DetectionModel {
  const started = Date.now();
  // The pools are for development and evaluation only (../shared/data/README.md: ship nothing
  // derived from them) and the seed is for reference only, so the shipped model never learns from
  // them and eval measures it on all of them. DETECT_WITH_POOLS=1 learns from their train parts
  // too, for comparison.
  const withPools = process.env.DETECT_WITH_POOLS === '1';
  const corpus = loadDetectionCorpus(dataDir, projectRoot).filter((s) => withPools || !EVALUATION_ONLY_SETS.has(s.set));
  const train = featurise(withVariants(corpus.filter((s) => s.part === 'train')));
  console.log(`train detect: ${train.length} training texts (${train.filter((e) => e.sample.isArticle).length} articles), read and featurised in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  // Folds by a second hash of the key, independent of the train/test split.
  const fold = (e: Example): number => fnv1a(`fold:${e.sample.key}`) % FOLDS;
  const losses = LAMBDAS.map((lambda) => {
    let loss = 0;
    for (let k = 0; k < FOLDS; k++) loss += balancedLoss(trainModel(train.filter((e) => fold(e) !== k), lambda), train.filter((e) => fold(e) === k)) / FOLDS;
    console.log(`train detect: lambda ${lambda}: cross-validated balanced log loss ${loss.toFixed(4)}`);
    return loss;
  });
  // The training texts are nearly separable, so the weakest penalty always wins by a hair and
  // gives 0.000/1.000 confidences to texts unlike any seen. The strongest penalty within
  // LOSS_TOLERANCE of the best keeps the confidence meaningful (the `ask` band needs that).
  const bestLoss = Math.min(...losses);
  const best = { lambda: Math.max(...LAMBDAS.filter((_, i) => losses[i] <= bestLoss * LOSS_TOLERANCE)) };
  const model = trainModel(train, best.lambda);
  mkdirSync(dirname(outPath), { recursive: true });
  const json = JSON.stringify(model, null, 1);
  writeFileSync(outPath, `${json}\n`);
  console.log(`train detect: lambda ${best.lambda}; wrote ${outPath} (${json.length} bytes) in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  return model;
}
