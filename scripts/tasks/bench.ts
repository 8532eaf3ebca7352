import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyzeArticle, pipelineComponents } from '../../src/core/analysis';
import { analyzeStructure } from '../../src/core/structure';
import { articleConfidence } from '../../src/core/structure/detect';
import { calibrate, normalised, REFERENCE_MS } from '../bench/calibration';
import { corpusCliBench } from '../bench/corpus-cli';
import { oneLineArabicArticle, syntheticArticle } from '../bench/generate';
import { findDataDir } from '../eval/data-dir';
import { planDecorations } from '../../src/vscode/decoration-plan';
import { applyDecisions, decisionsOnly } from '../../src/core/annotations/apply';
import { parseBrat, writeBrat } from '../../src/core/annotations/brat';
import { toConll, toJsonlRecord } from '../../src/core/annotations/formats';
import { addAnnotation, emptySet, type AnnotationSet } from '../../src/core/annotations/model';
import { reanchor } from '../../src/core/annotations/reanchor';
import { applyEdits } from '../../src/core/annotations/track';
import { tokenize } from '../../src/core/text/tokenize';

/** Median of `runs` timings of fn(), in milliseconds. */
function time(fn: () => unknown, runs = 5): number {
  const samples = timings(fn, runs);
  return samples[samples.length >> 1];
}

/** `runs` timings of fn(), in milliseconds, fastest first. */
function timings(fn: () => unknown, runs: number): number[] {
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = process.hrtime.bigint();
    fn();
    samples.push(Number(process.hrtime.bigint() - t0) / 1e6);
  }
  return samples.sort((a, b) => a - b);
}

/** The fastest of `runs` timings of fn(), in milliseconds: the cost without interference. */
function fastest(fn: () => unknown, runs: number): number {
  let best = Infinity;
  for (let i = 0; i < runs; i++) {
    const t0 = process.hrtime.bigint();
    fn();
    best = Math.min(best, Number(process.hrtime.bigint() - t0) / 1e6);
  }
  return best;
}

const mb = (s: string) => Buffer.byteLength(s) / 1e6;
const row = (cells: (string | number)[]) => console.log(cells.map((c, i) => String(c).padEnd(i === 0 ? 42 : 12)).join(''));
const fixed = (n: number, d = 1) => n.toFixed(d);

function structureThroughput(): void {
  console.log('\nStructure analysis (analyzeStructure)');
  row(['input', 'MB', 'ms', 'MB/s']);
  for (const size of [1e6, 10e6]) {
    const text = syntheticArticle(size);
    const ms = time(() => analyzeStructure(text), 3);
    row([`generated Arabic article`, fixed(mb(text)), fixed(ms), fixed(mb(text) / (ms / 1000))]);
  }
}

function badInput(): void {
  console.log('\nBad input (whole analysis; must not throw, must stay linear)');
  row(['input', 'MB', 'ms', 'MB/s']);
  const binary = Array.from({ length: 1_000_000 }, (_, i) => String.fromCharCode((i * 2654435761) % 65536)).join('');
  const cases: [string, string][] = [
    ['empty', ''],
    ['1 MB of pseudo-random code units', binary],
    ['one 1 MB line', 'كلمة '.repeat(200_000)],
    ['1 MB of unbalanced "', '"'.repeat(1_000_000)],
    ['1 MB of « without »', '«قال '.repeat(200_000)],
    ['1 MB paragraph of closed «…» after a speech verb', 'قال لـ«س» '.repeat(100_000)],
    ['10k-char token x 100', ('ب'.repeat(10_000) + ' ').repeat(100)],
    ['emoji and mixed scripts', '😀 Putin بوتين «x» '.repeat(50_000)],
    ['1 MB paragraph of ", said Ann Price."', 'The pier opens in May, said Ann Price. '.repeat(26_000)],
    ['1 MB paragraph of "…, who told BBC News she"', 'Ms Ann Price, 49, who told BBC News she '.repeat(25_000)],
  ];
  for (const [name, text] of cases) {
    const ms = time(() => analyzeArticle(text), 1);
    row([name, fixed(mb(text), 2), fixed(ms), text ? fixed(mb(text) / (ms / 1000)) : '-']);
  }
}

