import { open, readFile, rename, writeFile } from 'node:fs/promises';
import { basename, dirname, extname, join } from 'node:path';
import { loadAnnotations } from '../core/annotations/load';
import { emptySet, type AnnotationSet } from '../core/annotations/model';
import { parseRules, RULES_FILE, type NameRules } from '../core/annotations/rules';
import { describeSystemError, InputError, readArticleFile } from './read-article';

/** An article as the annotation commands use it: its text, its .ann, and what went wrong reading them. */
export interface AnnotatedArticle {
  path: string;
  /** Without BOM. */
  text: string;
  bom: boolean;
  /** Re-anchored to the text. */
  set: AnnotationSet;
  /** One line each, path first: lines of the .ann kept without being understood, annotations not found. */
  warnings: string[];
}

/** `article.txt` → `article.ann`. */
export function annPathFor(articlePath: string): string {
  const ext = extname(articlePath);
  return join(dirname(articlePath), `${basename(articlePath, ext)}.ann`);
}

export async function startsWithBom(path: string): Promise<boolean> {
  if (path === '-') return false;
  const handle = await open(path, 'r');
  try {
    const { bytesRead, buffer } = await handle.read(Buffer.alloc(3), 0, 3, 0);
    return bytesRead === 3 && buffer[0] === 0xef && buffer[1] === 0xbb && buffer[2] === 0xbf;
  } finally {
    await handle.close();
  }
}

/** Reads the article and the .ann beside it (none: no annotations). Throws an InputError for the article. */
export async function readAnnotatedArticle(path: string, annPath = annPathFor(path)): Promise<AnnotatedArticle> {
  const text = await readArticleFile(path);
  const bom = await startsWithBom(path).catch(() => false);
  const warnings: string[] = [];
  let annText: string | undefined;
  try {
    annText = await readArticleFile(annPath);
  } catch (err) {
    if (!(err instanceof InputError) || !/no such file/.test(err.message)) warnings.push(err instanceof Error ? err.message : String(err));
  }
  if (annText === undefined) return { path, text, bom, set: emptySet(), warnings };
  const { set, problems } = loadAnnotations(annText, text, { bom });
  for (const p of problems) warnings.push(`${annPath} line ${p.line}: ${p.message}`);
  return { path, text, bom, set, warnings };
}

/** The workspace rules of a folder (none when it has no rules file); problems name the file and line. */
export async function readWorkspaceRules(folder: string): Promise<{ rules?: NameRules; warnings: string[] }> {
  const path = join(folder, RULES_FILE);
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR') return { warnings: [] };
    return { warnings: [`${path}: ${describeSystemError(err)}`] };
  }
  const { rules, problems } = parseRules(text);
  return { rules, warnings: problems.map((p) => `${path} line ${p.line}: ${p.message}`) };
}

/** Writes through a temporary file and a rename, so a reader never sees half a file. */
export async function writeFileAtomically(path: string, content: string): Promise<void> {
  const temporary = `${path}.${process.pid}.tmp`;
  await writeFile(temporary, content, 'utf8');
  await rename(temporary, path);
}
