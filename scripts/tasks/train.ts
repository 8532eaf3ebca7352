/**
 * Trains the Arabic and English taggers (averaged structured perceptron; Arabic with
 * passive-aggressive (PA-I) steps; see src/core/entities/perceptron.ts). Each model is the mean
 * of four learners that see the sentences in different orders, and the epoch count is the one
 * where the whole recogniser (tagger and rules) scores best on the development split.
 *   Arabic:  ../shared/data/ner/anercorp-train.txt, first 90% train, last 10% development
 *   English: ../shared/data/ner/conll2003-eng.train.bioes, development conll2003-eng.testa.bioes
 * Two models per language:
 *   models/dev/ner-{ar,en}.json  trained on the training part; picks the epoch count on the
 *                                development split, and is what `npm run eval` measures
 *   models/ner-{ar,en}.json      the shipped model: the same recipe and epoch count on training
 *                                and development data together (more names seen, and the Arabic
 *                                development part is the text nearest ANERcorp's test part)
 * Arabic features include word classes learned from Wikipedia (models/clusters-ar.json, built first
 * by `npm run train -- clusters`; NER_CLUSTERS=0 trains without them) and name rates, how often
 * a tagger trained without them read each word as a person's name in the same text
 * (models/name-rates-ar.json, built next by `npm run train -- name-rates`; NER_NAME_RATES=0). Extra labelled Arabic
 * (NER_EXTRA, default aqmar; scripts/ner-data) is read with feature augmentation. AQMAR raised
 * both the development split (0.792 → 0.797) and the real-article tuning part (0.694 → 0.696);
 * 120k tokens of WikiFANE were level with the classes alone over five epochs (0.786 vs 0.790) at
 * four times the training time, and are not used (NER_EXTRA=aqmar,wikifane to try them).
 * Both languages also learn from our names gold of the shared real articles (scripts/ner-data/
 * article-gold.ts; Arabic as a domain of its own, English as news): modern articles under the
 * product's conventions, 23k Arabic and 8.5k English tokens. Measured on the pools' tuning part,
 * which no shipped model learns from: Arabic 0.702 -> 0.730, English 0.833 -> 0.846.
 * Deterministic: fixed shuffling seeds. A linear-chain CRF (AdaGrad, L2, softmax-margin) was
 * tried for Arabic: its tagger scored 0.006 higher but the whole recogniser 0.0065 lower.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { findDataDir } from '../eval/data-dir';
import { devDocuments, recogniserMicroF1 } from '../eval/ner';
import { createResources, type ResourceChoices } from '../../src/core/resources';
import { sentenceFeatures, wordIdentityFeature, type Lang } from '../../src/core/entities/features';
import { matchKey } from '../../src/core/text/normalize';
import { L, LABELS, bioToBioes, toBio, viterbi, type PackedModel } from '../../src/core/entities/perceptron';
import { bioSpans, parseTokenFile } from '../../src/core/entities/tokenFile';
import { trainDetection } from '../detect/train-detection';
import { trainSpeakers } from '../quotes/train-speakers';
import { trainKinds } from '../quotes/train-kinds';
import { buildWordClusters } from '../clusters/word-clusters';
import { buildNameRates } from '../clusters/name-rates';
import { packHashes } from '../packed-hashes';
import type { PackedClusters } from '../../src/core/entities/clusters';
import type { PackedNameRates } from '../../src/core/entities/name-rates';
import type { PackedWordNet } from '../../src/core/entities/wordnet';
import { EXTRA_CORPORA, extraCorpus, type ExtraCorpus } from '../ner-data/extra-corpora';
import { articleGoldSentences } from '../ner-data/article-gold';

/** Extra Arabic corpora trained on by default, and how much of WikiFANE (see extraCorporaChosen). */
const DEFAULT_EXTRA = 'aqmar';
const WIKIFANE_TOKENS = Number(process.env.NER_WIKIFANE_TOKENS ?? 150_000);

/** A training sentence and the corpus it comes from ('news': ANERcorp or CoNLL; else an extra corpus). */
interface Sentence { words: string[]; gold: number[]; feats: number[][]; domain: string; fromArticles?: true }
export interface Split { train: Sentence[]; dev: Sentence[] }

