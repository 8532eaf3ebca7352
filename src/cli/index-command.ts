import { CorpusIndex } from '../core/corpus/corpus-index';
import type { ArticleEntry } from '../core/corpus/entry';
import { FILES_PER_THREAD, parseJobs, pipeline, withRunner, write, type AnalyzeSetup } from './analyze';
import { parseArgs, UsageError } from './args';
import { findInputs } from './find-inputs';
import { INDEX_HELP, INDEX_USAGE } from './help';
import { Progress } from './progress';

/** One line of `news-lens index`: an entity of the corpus and where it is named. */
export interface IndexLine {
  key: string;
  type: string;
  name: string;
  otherName?: string;
  /** Each written form and how often it is written so across the corpus, most frequent first. */
  forms: [string, number][];
  mentions: number;
  quotes: number;
  /** The articles naming it, most mentions first: file, mentions, quotes. */
  articles: { file: string; mentions: number; quotes: number }[];
}

/**
 * `news-lens index [--jobs N] FILE|FOLDER|PATTERN...`: the corpus index of the articles as JSONL,
 * one entity per line (the same index VS Code keeps for the workspace), most widespread first.
 * The articles are analysed as `analyze` does (worker threads, --jobs); a `.txt` file that is
 * not an article is left out; a file that fails is one line on standard error and exit status 1.
 */
export async function runIndex(args: string[], setup: AnalyzeSetup = {}): Promise<number> {
  const spec = { '--jobs': 'value', '--help': 'flag', '-h': 'flag' } as const;
  const { options, operands } = parseArgs(args, spec, INDEX_USAGE);
  if (options.has('--help') || options.has('-h')) {
    process.stdout.write(INDEX_HELP + '\n');
    return 0;
  }
  if (operands.length === 0) throw new UsageError('index needs at least one FILE or FOLDER', INDEX_USAGE);
  if (operands.includes('-')) throw new UsageError("index reads files, not standard input ('-')", INDEX_USAGE);
  const jobsOption = options.get('--jobs');
  const jobs = parseJobs(jobsOption, INDEX_USAGE);
  const progress = Progress.onTerminal();
  const say = (line: string) => {
    progress?.hide();
    process.stderr.write(`news-lens: ${line}\n`);
  };

  const { files, problems } = await findInputs(operands);
  problems.forEach(say);
  let failed = problems.length;
  let done = 0;
  const index = new CorpusIndex();
  const threads = jobsOption === undefined ? Math.min(jobs, Math.floor(files.length / FILES_PER_THREAD)) : jobs;
  await withRunner(setup, threads, files.length, (work, window) =>
    pipeline(
      files,
      async (file) => ({ file, result: await work({ file, format: 'entry' }) }),
      async ({ file, result }) => {
        if (!result.ok) {
          failed++;
          say(result.message);
        } else {
          const entry = JSON.parse(result.output) as ArticleEntry | null;
          // Only the counts are printed: the quotes' words need not stay in memory.
          if (entry) index.set(file, { ...entry, quotes: [] });
        }
        progress?.update(++done, files.length);
      },
      window,
      false,
    ),
  );
  progress?.hide();
  for (const entity of index.entities()) await write(JSON.stringify(indexLine(index, entity.key)) + '\n');
  return failed ? 1 : 0;
}

function indexLine(index: CorpusIndex, key: string): IndexLine {
  const e = index.entity(key)!;
  const articles = index.occurrences(key).map((o) => ({ file: o.article, mentions: o.entity.mentions.length, quotes: o.entity.quotes }));
  return { key, type: e.type, name: e.name, ...(e.otherName ? { otherName: e.otherName } : {}), forms: e.forms, mentions: e.mentions, quotes: e.quotes, articles };
}
