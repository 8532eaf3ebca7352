/** A mistake on the command line: one line, then the command's usage; exit status 2. */
export class UsageError extends Error {
  constructor(
    message: string,
    readonly usage: string,
  ) {
    super(message);
  }
}

/** The options a command accepts, as typed (`--json`, `-h`): a flag, or an option that takes a value. */
export type OptionSpec = Record<string, 'flag' | 'value'>;

export interface ParsedArgs {
  options: Map<string, string | true>;
  /** Everything that is not an option, in order; `-` (standard input) is one of these. */
  operands: string[];
}

/**
 * Reads a command's arguments: `--name value` and `--name=value` for options taking a
 * value, `--` ends the options. Every argument is checked before anything runs, so a
 * typo never leaves half an output behind.
 */
export function parseArgs(args: readonly string[], spec: OptionSpec, usage: string): ParsedArgs {
  const options = new Map<string, string | true>();
  const operands: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const arg = args[i];
    if (arg === '--') {
      operands.push(...args.slice(i + 1));
      break;
    }
    if (arg === '-' || !arg.startsWith('-')) {
      operands.push(arg);
      continue;
    }
    const equals = arg.startsWith('--') ? arg.indexOf('=') : -1;
    const name = equals >= 0 ? arg.slice(0, equals) : arg;
    const kind = spec[name];
    if (!kind) throw new UsageError(`unknown option '${name}'`, usage);
    if (kind === 'flag') {
      if (equals >= 0) throw new UsageError(`option '${name}' takes no value`, usage);
      options.set(name, true);
      continue;
    }
    const value = equals >= 0 ? arg.slice(equals + 1) : args[i + 1];
    if (value === undefined || value === '' || (equals < 0 && value.startsWith('-'))) throw new UsageError(`option '${name}' needs a value`, usage);
    if (equals < 0) i++;
    options.set(name, value);
  }
  return { options, operands };
}
