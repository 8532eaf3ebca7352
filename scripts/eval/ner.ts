import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { recogniseDocument, spansToBio, type RecogniserMode } from '../../src/core/entities/recognise';
import { SENTENCES_PER_UNMARKED_DOCUMENT, bioSpans, parseTokenFile } from '../../src/core/entities/tokenFile';
import type { Lang } from '../../src/core/entities/features';
import { createResources, type Resources } from '../../src/core/resources';
import type { PipelineOptions } from '../../src/core/pipeline';
import type { PackedModel } from '../../src/core/entities/perceptron';
import { articleMicro, goldRecords, scoreArticles, testPartRequested } from './names-articles';

/**
 * Named-entity evaluation on our development splits: exact-span precision/recall/F1 per type and
 * micro over PER/ORG/LOC, for the full recogniser, the tagger alone and rules + gazetteer alone.
 *   Arabic:  the last 10% of ANERcorp's training part (never trained on)
 *   English: CoNLL-2003 testa
 */
const TYPES = ['PER', 'ORG', 'LOC', 'MISC'];

interface Counts { tp: number; fp: number; fn: number }

export function devDocuments(dataDir: string, lang: Lang): Array<{ words: string[][]; gold: string[][] }> {
  if (lang === 'en') return fileDocuments(readFileSync(resolve(dataDir, 'ner/conll2003-eng.testa.bioes'), 'utf8'));
  // Same cut as training: sentences after 90% of the tokens.
  const [doc] = fileDocuments(readFileSync(resolve(dataDir, 'ner/anercorp-train.txt'), 'utf8'));
  const total = doc.words.reduce((n, s) => n + s.length, 0);
  let seen = 0, cut = 0;
  while (cut < doc.words.length && seen < total * 0.9) seen += doc.words[cut++].length;
  // ANERcorp has no document marks: chunks of sentences stand in for articles, as in `tag`.
  const out: Array<{ words: string[][]; gold: string[][] }> = [];
  const n = SENTENCES_PER_UNMARKED_DOCUMENT;
  for (let i = cut; i < doc.words.length; i += n) out.push({ words: doc.words.slice(i, i + n), gold: doc.gold.slice(i, i + n) });
  return out;
}

function fileDocuments(text: string): Array<{ words: string[][]; gold: string[][] }> {
  const file = parseTokenFile(text);
  return file.documents.map((d) => ({
    words: d.map((s) => s.map((i) => file.lines[i].token)),
    gold: d.map((s) => s.map((i) => file.lines[i].gold)),
  }));
}

function score(docs: Array<{ words: string[][]; gold: string[][] }>, lang: Lang, mode: RecogniserMode, options: PipelineOptions = {}) {
  const counts = new Map(TYPES.map((t) => [t, { tp: 0, fp: 0, fn: 0 } as Counts]));
  let tokens = 0;
  const started = performance.now();
  const trusted = process.env.NER_TRUSTED ? new Set(process.env.NER_TRUSTED.split(',')) as never : undefined;
  const predicted = docs.map((d) => recogniseDocument(d.words, lang, mode, trusted, options));
  const ms = performance.now() - started;
  docs.forEach((d, di) => d.gold.forEach((gold, si) => {
    tokens += gold.length;
    const res = predicted[di][si];
    const key = (s: { type: string; start: number; end: number }) => `${s.type}:${s.start}:${s.end}`;
    const g = new Set(bioSpans(gold).map(key));
    const p = new Set(bioSpans(spansToBio(gold.length, res.spans)).map(key));
    for (const s of p) { const c = counts.get(s.split(':')[0])!; if (g.has(s)) c.tp++; else c.fp++; }
    for (const s of g) if (!p.has(s)) counts.get(s.split(':')[0])!.fn++;
  }));
  return { counts, tokensPerSecond: tokens / (ms / 1000) };
}

/** Micro-F1 over PER/ORG/LOC of the whole recogniser on documents (training picks epochs by it). */
export function recogniserMicroF1(docs: Array<{ words: string[][]; gold: string[][] }>, lang: Lang, resources: Resources): number {
  const { counts } = score(docs, lang, 'full', { resources });
  const m = ['PER', 'ORG', 'LOC'].map((t) => counts.get(t)!).reduce((a, c) => ({ tp: a.tp + c.tp, fp: a.fp + c.fp, fn: a.fn + c.fn }), { tp: 0, fp: 0, fn: 0 });
  return (2 * m.tp) / Math.max(1, 2 * m.tp + m.fp + m.fn);
}

const prf = (c: Counts) => {
  const p = c.tp / Math.max(1, c.tp + c.fp), r = c.tp / Math.max(1, c.tp + c.fn);
  return { p, r, f: p + r ? (2 * p * r) / (p + r) : 0 };
};