// Arabic: passive-aggressive steps, which keep improving for longer (dev micro-F1 +0.006 over
// perceptron steps); English stays with perceptron steps (PA-I was 0.002 lower on testa).
const MAX_EPOCHS: Record<Lang, number> = { ar: Number(process.env.NER_EPOCHS ?? 15), en: Number(process.env.NER_EPOCHS ?? 12) };
/** Passive-aggressive cap C (0: plain perceptron steps). */
const PA_C: Record<Lang, number> = { ar: Number(process.env.NER_PA_C ?? 1), en: Number(process.env.NER_PA_C ?? 0) };
/** Learners averaged per language (see train): ar dev 0.766 → 0.791, en testa 0.936 → 0.940. */
const LEARNERS: Record<Lang, number> = { ar: Number(process.env.NER_LEARNERS ?? 4), en: Number(process.env.NER_LEARNERS ?? 4) };
/** Epochs without a better development F1 before training stops. */
const PATIENCE: Record<Lang, number> = { ar: Number(process.env.NER_PATIENCE ?? 6), en: Number(process.env.NER_PATIENCE ?? 3) };
// Arabic has half the data: rare features still help it.
const MIN_COUNT: Record<Lang, number> = { ar: Number(process.env.NER_MIN_COUNT_AR ?? 2), en: 2 };

/** The name rates on disk (not the ones bundled into this script); null when training without them (NER_NAME_RATES=0). */
export function nameRatesOnDisk(lang: Lang): PackedNameRates | null {
  // NER_NAME_RATES_PATH: other rates to try (experiments).
  const path = resolve(process.cwd(), process.env.NER_NAME_RATES_PATH ?? 'models/name-rates-ar.json');
  if (lang !== 'ar' || process.env.NER_NAME_RATES === '0' || !existsSync(path)) return null;
  return JSON.parse(readFileSync(path, 'utf8')) as PackedNameRates;
}

/** The word classes on disk (not the ones bundled into this script at build time); null when training without them. */
export function clustersOnDisk(lang: Lang): PackedClusters | null {
  const path = resolve(process.cwd(), 'models/clusters-ar.json');
  if (lang !== 'ar' || process.env.NER_CLUSTERS === '0' || !existsSync(path)) return null;
  return JSON.parse(readFileSync(path, 'utf8')) as PackedClusters;
}

/** English WordNet facts on disk (models/wordnet-en.json); null when training without them (NER_WORDNET=0). */
export function wordNetOnDisk(lang: Lang): PackedWordNet | null {
  const path = resolve(process.cwd(), 'models/wordnet-en.json');
  if (lang !== 'en' || process.env.NER_WORDNET === '0' || !existsSync(path)) return null;
  return JSON.parse(readFileSync(path, 'utf8')) as PackedWordNet;
}

/** The unlabelled-text and dictionary resources a tagger of `lang` trains with, as on disk. */
const resourcesOnDisk = (lang: Lang): ResourceChoices => ({ wordClusters: clustersOnDisk(lang), nameRates: nameRatesOnDisk(lang), wordNet: wordNetOnDisk(lang) });

function sentencesOf(path: string, lang: Lang): Sentence[] {
  const file = parseTokenFile(readFileSync(path, 'utf8'));
  const out: Sentence[] = [];
  // Features do not depend on a model: one set of word caches serves the whole file.
  const resources = createResources(resourcesOnDisk(lang));
  for (const doc of file.documents) {
    for (const idx of doc) {
      const words = idx.map((i) => file.lines[i].token);
      const gold = bioToBioes(idx.map((i) => file.lines[i].gold));
      out.push({ words, gold, feats: sentenceFeatures(words, lang, resources), domain: 'news' });
    }
  }
  return out;
}

/**
 * The extra Arabic corpora to train on (NER_EXTRA=aqmar,wikifane; empty for none), WikiFANE
 * sampled down to NER_WIKIFANE_TOKENS tokens (training time grows with the data).
 */
export function extraCorporaChosen(): ExtraCorpus[] {
  const raw = process.env.NER_EXTRA ?? DEFAULT_EXTRA;
  return raw.split(',').filter((x): x is ExtraCorpus => (EXTRA_CORPORA as readonly string[]).includes(x));
}

