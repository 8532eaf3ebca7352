import { once } from 'node:events';
import { availableParallelism } from 'node:os';
import type { Analysis } from '../core/types';
import { performTask, type AnalyzeTask, type OutputFormat, type TaskResult } from './analyze-task';
import { parseArgs, UsageError } from './args';
import { findInputs } from './find-inputs';
import { ANALYZE_HELP, ANALYZE_USAGE } from './help';
import { readJsonlArticles, type JsonlArticle } from './jsonl-input';
import { Progress } from './progress';
import { MAX_INPUT_BYTES } from './read-article';
import { WorkerPool } from './worker-pool';

export interface AnalyzeSetup {
  /** Runs every analysis in process with this function instead (tests). */
  analyse?: (text: string) => Analysis;
  /** The bundle a worker thread runs (dist/cli.js itself); without one, everything runs in process. */
  workerScript?: string;
}

/**
 * `news-lens analyze [--json|--jsonl] [--jobs N] FILE...`: a readable outline, or the JSON
 * contract of docs/cli.md. Folders and patterns become their article files. A file that fails
 * is reported on standard error and the others still print; the exit status is then 1.
 * Memory holds only the articles being analysed or waiting for their turn to print.
 */
export async function runAnalyze(args: string[], setup: AnalyzeSetup = {}): Promise<number> {
  const spec = { '--json': 'flag', '--jsonl': 'flag', '--jobs': 'value', '--help': 'flag', '-h': 'flag' } as const;
  const { options, operands } = parseArgs(args, spec, ANALYZE_USAGE);
  if (options.has('--help') || options.has('-h')) {
    process.stdout.write(ANALYZE_HELP + '\n');
    return 0;
  }
  if (operands.length === 0) throw new UsageError('analyze needs at least one FILE', ANALYZE_USAGE);
  if (operands.filter((f) => f === '-').length > 1) throw new UsageError("standard input ('-') can be read only once", ANALYZE_USAGE);
  if (options.has('--json') && options.has('--jsonl')) throw new UsageError('--json and --jsonl cannot be used together', ANALYZE_USAGE);
  const jsonl = options.has('--jsonl');
  if (jsonl && operands.includes('-') && operands.length > 1) throw new UsageError("with --jsonl, standard input ('-') is read on its own", ANALYZE_USAGE);
  const jobsOption = options.get('--jobs');
  const jobs = parseJobs(jobsOption);
  const format: OutputFormat = jsonl ? 'jsonl' : options.has('--json') ? 'json' : 'outline';
  const progress = Progress.onTerminal();
  const say = (line: string) => {
    progress?.hide();
    process.stderr.write(`news-lens: ${line}\n`);
  };

  if (jsonl && operands[0] === '-') {
    return await withRunner(setup, jobs, Infinity, (work, window) => analyseStandardInput(work, window, progress));
  }

  const { files, problems } = await findInputs(operands);
  problems.forEach(say);
  let failed = problems.length;
  // --json prints one object only for one FILE given as itself; folders, patterns and several FILEs give an array.
  const asArray = format === 'json' && !(operands.length === 1 && files.length === 1 && files[0] === operands[0]);
  let printed = 0;
  let done = 0;
  if (asArray) process.stdout.write('[');
  // Each worker thread loads the models again (about half a second of one core), so by default
  // a small batch stays in process: one thread per FILES_PER_THREAD files at most.
  const threads = jobsOption === undefined ? Math.min(jobs, Math.floor(files.length / FILES_PER_THREAD)) : jobs;
  await withRunner(setup, threads, files.length, (work, window) =>
    pipeline(
      files,
      (file) => work({ file, format }),
      async (result) => {
        if (!result.ok) {
          failed++;
          say(result.message);
        } else {
          if (process.stdout.isTTY) progress?.hide();
          // Array elements are indented as JSON.stringify(array, null, 2) would.
          if (asArray) await write(`${printed ? ',' : ''}\n  ${result.output.replace(/\n/g, '\n  ')}`);
          else await write(result.output + '\n');
          printed++;
        }
        progress?.update(++done, files.length);
      },
      window,
      format !== 'jsonl', // JSONL lines name their file, so they come in the order they finish
    ),
  );
  progress?.hide();
  if (asArray) process.stdout.write(printed ? '\n]\n' : ']\n');
  return failed ? 1 : 0;
}