export async function evaluateNames(dataDir: string, options: PipelineOptions = {}): Promise<void> {
  const fmt = (x: number) => x.toFixed(3);
  console.log('names: exact-span P / R / F1 on the development splits');
  console.log(['lang', 'system', ...TYPES.map((t) => `${t} P/R/F1`), 'micro PER+ORG+LOC P/R/F1', 'tokens/s'].join('\t'));
  for (const lang of ['ar', 'en'] as Lang[]) {
    // The shipped model also trained on the development split: measure the one that did not.
    const devModel = resolve(process.cwd(), `models/dev/ner-${lang}.json`);
    const resources = existsSync(devModel) ? resourcesFor(JSON.parse(readFileSync(devModel, 'utf8')), lang) : createResources();
    if (!existsSync(devModel)) console.log(`names: ${devModel} is missing (npm run train); measuring the shipped model, which saw this split`);
    const docs = devDocuments(dataDir, lang);
    for (const mode of ['full', 'model', 'rules'] as RecogniserMode[]) {
      const { counts, tokensPerSecond } = score(docs, lang, mode, { ...options, resources });
      const micro = ['PER', 'ORG', 'LOC'].map((t) => counts.get(t)!).reduce((a, c) => ({ tp: a.tp + c.tp, fp: a.fp + c.fp, fn: a.fn + c.fn }), { tp: 0, fp: 0, fn: 0 });
      const cell = (c: Counts) => { const x = prf(c); return `${fmt(x.p)}/${fmt(x.r)}/${fmt(x.f)}`; };
      const name = mode === 'full' ? 'recogniser' : mode === 'model' ? 'tagger only' : 'rules+gazetteer';
      console.log([lang, name, ...TYPES.map((t) => cell(counts.get(t)!)), cell(micro), Math.round(tokensPerSecond)].join('\t'));
    }
  }
}

/** Resources for a development model: with word classes, name rates and WordNet only when it was trained with them. */
function resourcesFor(model: PackedModel, lang: Lang): Resources {
  return createResources({ taggerModels: { [lang]: model }, ...(model.trainedWith?.clusters ? {} : { wordClusters: null }), ...(model.trainedWith?.nameRates ? {} : { nameRates: null }), ...(model.trainedWith?.wordNet ? {} : { wordNet: null }) });
}

/**
 * The ablation tables: each language's development model next to the ones trained without one
 * resource each (`npm run train -- ablation` writes them to models/dev/ablation/), on the
 * development split, the pools' tuning part and, with `--test-part`, the test part (totals).
 */
export async function evaluateAblation(dataDir: string, options: PipelineOptions = {}): Promise<void> {
  for (const lang of ['ar', 'en'] as Lang[]) await evaluateAblationOf(dataDir, lang, options);
}

async function evaluateAblationOf(dataDir: string, lang: Lang, options: PipelineOptions): Promise<void> {
  const dir = resolve(process.cwd(), 'models/dev/ablation');
  const main = resolve(process.cwd(), `models/dev/ner-${lang}.json`);
  if (!existsSync(main)) return;
  const variants: Array<[string, PackedModel]> = [['all', JSON.parse(readFileSync(main, 'utf8'))]];
  const pattern = new RegExp(`^ner-${lang}\\..+\\.json$`);
  if (existsSync(dir)) {
    for (const f of readdirSync(dir).filter((x) => pattern.test(x)).sort()) variants.push([f.slice(`ner-${lang}.`.length, -'.json'.length), JSON.parse(readFileSync(resolve(dir, f), 'utf8'))]);
  }
  if (variants.length === 1) console.log(`names ablation (${lang}): no models/dev/ablation/ models (npm run train -- ablation); only the development model is shown`);
  const fmt = (x: number) => x.toFixed(3);
  const docs = devDocuments(dataDir, lang);
  // The shared articles' gold is training data now: the pools' tuning part is what no model saw.
  const articles = goldRecords(dataDir, 'tuning', lang).filter((r) => r.record.file.includes('-pool/'));
  // The test part only with --test-part (at the end of a piece of work; totals only).
  const withTest = testPartRequested();
  const test = withTest ? goldRecords(dataDir, 'test', lang) : [];
  const devName = lang === 'ar' ? 'last 10% of ANERcorp train' : 'CoNLL-2003 testa';
  console.log(`names ablation (${lang}): each development model without one resource; dev split = ${devName}, pool articles = the pools' tuning part (no model learns from it)`);
  console.log(['model', 'clusters', 'name rates', 'wordnet', 'extra corpora', ...TYPES.slice(0, 3).map((t) => `dev ${t} F1`), 'dev micro P/R/F1', 'dev tagger-only F1', 'pool articles micro P/R/F1', ...(withTest ? ['test articles micro P/R/F1'] : [])].join('\t'));
  for (const [name, model] of variants) {
    const resources = resourcesFor(model, lang);
    const full = score(docs, lang, 'full', { ...options, resources });
    const tagger = score(docs, lang, 'model', { ...options, resources });
    const micro = (counts: Map<string, Counts>) => prf(['PER', 'ORG', 'LOC'].map((t) => counts.get(t)!).reduce((a, c) => ({ tp: a.tp + c.tp, fp: a.fp + c.fp, fn: a.fn + c.fn }), { tp: 0, fp: 0, fn: 0 }));
    const m = micro(full.counts);
    const a = articleMicro(scoreArticles(articles, { ...options, resources }).byLang.get(lang));
    const t = withTest ? articleMicro(scoreArticles(test, { ...options, resources }).byLang.get(lang)) : null;
    const yes = (x: boolean | undefined): string => (x ? 'yes' : 'no');
    console.log([name, yes(model.trainedWith?.clusters), yes(model.trainedWith?.nameRates), yes(model.trainedWith?.wordNet), model.trainedWith?.corpora.join('+') || '-', ...TYPES.slice(0, 3).map((t) => fmt(prf(full.counts.get(t)!).f)),
      `${fmt(m.p)}/${fmt(m.r)}/${fmt(m.f)}`, fmt(micro(tagger.counts).f), `${fmt(a.p)}/${fmt(a.r)}/${fmt(a.f)}`, ...(t ? [`${fmt(t.p)}/${fmt(t.r)}/${fmt(t.f)}`] : [])].join('\t'));
  }
}