function extraSentences(dataDir: string, name: ExtraCorpus): Sentence[] {
  const resources = createResources(resourcesOnDisk('ar'));
  return extraCorpus(dataDir, name, name === 'wikifane' ? WIKIFANE_TOKENS : Infinity).map((s) => ({
    words: s.words, gold: bioToBioes(s.tags), feats: sentenceFeatures(s.words, 'ar', resources), domain: name,
  }));
}

/**
 * The corpus name the article gold trains under (NER_ARTICLES_DOMAIN): Arabic 'articles', a domain
 * of its own for feature augmentation, since its conventions differ from ANERcorp's (قطاع غزة,
 * شرطة جدة); English 'news', with CoNLL (held-out pool articles 0.833 -> 0.846, CoNLL
 * development split unchanged at 0.940).
 */
const ARTICLES_DOMAIN: Record<Lang, string> = { ar: process.env.NER_ARTICLES_DOMAIN ?? 'articles', en: process.env.NER_ARTICLES_DOMAIN ?? 'news' };
/**
 * The domains whose feature copies the packed model adds to the general weights (NER_SHIP_DOMAINS,
 * comma-separated): ANERcorp's and the articles', so the shipped model reads modern articles by
 * their conventions where ANERcorp's differ (held-out pool articles 0.702 -> 0.730, ANERcorp
 * development split 0.790 -> 0.783).
 */
const SHIP_DOMAINS = (process.env.NER_SHIP_DOMAINS ?? 'news,articles').split(',');

/**
 * The tuning part of the real-article gold (its shared articles), in the domain ARTICLES_DOMAIN
 * gives it: modern articles under the conventions the product follows. NER_ARTICLES=0 leaves it out; NER_ARTICLES=with-pool adds the pools' tuning
 * part, for development models only (main refuses to write a shipped model with it).
 */
function articleSentences(dataDir: string, lang: Lang): Sentence[] {
  if (process.env.NER_ARTICLES === '0') return [];
  const resources = createResources(resourcesOnDisk(lang));
  return articleGoldSentences(dataDir, lang, process.env.NER_ARTICLES === 'with-pool').map((s) => ({
    words: s.words, gold: bioToBioes(s.tags), feats: sentenceFeatures(s.words, lang, resources), domain: ARTICLES_DOMAIN[lang], fromArticles: true as const,
  }));
}

/** The Arabic file has no dev part: its last 10% of tokens (whole sentences) is ours. */
export function loadSplit(dataDir: string, lang: Lang): Split {
  if (lang === 'en') {
    return {
      train: [...sentencesOf(resolve(dataDir, 'ner/conll2003-eng.train.bioes'), 'en'), ...articleSentences(dataDir, 'en')],
      dev: sentencesOf(resolve(dataDir, 'ner/conll2003-eng.testa.bioes'), 'en'),
    };
  }
  const all = sentencesOf(resolve(dataDir, 'ner/anercorp-train.txt'), 'ar');
  const total = all.reduce((n, s) => n + s.words.length, 0);
  let seen = 0;
  let cut = 0;
  while (cut < all.length && seen < total * 0.9) seen += all[cut++].words.length;
  const extra = extraCorporaChosen().flatMap((name) => extraSentences(dataDir, name));
  return { train: [...all.slice(0, cut), ...articleSentences(dataDir, 'ar'), ...extra], dev: all.slice(cut) };
}

function seededRandom(seed: number): () => number {
  let s = seed >>> 0;
  return () => ((s = (Math.imul(s, 1664525) + 1013904223) >>> 0) / 2 ** 32);
}

function spanF1(gold: string[][], predicted: string[][]): number {
  let tp = 0, np = 0, ng = 0;
  gold.forEach((g, i) => {
    const gs = new Set(bioSpans(g).map((s) => `${s.type}:${s.start}:${s.end}`));
    const ps = bioSpans(predicted[i]).map((s) => `${s.type}:${s.start}:${s.end}`);
    ng += gs.size; np += ps.length;
    tp += ps.filter((s) => gs.has(s)).length;
  });
  return np && ng ? (2 * tp) / (np + ng) : 0;
}

interface Trained { model: PackedModel; epochs: number }