export const FILES_PER_THREAD = 32;

export function parseJobs(value: string | true | undefined, usage = ANALYZE_USAGE): number {
  if (value === undefined) return availableParallelism();
  const jobs = Number(value);
  if (!Number.isInteger(jobs) || jobs < 1 || jobs > 1024) throw new UsageError(`--jobs needs a whole number from 1 to 1024 (not '${String(value)}')`, usage);
  return jobs;
}

export type Work = (task: AnalyzeTask) => Promise<TaskResult>;

/** Runs `body` with worker threads when more than one job and more than one article can use them, else in process. */
export async function withRunner<T>(setup: AnalyzeSetup, jobs: number, articles: number, body: (work: Work, window: number) => Promise<T>): Promise<T> {
  const threads = Math.min(jobs, articles);
  if (setup.analyse || !setup.workerScript || threads <= 1) {
    return await body((task) => performTask(task, setup.analyse), 2);
  }
  const pool = new WorkerPool(setup.workerScript, threads);
  try {
    // A few tasks per thread keep every thread busy while results wait for their turn.
    return await body((task) => pool.run(task), threads * 4);
  } finally {
    await pool.close();
  }
}

/**
 * Feeds `inputs` to `work` with at most `window` unfinished or unprinted at a time, and hands each
 * result to `emit`: in input order (`ordered`) or as each finishes. `work` never rejects.
 */
export async function pipeline<I, R>(inputs: Iterable<I> | AsyncIterable<I>, work: (input: I) => Promise<R>, emit: (result: R) => Promise<void>, window: number, ordered: boolean): Promise<void> {
  if (ordered) {
    const queue: Promise<R>[] = [];
    for await (const input of inputs) {
      queue.push(work(input));
      if (queue.length >= window) await emit(await queue.shift()!);
    }
    while (queue.length) await emit(await queue.shift()!);
    return;
  }
  const running = new Set<Promise<void>>();
  for await (const input of inputs) {
    const step: Promise<void> = work(input)
      .then(emit)
      .finally(() => running.delete(step));
    running.add(step);
    if (running.size >= window) await Promise.race(running);
  }
  await Promise.all(running);
}

/** Writes to standard output, waiting when the reader is slower, so output never piles up in memory. */
export async function write(text: string): Promise<void> {
  if (!process.stdout.write(text)) await once(process.stdout, 'drain');
}

/**
 * `--jsonl -`: one article per input line, one output line per article line in the same order,
 * each with its `id`; a line that is not an article, or whose analysis fails, prints
 * `{"id": …, "error": "line N: …"}` in its place and makes the exit status 1.
 */
async function analyseStandardInput(work: Work, window: number, progress: Progress | null): Promise<number> {
  let failed = 0;
  let done = 0;
  const analyseLine = async (article: JsonlArticle): Promise<{ id: unknown; result: TaskResult }> => {
    if ('error' in article) return { id: article.id, result: { ok: false, message: article.error } };
    return { id: article.id, result: await work({ file: '-', format: 'jsonl', text: article.text, id: article.id, label: `line ${article.line}` }) };
  };
  await pipeline(
    readJsonlArticles(process.stdin, MAX_INPUT_BYTES),
    analyseLine,
    async ({ id, result }) => {
      if (!result.ok) failed++;
      if (process.stdout.isTTY) progress?.hide();
      await write((result.ok ? result.output : JSON.stringify({ id, error: result.message })) + '\n');
      progress?.update(++done);
    },
    window,
    true,
  );
  progress?.hide();
  return failed ? 1 : 0;
}
