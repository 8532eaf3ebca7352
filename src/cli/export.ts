import { mkdir, stat } from 'node:fs/promises';
import { basename, dirname, extname, join, relative } from 'node:path';
import { analyzeArticle } from '../core/analysis';
import { bratConfFiles, EXPORT_FORMATS, exportArticle, exportView, type ExportFormat, type OffsetUnit } from '../core/annotations/formats';
import type { NameRules } from '../core/annotations/rules';
import { parseArgs, UsageError } from './args';
import { readAnnotatedArticle, readWorkspaceRules, writeFileAtomically } from './annotated-article';
import { findInputs } from './find-inputs';
import { EXPORT_HELP, EXPORT_USAGE } from './help';
import { failureLine } from './read-article';


/**
 * `news-lens export --format brat|conll|jsonl FILE|FOLDER... [--out DIR] [--suggestions]
 * [--workspace DIR] [--code-points]`: each article with the annotations of the .ann beside it
 * (and the workspace rules of .newslens/), plus the recogniser's suggestions when asked.
 * JSONL and CoNLL go to standard output, or to DIR/annotations.{jsonl,conll}; brat needs --out.
 */
export async function runExport(args: string[]): Promise<number> {
  const spec = { '--format': 'value', '--out': 'value', '--suggestions': 'flag', '--workspace': 'value', '--code-points': 'flag', '--help': 'flag', '-h': 'flag' } as const;
  const { options, operands } = parseArgs(args, spec, EXPORT_USAGE);
  if (options.has('--help') || options.has('-h')) {
    process.stdout.write(EXPORT_HELP + '\n');
    return 0;
  }
  const format = options.get('--format');
  if (format === undefined) throw new UsageError('export needs --format brat, conll or jsonl', EXPORT_USAGE);
  if (!EXPORT_FORMATS.includes(format as ExportFormat)) throw new UsageError(`unknown format '${format}' (brat, conll or jsonl)`, EXPORT_USAGE);
  if (operands.length === 0) throw new UsageError('export needs at least one FILE or FOLDER', EXPORT_USAGE);
  if (operands.includes('-')) throw new UsageError("export reads files beside each other (.txt and .ann), not standard input ('-')", EXPORT_USAGE);
  const out = options.get('--out') as string | undefined;
  if (format === 'brat' && out === undefined) throw new UsageError('brat export writes a folder: give --out DIR', EXPORT_USAGE);
  if (options.has('--code-points') && format !== 'jsonl') throw new UsageError('--code-points is for --format jsonl', EXPORT_USAGE);
  const unit: OffsetUnit = options.has('--code-points') ? 'codepoints' : 'utf16';
  const suggestions = options.has('--suggestions');
  const say = (line: string) => process.stderr.write(`news-lens: ${line}\n`);

  // Each input with the rules that apply to it: --workspace's, or those of the folder it was found in.
  const workspace = options.get('--workspace') as string | undefined;
  const shared = workspace !== undefined ? await readWorkspaceRules(workspace) : undefined;
  shared?.warnings.forEach(say);
  const inputs: Array<{ file: string; base: string; rules?: NameRules }> = [];
  let failed = 0;
  for (const operand of operands) {
    const { files, problems } = await findInputs([operand]);
    problems.forEach(say);
    failed += problems.length;
    const folder = await isFolder(operand);
    const own = shared ?? (folder ? await readWorkspaceRules(operand) : { warnings: [] });
    if (!shared) own.warnings.forEach(say);
    for (const file of files) inputs.push({ file, base: folder ? operand : dirname(file), rules: own.rules });
  }

  if (out !== undefined) await mkdir(out, { recursive: true });
  const chunks: string[] = [];
  const written = new Set<string>();
  for (const { file, base, rules } of inputs) {
    let article;
    try {
      article = await readAnnotatedArticle(file);
    } catch (err) {
      failed++;
      say(failureLine(file, err));
      continue;
    }
    article.warnings.forEach(say);
    const { text, set } = article;
    const view = exportView(text, set, rules, suggestions ? analyzeArticle(text) : undefined);
    const exported = exportArticle(format as ExportFormat, text, set, view, unit);
    if (format !== 'brat') chunks.push(exported);
    else {
      const target = join(out!, relative(base, file));
      const stem = join(dirname(target), basename(target, extname(target)));
      if (written.has(stem)) {
        failed++;
        say(`${file}: another input was already written as ${stem}.txt; left out`);
        continue;
      }
      written.add(stem);
      await mkdir(dirname(stem), { recursive: true });
      await writeFileAtomically(`${stem}.txt`, text);
      await writeFileAtomically(`${stem}.ann`, exported);
    }
  }
  if (format === 'brat') {
    for (const [name, content] of Object.entries(bratConfFiles())) await writeFileAtomically(join(out!, name), content);
  } else if (out !== undefined) {
    await writeFileAtomically(join(out, `annotations.${format}`), chunks.join(''));
  } else {
    for (const chunk of chunks) if (!process.stdout.write(chunk)) await new Promise((done) => process.stdout.once('drain', done));
  }
  return failed ? 1 : 0;
}

async function isFolder(path: string): Promise<boolean> {
  try {
    return (await stat(path)).isDirectory();
  } catch {
    return false;
  }
}