/** Trains on `split.train`; with a development part, keeps the best epoch's averaged weights. */
function train(split: Split, lang: Lang, dataDir: string, fixedEpochs?: number): Trained {
  // Feature augmentation (Daumé 2007) when other corpora join the news one: every feature has a
  // general copy and a copy of its corpus, so the learner can keep what only holds in Wikipedia
  // apart. The packed model adds each feature's news copy into its general weights (pack).
  const augment = split.train.some((s) => s.domain !== 'news');
  const featuresOf = (s: Sentence): number[][] => (augment ? s.feats.map((f) => [...f, ...f.map((h) => domainCopy(h, s.domain))]) : s.feats);
  // Dense indices for features seen at least MIN_COUNT times in training.
  const counts = new Map<number, number>();
  for (const s of split.train) for (const f of featuresOf(s)) for (const h of f) counts.set(h, (counts.get(h) ?? 0) + 1);
  const index = new Map<number, number>();
  for (const [h, c] of counts) if (c >= MIN_COUNT[lang]) index.set(h, index.size);
  const dense = (feats: number[][]): Int32Array[] => feats.map((f) => Int32Array.from(f.map((h) => index.get(h) ?? -1).filter((i) => i >= 0)));
  const trainX = split.train.map((s) => dense(featuresOf(s)));
  const devX = split.dev.map((s) => dense(featuresOf(s)));
  const pack = (weights: Float32Array, idx: Map<number, number>, l: Lang): PackedModel => packModel(weights, idx, l, augment);
  const nF = index.size;
  const T = (L + 1) * L;
  const decodeAll = (weights: Float32Array, xs: Int32Array[][]): string[][] => {
    const trans = transitionsOf(weights, nF);
    return xs.map((x) => viterbi(emissionsOf(x, weights), x.length, trans).map((l) => toBio(LABELS[l])));
  };
  const devGold = split.dev.map((s) => s.gold.map((l) => toBio(LABELS[l])));
  const common = commonWords(split.train.filter((s) => s.domain === 'news'));
  const devDocs = split.dev.length ? devDocuments(dataDir, lang) : [];
  // Several learners see the sentences in different orders; their averaged weights are averaged
  // again. One learner's result depends on the order by up to ±0.015 dev F1 (a handful of
  // gazetteer entries changed which epoch won and by how much); the mean of several does not.
  const learners = Array.from({ length: LEARNERS[lang] }, (_, k) => learner(trainX, split.train.map((s) => s.gold), nF, lang, seededRandom(Number(process.env.NER_SEED ?? 20240601) + k)));
  let best: { f1: number; epoch: number; weights: Float32Array } = { f1: -1, epoch: 0, weights: new Float32Array(0) };
  for (let epoch = 1; epoch <= (fixedEpochs ?? MAX_EPOCHS[lang]); epoch++) {
    const avg = new Float32Array(nF * L + T);
    for (const learn of learners) {
      const a = learn();
      for (let k = 0; k < avg.length; k++) avg[k] += a[k] / learners.length;
    }
    if (fixedEpochs) { if (epoch === fixedEpochs) best = { f1: NaN, epoch, weights: avg }; continue; }
    const taggerF1 = spanF1(devGold, decodeAll(avg, devX));
    // The epoch is picked by what users get: the whole recogniser (tagger, rules, document
    // consistency) with this epoch's packed model. The tagger's own F1 wanders by ±0.005 from
    // epoch to epoch, and its best epoch was up to 0.015 worse for the whole recogniser.
    const f1 = recogniserMicroF1(devDocs, lang, createResources({ ...resourcesOnDisk(lang), taggerModels: { [lang]: { ...pack(avg, index, lang), common } } }));
    console.log(`train ${lang}: epoch ${epoch} dev: tagger span F1 ${taggerF1.toFixed(4)}, recogniser micro-F1 ${f1.toFixed(4)}`);
    if (f1 > best.f1) best = { f1, epoch, weights: avg };
    else if (epoch - best.epoch >= PATIENCE[lang]) break;
  }
  console.log(`train ${lang}: ${fixedEpochs ? `${best.epoch} epochs` : `best epoch ${best.epoch} (dev F1 ${best.f1.toFixed(4)})`}, ${nF} features`);
  const corpora = new Set(split.train.flatMap((s) => (s.fromArticles ? ['articles'] : s.domain !== 'news' ? [s.domain] : [])));
  // nameRates and wordNet only when used, so models trained without them keep their old form.
  const trainedWith = { clusters: clustersOnDisk(lang) !== null, corpora: [...corpora], ...(nameRatesOnDisk(lang) ? { nameRates: true } : {}), ...(wordNetOnDisk(lang) ? { wordNet: true } : {}) };
  return { model: { ...pack(best.weights, index, lang), common, trainedWith }, epochs: best.epoch };
}

