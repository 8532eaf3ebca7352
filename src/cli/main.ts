import { runAnalyze } from './analyze';
import { runTag } from './tag';

const USAGE = `usage: news-lens analyze FILE... [--json]
       news-lens tag --lang ar|en FILE`;

/** The `news-lens` command line; exits 0 on success, 1 with a one-line message otherwise. */
function main(argv: string[]): number {
  const [command, ...rest] = argv;
  switch (command) {
    case 'analyze':
      return runAnalyze(rest);
    case 'tag':
      return runTag(rest);
    case '--help':
    case '-h':
    case undefined:
      console.log(USAGE);
      return command === undefined ? 1 : 0;
    default:
      console.error(`news-lens: unknown command '${command}'\n${USAGE}`);
      return 1;
  }
}

process.exitCode = main(process.argv.slice(2));
