/**
 * The quotation gold, split into a tuning part (read freely: its misses are printed) and a test
 * part (scored only, never read). Sources:
 *   ../shared/data/gold/quotes-{ar,en}-dev.jsonl   the shared dev gold, all tuning
 *   scripts/eval/gold/pool-{ar,en}.jsonl           our blind pool gold, each line's "part"
 *   NEWS_LENS_EXTRA_GOLD (folders, ':'-separated)  pool records not merged yet, same format, one
 *                                                  record per *.json or several per *.jsonl
 * A record whose article changed (sha1) is skipped; a record found twice counts once.
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

export interface GoldSpeaker { text: string; start: number; end: number }
export interface GoldQuote { start: number; end: number; kind: 'speech' | 'other'; speaker?: GoldSpeaker | null }
export interface GoldEntity { start: number; end: number; type: string }
/** `validation` and `training`: the rounds of quotation gold on rebuilt text (rebuilt-quotes.ts). */
export type Part = 'tuning' | 'test' | 'validation' | 'training';

export interface GoldArticle {
  file: string;
  lang: 'ar' | 'en';
  part: Part;
  /** From the shared dev gold (the articles the rules were first written on), the pool gold or ANERcorp's rounds. */
  source: 'dev' | 'pool' | 'anercorp' | 'arwiki';
  text: string;
  quotes: GoldQuote[];
  /** Gold names, when the record has them (pool gold): tells a person from a place. */
  entities: GoldEntity[] | null;
}

interface RawRecord { file: string; sha1?: string; lang?: string; part?: string; quotes: GoldQuote[]; entities?: GoldEntity[] }

function readText(path: string): string | null {
  return existsSync(path) ? readFileSync(path, 'utf8').replace(/^\uFEFF/, '') : null;
}

function sha1(path: string): string {
  return createHash('sha1').update(readFileSync(path)).digest('hex');
}

function articlePath(dataDir: string, lang: string, file: string): string | null {
  const candidates = [join(dataDir, 'articles', file), join(dataDir, 'articles', lang, file), join(dataDir, file), join(dataDir, 'seed', file)];
  return candidates.find((p) => existsSync(p)) ?? null;
}

function recordsIn(path: string): RawRecord[] {
  if (!existsSync(path)) return [];
  return readFileSync(path, 'utf8').split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l) as RawRecord);
}

function extraFiles(): string[] {
  const dirs = (process.env.NEWS_LENS_EXTRA_GOLD ?? '').split(':').filter((d) => d && existsSync(d));
  return dirs.flatMap((dir) => readdirSync(dir).filter((f) => f.endsWith('.json') || f.endsWith('.jsonl')).sort().map((f) => join(dir, f)));
}

/** A record's language: its own field, else its article folder (ar-pool/…, en/…). */
function recordLang(r: RawRecord): string | null {
  if (r.lang) return r.lang;
  const m = /^(ar|en)(-pool)?\//.exec(r.file);
  return m ? m[1] : null;
}

/**
 * The gold articles of `lang` in `part`. Test articles are read only when asked for them,
 * so a development run never opens one.
 */
export function loadGold(dataDir: string, lang: 'ar' | 'en', part: Part): { articles: GoldArticle[]; skipped: string[] } {
  const sources: [string, Part | null][] = [
    [join(dataDir, 'gold', `quotes-${lang}-dev.jsonl`), 'tuning'],
    [resolve(process.cwd(), 'scripts/eval/gold', `pool-${lang}.jsonl`), null],
    ...extraFiles().map((f): [string, Part | null] => [f, null]),
  ];
  const seen = new Set<string>();
  const articles: GoldArticle[] = [];
  const skipped: string[] = [];
  for (const [source, fixedPart] of sources) {
    for (const r of recordsIn(source)) {
      const recordPart: Part = fixedPart ?? (r.part === 'test' ? 'test' : 'tuning');
      const ownLang = recordLang(r);
      if (ownLang !== null ? ownLang !== lang : fixedPart === null) continue;
      if (recordPart !== part || seen.has(r.file)) continue;
      seen.add(r.file);
      const path = articlePath(dataDir, lang, r.file);
      if (!path) { skipped.push(`${r.file}: article missing`); continue; }
      if (r.sha1 && sha1(path) !== r.sha1) { skipped.push(`${r.file}: article changed since annotation`); continue; }
      articles.push({ file: r.file, lang, part: recordPart, source: fixedPart ? 'dev' : 'pool', text: readText(path)!, quotes: r.quotes, entities: r.entities ?? null });
    }
  }
  return { articles, skipped };
}