/** Per-token label scores of a sentence's dense features under `weights` (n × L). */
function emissionsOf(x: Int32Array[], weights: ArrayLike<number>): Float64Array {
  const e = new Float64Array(x.length * L);
  x.forEach((f, i) => { for (const k of f) for (let l = 0; l < L; l++) e[i * L + l] += weights[k * L + l]; });
  return e;
}

/** The (L+1) × L transition scores stored after the nF × L feature weights. */
const transitionsOf = (weights: ArrayLike<number>, nF: number): Float64Array => Float64Array.from({ length: (L + 1) * L }, (_, t) => weights[nF * L + t]);

/**
 * One averaged perceptron (PA-I steps when PA_C > 0) over the training sentences, shuffled by its
 * own random source; each call runs one epoch and returns the averaged weights so far.
 */
function learner(trainX: Int32Array[][], golds: number[][], nF: number, lang: Lang, random: () => number): () => Float32Array {
  const T = (L + 1) * L;
  const w = new Float32Array(nF * L + T), u = new Float64Array(nF * L + T);
  let c = 1;
  const order = trainX.map((_, i) => i);
  const update = (k: number, delta: number): void => { w[k] += delta; u[k] += c * delta; };
  return () => {
    for (let i = order.length - 1; i > 0; i--) { const j = Math.floor(random() * (i + 1)); [order[i], order[j]] = [order[j], order[i]]; }
    for (const si of order) {
      const x = trainX[si], gold = golds[si];
      const path = viterbi(emissionsOf(x, w), x.length, transitionsOf(w, nF));
      // The feature difference gold − predicted (zero where the paths agree).
      const diff = new Map<number, number>();
      const add = (k: number, d: number): void => { diff.set(k, (diff.get(k) ?? 0) + d); };
      let wrong = 0;
      for (let i = 0; i < x.length; i++) {
        const prevG = i ? gold[i - 1] + 1 : 0, prevP = i ? path[i - 1] + 1 : 0;
        if (path[i] !== gold[i]) wrong++;
        if (path[i] === gold[i] && prevG === prevP) continue;
        for (const k of x[i]) { add(k * L + gold[i], 1); add(k * L + path[i], -1); }
        add(nF * L + prevG * L + gold[i], 1);
        add(nF * L + prevP * L + path[i], -1);
      }
      if (diff.size) {
        let step = 1;
        if (PA_C[lang] > 0) {
          // Passive-aggressive (PA-I): the smallest step that makes gold win by a margin of
          // the number of wrong tokens, capped at C.
          let margin = 0, norm = 0;
          for (const [k, d] of diff) { margin += w[k] * d; norm += d * d; }
          step = norm > 0 ? Math.min(PA_C[lang], Math.max(0, wrong - margin) / norm) : 0;
        }
        if (step > 0) for (const [k, d] of diff) if (d !== 0) update(k, step * d);
      }
      c++;
    }
    return Float32Array.from(w, (v, k) => v - u[k] / c);
  };
}

/**
 * Words seen at least 5 times in training and in a name at most 2% of the time, as identity
 * feature hashes: the rules ask this list before taking an unknown-looking word into a name.
 */
function commonWords(train: Sentence[]): string {
  const seen = new Map<string, [number, number]>();
  for (const s of train) s.words.forEach((w, i) => {
    const key = matchKey(w);
    const c = seen.get(key) ?? [0, 0];
    c[0]++;
    if (s.gold[i] !== 0) c[1]++;
    seen.set(key, c);
  });
  return packHashes([...seen].filter(([, [n, named]]) => n >= 5 && named <= n * 0.02).map(([k]) => wordIdentityFeature(k)).sort((a, b) => a - b));
}

/** A feature's copy for one corpus (feature augmentation). */
const DOMAIN_SALT: Record<string, number> = { news: 0x6e657773, aqmar: 0x61716d72, wikifane: 0x77666e65, articles: 0x61727463 };
const domainCopy = (h: number, domain: string): number => Math.imul((h ^ DOMAIN_SALT[domain]) >>> 0, 0x01000193) >>> 0;

