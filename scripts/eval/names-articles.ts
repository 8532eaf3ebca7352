/**
 * Names on real articles: the target is micro-F1 ≥ 0.85 over PER/ORG/LOC on modern
 * articles, which the ANERcorp / CoNLL development splits (old newswire, token files) do not
 * measure. Our hand-made gold (scripts/eval/gold/names-articles.jsonl, conventions in the README
 * beside it) marks the names in some of the articles in ../shared/data; this runs the whole
 * analysis on each file, as the editor does, and scores its entity mentions exact-span.
 *
 * Also checks the seed article the product was asked for: each gold person there should come out
 * as one entity holding all of that person's mentions (بوتين and فلاديمير بوتين linked).
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { analyzeArticle, type AnalysisOptions } from '../../src/core/analysis';

const TYPES = ['PER', 'ORG', 'LOC'] as const;
type NameType = (typeof TYPES)[number];

interface GoldEntity { start: number; end: number; type: NameType; text: string; ref: string }
/** `part` is 'tuning' (read freely) or 'test' (scored only at the end; its misses are never printed). */
interface GoldRecord { file: string; sha1: string; lang: 'ar' | 'en'; part?: 'tuning' | 'test'; entities: GoldEntity[] }
interface Counts { tp: number; fp: number; fn: number }
export type GoldPart = 'tuning' | 'test';

/**
 * The gold files: ours (all tuning) and, when present, the annotators' pools, whose records say
 * their part.
 */
const GOLD_FILES = ['names-articles.jsonl', 'pool-ar.jsonl', 'pool-en.jsonl'];

/** Seed paths are relative to the data folder, article paths to its `articles` folder. */
const articlePath = (dataDir: string, file: string): string =>
  file.startsWith('seed/') ? join(dataDir, file) : join(dataDir, 'articles', file);

const spanKey = (type: string, start: number, end: number): string => `${type}:${start}:${end}`;

function prf(c: Counts): { p: number; r: number; f: number } {
  const p = c.tp / Math.max(1, c.tp + c.fp), r = c.tp / Math.max(1, c.tp + c.fn);
  return { p, r, f: p + r ? (2 * p * r) / (p + r) : 0 };
}

const sum = (cs: Counts[]): Counts => cs.reduce((a, c) => ({ tp: a.tp + c.tp, fp: a.fp + c.fp, fn: a.fn + c.fn }), { tp: 0, fp: 0, fn: 0 });

/** The gold records of one part whose article is present and unchanged (skips are reported once per record). */
export function goldRecords(dataDir: string, part: GoldPart, lang?: 'ar' | 'en'): Array<{ record: GoldRecord; text: string }> {
  const out: Array<{ record: GoldRecord; text: string }> = [];
  for (const name of GOLD_FILES) {
    const goldPath = resolve(process.cwd(), 'scripts/eval/gold', name);
    if (!existsSync(goldPath)) continue;
    for (const line of readFileSync(goldPath, 'utf8').split('\n')) {
      if (!line.trim()) continue;
      const record = JSON.parse(line) as GoldRecord;
      if ((record.part ?? 'tuning') !== part || (lang && record.lang !== lang)) continue;
      const path = articlePath(dataDir, record.file);
      if (!existsSync(path)) { console.log(`names (articles): ${record.file} is missing; skipped`); continue; }
      const bytes = readFileSync(path);
      // The offsets are only valid for the exact file they were made on.
      if (createHash('sha1').update(bytes).digest('hex') !== record.sha1) {
        console.log(`names (articles): ${record.file} has changed since it was annotated (sha1 differs); skipped`);
        continue;
      }
      out.push({ record, text: bytes.toString('utf8').replace(/^\uFEFF/, '') });
    }
  }
  return out;
}

interface LangScore { counts: Map<NameType, Counts>; articles: number; gold: number; misses: string[] }

/** Runs the whole analysis on each article and scores its typed mention spans exact-span. */
export function scoreArticles(records: Array<{ record: GoldRecord; text: string }>, options: AnalysisOptions = {}): { byLang: Map<string, LangScore>; seedLines: string[] } {
  const byLang = new Map<string, LangScore>();
  const seedLines: string[] = [];
  for (const { record, text } of records) {
    const entities = analyzeArticle(text, options).entities.filter((e) => (TYPES as readonly string[]).includes(e.type));

    // Predicted mentions by typed span, remembering which entity each belongs to (for the seed).
    const predicted = new Map<string, string>();
    // Role mentions (الرئيس الروسي standing for Putin) are links, not names: the gold has none.
    for (const e of entities) for (const m of e.mentions) if (!m.byRole) predicted.set(spanKey(e.type, m.start, m.end), e.id);
    const gold = new Set(record.entities.map((g) => spanKey(g.type, g.start, g.end)));

    const acc = byLang.get(record.lang) ?? { counts: new Map(TYPES.map((t) => [t, { tp: 0, fp: 0, fn: 0 }])), articles: 0, gold: 0, misses: [] };
    byLang.set(record.lang, acc);
    acc.articles++;
    acc.gold += record.entities.length;
    for (const g of record.entities) {
      const c = acc.counts.get(g.type)!;
      if (predicted.has(spanKey(g.type, g.start, g.end))) c.tp++;
      else { c.fn++; acc.misses.push(`${record.file} FN ${g.type} @${g.start} ${g.text}`); }
    }
    for (const key of predicted.keys()) {
      if (gold.has(key)) continue;
      const [type, start, end] = key.split(':');
      acc.counts.get(type as NameType)!.fp++;
      acc.misses.push(`${record.file} FP ${type} @${start} ${text.slice(Number(start), Number(end))}`);
    }

    if (record.file.startsWith('seed/')) seedLines.push(...seedPersons(record, predicted));
  }
  return { byLang, seedLines };
}