function typicalArticles(): void {
  const dataDir = findDataDir();
  const files: string[] = [];
  const fixtures = join(__dirname, '../../test/fixtures/articles');
  for (const f of readdirSync(fixtures)) files.push(join(fixtures, f));
  if (dataDir) {
    for (const lang of ['ar', 'en']) {
      const dir = join(dataDir, 'articles', lang);
      for (const f of readdirSync(dir).filter((x) => x.endsWith('.txt'))) files.push(join(dir, f));
    }
  }
  const texts = files.map((f) => readFileSync(f, 'utf8').replace(/^\uFEFF/, ''));
  const arabic = texts.filter((t) => analyzeStructure(t).language === 'ar').join('\n\n');
  console.log(`\nTypical articles (${texts.length}${dataDir ? ', with ../shared/data' : ', fixtures only'})`);
  row(['measure', 'value']);
  const perStructure = time(() => texts.forEach((t) => analyzeStructure(t)), 5) / texts.length;
  const perWhole = time(() => texts.forEach((t) => analyzeArticle(t)), 5) / texts.length;
  row(['structure, ms per article', fixed(perStructure, 3)]);
  row(['whole analysis, ms per article', fixed(perWhole, 3)]);
  componentTimes(texts);
  const arabicMs = time(() => analyzeArticle(arabic), 3);
  row(['whole analysis, MB/s of Arabic text', fixed(mb(arabic) / (arabicMs / 1000), 2)]);
  const big = syntheticArticle(2e6);
  const bigMs = time(() => analyzeArticle(big), 1);
  row(['whole analysis, MB/s (2 MB generated)', fixed(mb(big) / (bigMs / 1000), 2)]);
  referenceThroughput(arabic);
}

/**
 * The Arabic throughput as the reference CPU would show it (calibration.ts). The machine's speed
 * drifts within seconds, so each run of the analysis is calibrated just before and just after,
 * and the median of the runs' normalised rates is reported.
 */
function referenceThroughput(arabic: string): void {
  const rates: number[] = [];
  const calibrations: number[] = [];
  for (let i = 0; i < 5; i++) {
    const before = calibrate(3);
    const ms = time(() => analyzeArticle(arabic), 1);
    const calibration = (before + calibrate(3)) / 2;
    calibrations.push(calibration);
    rates.push(normalised(mb(arabic) / (ms / 1000), calibration));
  }
  const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[xs.length >> 1];
  row([`CPU calibration, median ms (reference ${REFERENCE_MS})`, fixed(median(calibrations))]);
  row(['MB/s of Arabic text on the reference CPU', fixed(median(rates), 2)]);
}

/** Where the time of a whole analysis goes: each pipeline component, summed over the articles. */
function componentTimes(texts: string[]): void {
  const runs = 5;
  const timings = new Map<string, number>();
  for (let r = 0; r < runs; r++) for (const t of texts) analyzeArticle(t, { timings });
  const total = [...timings.values()].reduce((a, b) => a + b, 0);
  const order = [...new Set([...pipelineComponents('ar'), ...pipelineComponents('en')])];
  console.log(`\nPipeline components (the same articles, ${runs} runs, in the order they run)`);
  row(['component', 'ms/article', 'share %']);
  for (const name of order) {
    const ms = timings.get(name);
    if (ms !== undefined) row([name, fixed(ms / runs / texts.length, 3), fixed((100 * ms) / total)]);
  }
}

/**
 * What one keystroke costs in a 100 KB article before decorations can be painted:
 * the whole analysis of the new text plus the decoration plan. (In the editor a
 * 150 ms debounce comes first, so bursts of typing cost one run.)
 */
