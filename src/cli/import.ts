import { access, mkdir } from 'node:fs/promises';
import { basename, dirname, extname, join } from 'node:path';
import { writeBrat } from '../core/annotations/brat';
import { bratConfFiles, fromJsonlLine, type OffsetUnit } from '../core/annotations/formats';
import { parseArgs, UsageError } from './args';
import { readAnnotatedArticle, writeFileAtomically } from './annotated-article';
import { ARTICLE_ENDINGS } from './find-inputs';
import { IMPORT_HELP, IMPORT_USAGE } from './help';
import { failureLine, readArticleFile } from './read-article';

/**
 * `news-lens import FILE... [--out DIR] [--code-points]`: brat/INCEpTION `.ann` files (with the
 * article beside them) and doccano JSONL become .txt + .ann pairs in DIR (default: the current
 * folder), in News Lens's brat conventions. Existing files are never overwritten. Whatever cannot
 * be read is said on standard error, one line each, with its file and line; the exit status is then 1.
 */
export async function runImport(args: string[]): Promise<number> {
  const spec = { '--out': 'value', '--code-points': 'flag', '--help': 'flag', '-h': 'flag' } as const;
  const { options, operands } = parseArgs(args, spec, IMPORT_USAGE);
  if (options.has('--help') || options.has('-h')) {
    process.stdout.write(IMPORT_HELP + '\n');
    return 0;
  }
  if (operands.length === 0) throw new UsageError('import needs at least one FILE (.ann or .jsonl)', IMPORT_USAGE);
  for (const file of operands) {
    const ext = extname(file).toLowerCase();
    if (!['.ann', '.jsonl', '.json'].includes(ext)) throw new UsageError(`'${file}' is neither a brat .ann nor a JSONL file (.jsonl)`, IMPORT_USAGE);
  }
  const out = (options.get('--out') as string | undefined) ?? '.';
  const unit: OffsetUnit = options.has('--code-points') ? 'codepoints' : 'utf16';
  const say = (line: string) => process.stderr.write(`news-lens: ${line}\n`);
  await mkdir(out, { recursive: true });
  let failed = 0;
  let imported = 0;

  const writePair = async (stem: string, text: string, ann: string, source: string): Promise<boolean> => {
    const txt = join(out, `${stem}.txt`);
    const annPath = join(out, `${stem}.ann`);
    for (const path of [txt, annPath]) {
      if (await exists(path)) {
        say(`${source}: ${path} exists; not overwritten (choose another --out)`);
        return false;
      }
    }
    await writeFileAtomically(txt, text);
    await writeFileAtomically(annPath, ann);
    imported++;
    return true;
  };

  for (const file of operands) {
    if (extname(file).toLowerCase() === '.ann') {
      const article = await articleBeside(file);
      if (!article) {
        failed++;
        say(`${file}: no article beside it (${ARTICLE_ENDINGS.map((e) => basename(file, extname(file)) + e).join(', ')})`);
        continue;
      }
      let read;
      try {
        read = await readAnnotatedArticle(article, file);
      } catch (err) {
        failed++;
        say(failureLine(article, err));
        continue;
      }
      read.warnings.forEach(say);
      if (!(await writePair(basename(file, extname(file)), read.text, writeBrat(read.set, read.text), file))) failed++;
      continue;
    }
    let content: string;
    try {
      content = await readArticleFile(file);
    } catch (err) {
      failed++;
      say(failureLine(file, err));
      continue;
    }
    const stem = basename(file, extname(file));
    const lines = content.split(/\r?\n/);
    for (let i = 0; i < lines.length; i++) {
      if (lines[i].trim() === '') continue;
      let record;
      try {
        record = fromJsonlLine(lines[i], unit);
      } catch (err) {
        failed++;
        say(`${file} line ${i + 1}: ${(err as Error).message}; left out (expected {"text", "label": [[start, end, "PER"], ...]} or {"text", "entities": [...]})`);
        continue;
      }
      record.problems.forEach((p) => say(`${file} line ${i + 1}: ${p}`));
      const name = record.id !== undefined && /^[\w.-]{1,80}$/.test(record.id) && !record.id.startsWith('.') ? record.id : `${stem}-${i + 1}`;
      if (!(await writePair(name, record.text, writeBrat(record.set, record.text), `${file} line ${i + 1}`))) failed++;
    }
  }
  if (imported > 0) {
    for (const [name, content] of Object.entries(bratConfFiles())) {
      const path = join(out, name);
      if (!(await exists(path))) await writeFileAtomically(path, content);
    }
  }
  return failed ? 1 : 0;
}

async function exists(path: string): Promise<boolean> {
  try {
    await access(path);
    return true;
  } catch {
    return false;
  }
}

async function articleBeside(annPath: string): Promise<string | undefined> {
  const stem = join(dirname(annPath), basename(annPath, extname(annPath)));
  for (const ending of ARTICLE_ENDINGS) if (await exists(stem + ending)) return stem + ending;
  return undefined;
}
