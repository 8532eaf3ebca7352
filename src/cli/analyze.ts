import { analyzeArticle } from '../core/analysis';
import { toArticleJson } from '../core/json';
import type { Analysis } from '../core/types';
import { ANALYZE_HELP, ANALYZE_USAGE } from './help';
import { parseArgs, UsageError } from './args';
import { formatOutline } from './outline-text';
import { failureLine, readArticleFile } from './read-article';

/**
 * `news-lens analyze [--json] FILE...`: a readable outline, or the JSON contract of docs/cli.md.
 * A file that fails is reported on standard error and the others still print; the exit
 * status is then 1. With `--json`, one FILE prints an object and several an array of the
 * files that succeeded, written as each finishes so memory holds one document at a time.
 */
export async function runAnalyze(args: string[], analyse: (text: string) => Analysis = analyzeArticle): Promise<number> {
  const { options, operands: files } = parseArgs(args, { '--json': 'flag', '--help': 'flag', '-h': 'flag' }, ANALYZE_USAGE);
  if (options.has('--help') || options.has('-h')) {
    process.stdout.write(ANALYZE_HELP + '\n');
    return 0;
  }
  if (files.length === 0) throw new UsageError('analyze needs at least one FILE', ANALYZE_USAGE);
  if (files.filter((f) => f === '-').length > 1) throw new UsageError("standard input ('-') can be read only once", ANALYZE_USAGE);
  const json = options.has('--json');
  const asArray = json && files.length > 1;
  let printed = 0;
  let failed = 0;
  if (asArray) process.stdout.write('[');
  for (const file of files) {
    let output: string;
    try {
      const text = await readArticleFile(file);
      const analysis = analyse(text);
      output = json ? JSON.stringify(toArticleJson(file, analysis), null, 2) : formatOutline(file, text, analysis);
    } catch (err) {
      failed++;
      process.stderr.write(`news-lens: ${failureLine(file, err)}\n`);
      continue;
    }
    // Array elements are indented as JSON.stringify(array, null, 2) would.
    if (asArray) process.stdout.write(`${printed ? ',' : ''}\n  ${output.replace(/\n/g, '\n  ')}`);
    else process.stdout.write(output + '\n');
    printed++;
  }
  if (asArray) process.stdout.write(printed ? '\n]\n' : ']\n');
  return failed ? 1 : 0;
}
