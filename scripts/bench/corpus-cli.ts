import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { corpusArticle } from './corpus';

/** Preloaded into the CLI: prints the process's peak resident memory (all its threads) at exit. */
const MAX_RSS_HOOK = `
const { isMainThread } = require('node:worker_threads');
if (isMainThread) process.on('exit', () => process.stderr.write('MAXRSS ' + process.resourceUsage().maxRSS + '\\n'));
`;

interface Run {
  seconds: number;
  maxRssMb: number;
}

/** Writes `count` generated articles into a new folder; returns it and their total size in bytes. */
function writeCorpus(root: string, count: number): { dir: string; bytes: number } {
  const dir = join(root, `corpus-${count}`);
  mkdirSync(dir);
  let bytes = 0;
  for (let i = 0; i < count; i++) {
    const article = corpusArticle(i);
    writeFileSync(join(dir, article.name), article.text);
    bytes += Buffer.byteLength(article.text);
  }
  return { dir, bytes };
}

function runCli(cli: string, hook: string, args: string[]): Run {
  const t0 = process.hrtime.bigint();
  const result = spawnSync(process.execPath, ['--require', hook, cli, ...args], { encoding: 'utf8', maxBuffer: 1 << 30, stdio: ['ignore', 'ignore', 'pipe'] });
  const seconds = Number(process.hrtime.bigint() - t0) / 1e9;
  if (result.status !== 0) throw new Error(`news-lens ${args.join(' ')} failed: ${result.stderr.split('\n')[0]}`);
  const kb = Number(/MAXRSS (\d+)/.exec(result.stderr)?.[1] ?? NaN);
  return { seconds, maxRssMb: kb / 1024 };
}

/**
 * The command line on a generated corpus: `analyze --jsonl` over 10 000 articles with one job and
 * with every core (articles/s, MB/s, the scaling ratio), peak memory for 1 000 and 10 000 articles
 * (the JSONL stream should keep it flat), and `index` over the same 10 000.
 */
export function corpusCliBench(cli: string, log: (line: string) => void): void {
  const cores = availableParallelism();
  const root = mkdtempSync(join(tmpdir(), 'news-lens-corpus-bench-'));
  try {
    const hook = join(root, 'max-rss.cjs');
    writeFileSync(hook, MAX_RSS_HOOK);
    const small = writeCorpus(root, 1_000);
    const large = writeCorpus(root, 10_000);
    log(`\nCorpus on the command line (${cores} cores; generated articles of ${Math.round(large.bytes / 10_000)} bytes on average)`);
    const row = (label: string, count: number, bytes: number, run: Run) =>
      log(`${label.padEnd(42)}${(count / run.seconds).toFixed(0).padEnd(12)}${(bytes / 1e6 / run.seconds).toFixed(2).padEnd(12)}${run.seconds.toFixed(1).padEnd(12)}${run.maxRssMb.toFixed(0)}`);
    log(`${''.padEnd(42)}${'articles/s'.padEnd(12)}${'MB/s'.padEnd(12)}${'seconds'.padEnd(12)}peak MB`);
    const one = runCli(cli, hook, ['analyze', '--jsonl', '--jobs', '1', large.dir]);
    row('analyze --jsonl, 10 000 articles, 1 job', 10_000, large.bytes, one);
    const all = runCli(cli, hook, ['analyze', '--jsonl', '--jobs', String(cores), large.dir]);
    row(`analyze --jsonl, 10 000 articles, ${cores} jobs`, 10_000, large.bytes, all);
    log(`scaling: ${(one.seconds / all.seconds).toFixed(2)}× with ${cores} jobs (ideal ${cores}×, on an otherwise idle machine)`);
    const smallOne = runCli(cli, hook, ['analyze', '--jsonl', '--jobs', '1', small.dir]);
    row('analyze --jsonl, 1 000 articles, 1 job', 1_000, small.bytes, smallOne);
    const smallAll = runCli(cli, hook, ['analyze', '--jsonl', '--jobs', String(cores), small.dir]);
    row(`analyze --jsonl, 1 000 articles, ${cores} jobs`, 1_000, small.bytes, smallAll);
    log(`peak memory 1 000 → 10 000 articles: ${smallOne.maxRssMb.toFixed(0)} → ${one.maxRssMb.toFixed(0)} MB with 1 job, ${smallAll.maxRssMb.toFixed(0)} → ${all.maxRssMb.toFixed(0)} MB with ${cores}`);
    const index = runCli(cli, hook, ['index', '--jobs', String(cores), large.dir]);
    row(`index, 10 000 articles, ${cores} jobs`, 10_000, large.bytes, index);
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}