function keystrokes(): void {
  let text = syntheticArticle(100_000);
  const samples: number[] = [];
  for (let i = 0; i < 40; i++) {
    const at = (i * 7919) % text.length;
    text = text.slice(0, at) + 'ب' + text.slice(at);
    const t0 = process.hrtime.bigint();
    planDecorations(analyzeArticle(text), text);
    samples.push(Number(process.hrtime.bigint() - t0) / 1e6);
  }
  samples.sort((a, b) => a - b);
  console.log(`\nKeystroke to decoration plan, ${fixed(mb(text) * 1000, 0)} KB Arabic article (${samples.length} edits)`);
  row(['median ms', fixed(samples[samples.length >> 1])]);
  row(['95th percentile ms', fixed(samples[Math.floor(samples.length * 0.95)])]);
}

/**
 * The decoration plan alone (the analysis done beforehand) on an article pasted as one
 * 0.45 MB line with a speech quote in every other sentence: per-line work must stay linear.
 */
function oneLinePlan(): void {
  const text = oneLineArabicArticle(450_000);
  const analysis = analyzeArticle(text);
  const speech = analysis.quotes.filter((q) => q.kind === 'speech' && q.speaker).length;
  console.log(`\nDecoration plan, ${fixed(mb(text), 2)} MB one-line Arabic article (${speech} speech quotes with a speaker)`);
  row(['planDecorations ms', fixed(time(() => planDecorations(analysis, text), 5))]);
}

/**
 * Article detection (what opening a .txt costs before it switches language): the features of the
 * first 16 KB and the model. Must stay under 5 ms for any file, however large or odd.
 */
function detection(): void {
  const dataDir = findDataDir();
  const texts: [string, string][] = [];
  const fixtures = join(__dirname, '../../test/fixtures/articles');
  for (const f of readdirSync(fixtures)) texts.push([f, readFileSync(join(fixtures, f), 'utf8')]);
  if (dataDir) {
    for (const set of ['ar', 'en', 'ar-pool', 'en-pool']) {
      const dir = join(dataDir, 'articles', set);
      for (const f of readdirSync(dir).filter((x) => x.endsWith('.txt'))) texts.push([`${set}/${f}`, readFileSync(join(dir, f), 'utf8')]);
    }
  }
  articleConfidence(texts[0][1]); // loads the model
  const perText = texts.map(([name, text]) => [name, time(() => articleConfidence(text), 3)] as const).sort((a, b) => b[1] - a[1]);
  const mean = perText.reduce((n, [, ms]) => n + ms, 0) / perText.length;
  console.log(`\nArticle detection (articleConfidence, first 16 KB), ${texts.length} articles`);
  row(['measure', 'ms']);
  row(['mean per article', fixed(mean, 3)]);
  row([`slowest article (${perText[0][0]})`, fixed(perText[0][1], 3)]);
  const log = '2024-05-01 12:00:00 INFO GET /api/items?id=42 200 12ms\n'.repeat(200_000);
  const worst: [string, string][] = [
    ['10 MB log', log],
    ['10 MB one line of Arabic', 'كلمة '.repeat(2_000_000)],
    ['10 MB generated Arabic article', syntheticArticle(10e6)],
    ['1 MB pseudo-random code units', Array.from({ length: 1_000_000 }, (_, i) => String.fromCharCode((i * 2654435761) % 65536)).join('')],
    ['16 KB of one-word lines', 'word\n'.repeat(3300)],
    ['16 KB of quotes and dashes', '«- "x" -» '.repeat(1700)],
  ];
  // Fastest and median of 21 runs: on a shared machine the median carries other processes' load.
  row(['worst inputs', 'fastest ms', 'median ms']);
  for (const [name, text] of worst) row([name, fixed(fastest(() => articleConfidence(text), 21), 3), fixed(time(() => articleConfidence(text), 21), 3)]);
}