/**
 * Int8 quantisation; features whose quantised row is all zero are dropped. With augmented
 * features, what ships is the general copy plus the news copy of each feature (what the news
 * domain scores at test time): the same size and speed as a model trained without augmentation.
 */
function packModel(weights: Float32Array, index: Map<number, number>, lang: Lang, augmented: boolean): PackedModel {
  const nF = index.size;
  const summed = new Map<number, Float64Array>();
  const copies = new Set<number>();
  if (augmented) for (const h of index.keys()) for (const d of Object.keys(DOMAIN_SALT)) copies.add(domainCopy(h, d));
  for (const [hash, i] of index) {
    if (copies.has(hash)) continue;
    const row = Float64Array.from({ length: L }, (_, l) => weights[i * L + l]);
    for (const domain of augmented ? SHIP_DOMAINS : []) {
      const copy = index.get(domainCopy(hash, domain));
      if (copy !== undefined) for (let l = 0; l < L; l++) row[l] += weights[copy * L + l];
    }
    summed.set(hash, row);
  }
  let maxAbs = 0;
  for (const row of summed.values()) for (const v of row) maxAbs = Math.max(maxAbs, Math.abs(v));
  const scale = maxAbs / 127;
  const kept: Array<[number, Int8Array]> = [];
  for (const [hash, w] of summed) {
    const row = Int8Array.from({ length: L }, (_, l) => Math.round(w[l] / scale));
    if (row.some((v) => v !== 0)) kept.push([hash, row]);
  }
  kept.sort((a, b) => a[0] - b[0]);
  const rows = Buffer.alloc(kept.length * L);
  kept.forEach(([, row], r) => rows.set(new Uint8Array(row.buffer), r * L));
  const transitions = Array.from({ length: (L + 1) * L }, (_, t) => Number(weights[nF * L + t].toFixed(3)));
  return { lang, labels: LABELS, scale, keys: packHashes(kept.map(([hash]) => hash)), weights: rows.toString('base64'), transitions };
}

/**
 * `npm run train` trains everything; `npm run train -- detect`, `-- clusters`, `-- ner` or
 * `-- kinds`, `-- speakers` one part (detection, kinds and speakers take seconds, clusters and NER
 * minutes). The speech-or-not model and then the speaker ranker come last, each after a build: they
 * learn from analyses made with the name models (and the ranker with the kinds model) built in.
 */
function main(): void {
  const dataDir = findDataDir();
  if (!dataDir) { console.log('train: ../shared/data is absent (set NEWS_LENS_DATA); nothing to train.'); return; }
  const only = process.argv[2];
  if (only !== undefined && !['detect', 'clusters', 'name-rates', 'ner', 'ablation', 'kinds', 'speakers'].includes(only)) { console.log(`train: unknown part '${only}' (use detect, clusters, name-rates, ner, kinds, speakers or ablation)`); process.exit(1); }
  if (only === 'ablation') { trainAblation(dataDir); return; }
  if (only === 'kinds') { trainKinds(dataDir, process.cwd()); return; }
  if (only === 'speakers') { trainSpeakers(dataDir, process.cwd()); return; }
  if (only === undefined || only === 'detect') trainDetection(dataDir, process.cwd());
  if (only === undefined || only === 'clusters') buildWordClusters(dataDir, resolve(process.cwd(), 'models/clusters-ar.json'));
  if (only === undefined || only === 'name-rates') buildArabicNameRates(dataDir);
  if (only === 'detect' || only === 'clusters' || only === 'name-rates') return;
  const langs = (process.env.NER_LANGS ?? 'ar,en').split(',') as Lang[];
  const write = (path: string, model: PackedModel, started: number): void => {
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, JSON.stringify(model));
    console.log(`train: wrote ${path} (${(JSON.stringify(model).length / 1e6).toFixed(2)} MB) in ${((Date.now() - started) / 1000).toFixed(0)} s`);
  };
  for (const lang of langs) {
    let started = Date.now();
    const split = loadSplit(dataDir, lang);
    // NER_SHIP_EPOCHS: only the shipped model, with an epoch count a development run already picked.
    const dev = process.env.NER_SHIP_EPOCHS ? { epochs: Number(process.env.NER_SHIP_EPOCHS) } : train(split, lang, dataDir);
    if ('model' in dev) write(resolve(process.cwd(), process.env.NER_DEV_OUT ?? `models/dev/ner-${lang}.json`), dev.model, started);
    if (process.env.NER_DEV_ONLY) continue; // feature experiments: the development model is enough
    if (process.env.NER_ARTICLES === 'with-pool') { console.log('train: NER_ARTICLES=with-pool trains development models only (the pools may not ship)'); continue; }
    started = Date.now();
    const all = train({ train: [...split.train, ...split.dev], dev: [] }, lang, dataDir, dev.epochs);
    write(resolve(process.cwd(), process.env.NER_SHIP_OUT ?? `models/ner-${lang}.json`), all.model, started);
  }
  // This script was built with the name models it started with: the speaker ranker learns from
  // analyses made with the new ones once they are built in (npm run build), not here.
  if (only === undefined) console.log('train: name models written; now `npm run train -- kinds`, then `npm run train -- speakers`, retrain the quotation models on them.');
}

