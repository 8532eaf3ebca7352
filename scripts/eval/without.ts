import { optionalComponents } from '../../src/core/analysis';

/**
 * `--without rules:places` (repeatable, or comma-separated): the pipeline components to leave
 * out, so an evaluation measures what each one adds. Unknown names stop the run with the list.
 */
export function withoutFromArgs(argv: readonly string[]): ReadonlySet<string> {
  const names: string[] = [];
  argv.forEach((arg, i) => {
    if (arg === '--without' && argv[i + 1]) names.push(...argv[i + 1].split(','));
    else if (arg.startsWith('--without=')) names.push(...arg.slice('--without='.length).split(','));
  });
  const known = optionalComponents();
  const unknown = names.filter((n) => !known.includes(n));
  if (unknown.length) throw new Error(`--without: unknown component ${unknown.join(', ')} (known: ${known.join(' ')})`);
  return new Set(names);
}