/** Micro P/R/F1 over PER/ORG/LOC of one language's score. */
export function articleMicro(score: LangScore | undefined): { p: number; r: number; f: number } {
  return prf(sum(score ? [...score.counts.values()] : []));
}

/**
 * The real-article tables: the tuning part with its misses, then the test part (only with
 * `--test-part`: it is scored at the end of a piece of work, and its misses are never printed).
 */
/** Whether this run scores the test part (`--test-part`): only at the end of a piece of work. */
export function testPartRequested(): boolean {
  return process.argv.includes('--test-part') || process.env.NEWS_LENS_TEST_PART === '1';
}

export async function evaluateArticleNames(dataDir: string, options: AnalysisOptions = {}): Promise<void> {
  const verbose = process.argv.includes('--misses') || process.env.NEWS_LENS_MISSES === '1';
  const withTest = testPartRequested();
  const fmt = (x: number): string => x.toFixed(3);
  const cell = (c: Counts): string => { const x = prf(c); return `${fmt(x.p)}/${fmt(x.r)}/${fmt(x.f)}`; };
  for (const part of ['tuning', 'test'] as GoldPart[]) {
    if (part === 'test' && !withTest) {
      const held = GOLD_FILES.map((n) => resolve(process.cwd(), 'scripts/eval/gold', n)).filter(existsSync)
        .flatMap((p) => readFileSync(p, 'utf8').split('\n').filter((l) => l.includes('"part":"test"') || l.includes('"part": "test"'))).length;
      if (held) console.log(`names (real articles, test part): ${held} articles held out; \`npm run eval -- --test-part\` scores them (only at the end of a piece of work; misses are never printed)`);
      continue;
    }
    const records = goldRecords(dataDir, part);
    if (!records.length) { console.log(`names (real articles, ${part} part): no gold; skipped`); continue; }
    const { byLang, seedLines } = scoreArticles(records, options);
    console.log(`names (real articles, ${part} part): exact-span P / R / F1 against scripts/eval/gold/{${GOLD_FILES.join(',')}}`);
    console.log(['lang', 'articles', 'gold', ...TYPES.map((t) => `${t} P/R/F1`), 'micro P/R/F1', 'tp/fp/fn'].join('\t'));
    for (const [lang, acc] of byLang) {
      const micro = sum([...acc.counts.values()]);
      console.log([lang, acc.articles, acc.gold, ...TYPES.map((t) => cell(acc.counts.get(t)!)), cell(micro), `${micro.tp}/${micro.fp}/${micro.fn}`].join('\t'));
    }
    if (part === 'test') continue; // never the test part's misses
    // The taggers learn from the shared articles' gold: the pools' tuning part is what they did not see.
    const pools = scoreArticles(records.filter((r) => r.record.file.includes('-pool/')), options).byLang;
    for (const [lang, acc] of pools) {
      const micro = sum([...acc.counts.values()]);
      console.log([`${lang} pools only`, acc.articles, acc.gold, ...TYPES.map((t) => cell(acc.counts.get(t)!)), cell(micro), `${micro.tp}/${micro.fp}/${micro.fn}`].join('\t'));
    }
    for (const l of seedLines) console.log(l);
    for (const [lang, acc] of byLang) {
      console.log(`names (articles, tuning) ${lang}: ${acc.misses.length} misses${verbose ? '' : ' (first 15; --misses for all)'}`);
      for (const m of verbose ? acc.misses : acc.misses.slice(0, 15)) console.log(`  ${m}`);
    }
  }
}

/**
 * For each gold person in the seed: are all its mentions predicted, as PER, and as mentions of
 * one and the same entity? A reader of the seed sees Putin's card collect every بوتين.
 */
function seedPersons(record: GoldRecord, predicted: Map<string, string>): string[] {
  const persons = new Map<string, GoldEntity[]>();
  for (const g of record.entities) if (g.type === 'PER') persons.set(g.ref, [...(persons.get(g.ref) ?? []), g]);
  const misses: string[] = [];
  for (const [ref, mentions] of persons) {
    const ids = mentions.map((m) => predicted.get(spanKey('PER', m.start, m.end)));
    const found = ids.filter((id) => id !== undefined).length;
    const distinct = new Set(ids.filter((id) => id !== undefined)).size;
    if (found < mentions.length || distinct > 1) misses.push(`  ${ref}: ${found}/${mentions.length} mentions found, in ${distinct} entit${distinct === 1 ? 'y' : 'ies'}`);
  }
  return [`seed: ${persons.size - misses.length}/${persons.size} persons found with all mentions linked`, ...misses];
}
