import { readFileSync, statSync } from 'node:fs';

/** Reads a file as UTF-8 without its BOM, or throws an Error with a one-line reason. */
export function readArticleFile(path: string): string {
  let stat;
  try {
    stat = statSync(path);
  } catch {
    throw new Error(`${path}: no such file`);
  }
  if (stat.isDirectory()) throw new Error(`${path}: is a directory`);
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (err) {
    throw new Error(`${path}: cannot be read (${(err as NodeJS.ErrnoException).code ?? 'error'})`);
  }
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}