/**
 * The Arabic name rates (scripts/clusters/name-rates.ts): the development tagger is trained as
 * usual but without name rates, and reads Wikipedia; the rates never learn from themselves.
 */
function buildArabicNameRates(dataDir: string): void {
  const saved = process.env.NER_NAME_RATES;
  process.env.NER_NAME_RATES = '0';
  const { model } = train(loadSplit(dataDir, 'ar'), 'ar', dataDir);
  if (saved === undefined) delete process.env.NER_NAME_RATES; else process.env.NER_NAME_RATES = saved;
  buildNameRates(dataDir, model, clustersOnDisk('ar'), resolve(process.cwd(), 'models/name-rates-ar.json'));
}

/**
 * Development models without one resource each (`npm run train -- ablation`): what
 * `npm run eval` compares each language's development model with. Written to
 * models/dev/ablation/ and committed (2–3.5 MB each, never shipped), so a fresh clone's
 * evaluation prints the tables. NER_ABLATION=no-wordnet,en.no-articles,… trains only those.
 */
function trainAblation(dataDir: string): void {
  const chosen = extraCorporaChosen();
  // Each resource toggled alone: the word classes off, the article gold left out, each chosen
  // corpus left out, each corpus not chosen added (what it would have brought); English: WordNet off.
  const variants: Array<{ lang: Lang; name: string; clusters: boolean; extra: string[]; articles?: false; rates?: false; wordNet?: false }> = [
    { lang: 'ar', name: 'no-clusters', clusters: false, extra: chosen },
    { lang: 'ar', name: 'no-name-rates', clusters: true, extra: chosen, rates: false },
    { lang: 'ar', name: 'no-articles', clusters: true, extra: chosen, articles: false },
    ...EXTRA_CORPORA.map((c) => (chosen.includes(c)
      ? { lang: 'ar' as const, name: `no-${c}`, clusters: true, extra: chosen.filter((x) => x !== c) }
      : { lang: 'ar' as const, name: `plus-${c}`, clusters: true, extra: [...chosen, c] })),
    { lang: 'en', name: 'no-wordnet', clusters: false, extra: [], wordNet: false },
    { lang: 'en', name: 'no-articles', clusters: false, extra: [], articles: false },
  ];
  const only = process.env.NER_ABLATION?.split(',');
  for (const v of variants.filter((x) => !only || only.includes(x.name) || only.includes(`${x.lang}.${x.name}`))) {
    const started = Date.now();
    const saved = { ...process.env };
    process.env.NER_CLUSTERS = v.clusters ? '1' : '0';
    process.env.NER_EXTRA = v.extra.join(',');
    process.env.NER_NAME_RATES = v.rates === false ? '0' : '1';
    process.env.NER_WORDNET = v.wordNet === false ? '0' : '1';
    if (v.articles === false) process.env.NER_ARTICLES = '0';
    const { model } = train(loadSplit(dataDir, v.lang), v.lang, dataDir);
    for (const k of ['NER_CLUSTERS', 'NER_EXTRA', 'NER_NAME_RATES', 'NER_WORDNET', 'NER_ARTICLES']) {
      if (saved[k] === undefined) delete process.env[k]; else process.env[k] = saved[k];
    }
    const path = resolve(process.cwd(), `models/dev/ablation/ner-${v.lang}.${v.name}.json`);
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, JSON.stringify(model));
    console.log(`train: wrote ${path} in ${((Date.now() - started) / 1000).toFixed(0)} s`);
  }
}

if (require.main === module) main();
