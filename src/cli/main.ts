import { runAnalyze } from './analyze';
import { UsageError } from './args';
import { runExport } from './export';
import { ANALYZE_HELP, EXPORT_HELP, GENERAL_HELP, GENERAL_USAGE, IMPORT_HELP, INDEX_HELP, TAG_HELP, VERSION } from './help';
import { runImport } from './import';
import { runIndex } from './index-command';
import { runTag } from './tag';
import { isAnalyzeWorker, serveAnalyzeTasks } from './worker-pool';

const HINT = "(more: news-lens --help)";

/**
 * The `news-lens` command line. Exit status 0 on success, 1 when a file could not be read
 * or analysed (one line each on standard error), 2 for a mistake on the command line.
 */
async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  try {
    switch (command) {
      case 'analyze':
        // The bundle (dist/cli.js) is also the worker threads' script: see the end of this file.
        return await runAnalyze(rest, { workerScript: __filename.endsWith('.js') ? __filename : undefined });
      case 'index':
        return await runIndex(rest, { workerScript: __filename.endsWith('.js') ? __filename : undefined });
      case 'tag':
        return await runTag(rest);
      case 'export':
        return await runExport(rest);
      case 'import':
        return await runImport(rest);
      case 'help':
      case '--help':
      case '-h':
        return showHelp(rest);
      case '--version':
        if (rest.length) throw new UsageError('--version takes no arguments', GENERAL_USAGE);
        process.stdout.write(`news-lens ${VERSION}\n`);
        return 0;
      case undefined:
        throw new UsageError('a command is needed', GENERAL_USAGE);
      default:
        throw new UsageError(command.startsWith('-') ? `unknown option '${command}'` : `unknown command '${command}'`, GENERAL_USAGE);
    }
  } catch (err) {
    if (err instanceof UsageError) {
      process.stderr.write(`news-lens: ${err.message}\n${err.usage}\n${HINT}\n`);
      return 2;
    }
    // Never a stack trace: whatever escaped the commands is still one line.
    process.stderr.write(`news-lens: ${err instanceof Error ? err.message.split('\n')[0] : String(err)}\n`);
    return 1;
  }
}

function showHelp(topics: string[]): number {
  const pages: Record<string, string> = { analyze: ANALYZE_HELP, index: INDEX_HELP, tag: TAG_HELP, export: EXPORT_HELP, import: IMPORT_HELP };
  if (topics.length > 1) throw new UsageError('help takes at most one COMMAND', GENERAL_USAGE);
  const [topic] = topics;
  if (topic !== undefined && !pages[topic]) throw new UsageError(`no help for '${topic}' (commands: ${Object.keys(pages).join(', ')})`, GENERAL_USAGE);
  process.stdout.write((topic ? pages[topic] : GENERAL_HELP) + '\n');
  return 0;
}

// One bundle, two roles: `analyze --jobs N` starts worker threads on this same file, which
// then only answer analysis tasks (no second bundle carrying the models again).
if (isAnalyzeWorker()) {
  serveAnalyzeTasks();
} else {
  // `news-lens … | head` closes the pipe early: stop quietly instead of an EPIPE stack trace.
  process.stdout.on('error', (err: NodeJS.ErrnoException) => {
    if (err.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw err;
  });

  void main(process.argv.slice(2)).then((status) => (process.exitCode = status));
}