/** Name annotations on every `step`-th word of the text, `count` of them at most. */
function annotateWords(text: string, count: number, step: number): AnnotationSet {
  let set = emptySet();
  const words = tokenize(text).filter((t) => t.text.length > 2);
  for (let i = 0; i < words.length && set.items.length < count; i += step) {
    set = addAnnotation(set, { kind: 'name', start: words[i].start, end: words[i].end, text: words[i].text, type: 'PER' }).set;
  }
  return set;
}

/**
 * Annotations (issue 11): following one edit and re-anchoring after an edit made elsewhere, with
 * 1,000 annotations in a 100 KB article; laying them over its analysis; exporting 1,000 articles.
 */
function annotations(): void {
  const text = syntheticArticle(100_000);
  const set = annotateWords(text, 1000, 7);
  const edited = 'عاجل: ' + text.slice(0, 5000) + ' أضيفت جملة هنا.' + text.slice(5000);
  const edit = [{ offset: 0, deleteLength: 0, insertLength: 'عاجل: '.length }];
  const once = reanchor(set, edited);
  console.log(`\nAnnotations: ${set.items.length} in a ${fixed(mb(text) * 1000, 0)} KB Arabic article (${once.moved} moved, ${once.unanchored.length} lost by the edits)`);
  // Fastest and median of 21 runs: on a shared machine the median carries other processes' load.
  row(['measure', 'fastest ms', 'median ms']);
  const both = (fn: () => unknown) => [fixed(fastest(fn, 21), 3), fixed(time(fn, 21), 3)];
  const after = 'عاجل: ' + text;
  row(['track one edit through 1,000 (applyEdits)', ...both(() => applyEdits(set, edit, after))]);
  row(['re-anchor 1,000 after edits elsewhere', ...both(() => reanchor(set, edited))]);
  row(['re-anchor 1,000, nothing moved', ...both(() => reanchor(set, text))]);
  const analysis = analyzeArticle(text);
  row(['applyDecisions, 1,000 over the analysis', ...both(() => applyDecisions(analysis, text, set))]);
  const ann = writeBrat(set, text);
  row(['write the .ann (1,000)', ...both(() => writeBrat(set, text))]);
  row(['read the .ann (1,000)', ...both(() => parseBrat(ann, text))]);

  // 1,000 generated articles of about 3 KB with 20 annotations each: the export's own work, files aside.
  const articles = Array.from({ length: 1000 }, (_, i) => {
    const article = syntheticArticle(2500 + (i % 7) * 100, i % 3 === 0 ? 'en' : 'ar');
    return { text: article, set: annotateWords(article, 20, 5) };
  });
  console.log(`\nExport of ${articles.length} generated articles (${fixed(articles.reduce((n, a) => n + mb(a.text), 0), 1)} MB, 20 annotations each; decisions only, in memory)`);
  row(['format', 'fastest ms', 'median ms']);
  const all = (fn: () => unknown) => [fixed(fastest(fn, 5)), fixed(time(fn, 5))];
  row(['jsonl', ...all(() => articles.map((a) => JSON.stringify(toJsonlRecord(a.text, decisionsOnly(a.text, a.set)))))]);
  row(['conll', ...all(() => articles.map((a) => toConll(a.text, decisionsOnly(a.text, a.set))))]);
  row(['brat (.ann)', ...all(() => articles.map((a) => writeBrat(a.set, a.text)))]);
}

function main(): void {
  console.log(`News Lens benchmark — node ${process.version}, one core`);
  const t0 = Date.now();
  analyzeArticle('تحميل النماذج.'); // the first call loads the models; time it apart
  console.log(`first analysis (model load): ${Date.now() - t0} ms`);
  structureThroughput();
  typicalArticles();
  keystrokes();
  oneLinePlan();
  detection();
  annotations();
  badInput();
  // dist/scripts/bench.js runs the built command line beside it (several processes and threads).
  if (process.env.NEWS_LENS_BENCH_CORPUS !== '0') corpusCliBench(join(__dirname, '..', 'cli.js'), (line) => console.log(line));
}

main();
