import type { Dirent } from 'node:fs';
import { readdir, stat } from 'node:fs/promises';
import { describeSystemError } from './read-article';

/** The files a folder contributes: articles by their ending, whatever their case. */
export const ARTICLE_ENDINGS = ['.txt', '.news', '.article'];

export interface FoundInputs {
  /** In the order of the arguments; each folder or pattern's files sorted by path. */
  files: string[];
  /** One line each (path first) for a folder or pattern that gave nothing or could not be read. */
  problems: string[];
}

const WILDCARD = /[*?]/;

/**
 * Turns the FILE arguments into the files to analyse: a folder becomes the article files
 * under it (recursively), a pattern with `*`, `**` or `?` the paths it matches, anything
 * else stays as given (so a missing file is reported when it is read, in its turn).
 * Names starting with `.` are skipped, and links to folders are not followed (no loops).
 * The order is by code unit, not the locale, so it is the same on every machine.
 */
export async function findInputs(operands: readonly string[]): Promise<FoundInputs> {
  const files: string[] = [];
  const problems: string[] = [];
  for (const operand of operands) {
    if (operand === '-') {
      files.push(operand);
    } else if (WILDCARD.test(operand)) {
      const matches = new Set<string>();
      for (const match of await matchPattern(operand, problems)) {
        if (await isFolder(match)) for (const file of await articlesUnder(match, problems)) matches.add(file);
        else matches.add(match);
      }
      if (matches.size === 0) problems.push(`${operand}: no files match`);
      files.push(...matches);
    } else if (await isFolder(operand)) {
      const found = await articlesUnder(operand, problems);
      if (found.length === 0) problems.push(`${operand}: no article files in this folder (${ARTICLE_ENDINGS.join(', ')})`);
      files.push(...found);
    } else {
      files.push(operand);
    }
  }
  return { files, problems };
}

async function isFolder(path: string): Promise<boolean> {
  try {
    return (await stat(path)).isDirectory();
  } catch {
    return false; // reading it later reports why
  }
}

function isArticleName(name: string): boolean {
  const lower = name.toLowerCase();
  return ARTICLE_ENDINGS.some((ending) => lower.endsWith(ending));
}

/** `dir` + `/` + `name`, without doubling a trailing slash. */
function child(dir: string, name: string): string {
  return dir.endsWith('/') ? dir + name : `${dir}/${name}`;
}

async function entriesOf(dir: string, problems: string[]): Promise<Dirent[]> {
  try {
    const entries = await readdir(dir, { withFileTypes: true });
    return entries.filter((e) => !e.name.startsWith('.')).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    if (code !== 'ENOENT' && code !== 'ENOTDIR') problems.push(`${dir}: ${describeSystemError(err)}`);
    return [];
  }
}

/** A link's target kind; a broken link is neither. */
async function linkTarget(path: string): Promise<'file' | 'folder' | 'other'> {
  try {
    const info = await stat(path);
    return info.isDirectory() ? 'folder' : info.isFile() ? 'file' : 'other';
  } catch {
    return 'other';
  }
}

async function articlesUnder(dir: string, problems: string[]): Promise<string[]> {
  const found: string[] = [];
  for (const entry of await entriesOf(dir, problems)) {
    const path = child(dir, entry.name);
    if (entry.isDirectory()) found.push(...(await articlesUnder(path, problems)));
    else if (isArticleName(entry.name) && (entry.isFile() || (entry.isSymbolicLink() && (await linkTarget(path)) === 'file'))) found.push(path);
  }
  return found;
}

/** One path segment's pattern as an anchored expression: `*` any run within the segment, `?` one character. */
function segmentMatcher(segment: string): RegExp {
  const body = segment.replace(/[.+^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '[^/]*').replace(/\?/g, '[^/]');
  return new RegExp(`^${body}$`, 'u');
}

/** The paths matching a pattern, walking only the folders its segments can reach; `**` is any number of folders. */
async function matchPattern(pattern: string, problems: string[]): Promise<string[]> {
  const segments = pattern.split('/');
  const fixed = segments.findIndex((s) => WILDCARD.test(s));
  // The folder before the first wildcard is read directly: `/data/*.txt` starts at `/data/`.
  const start = fixed === 0 ? '' : segments.slice(0, fixed).join('/') + '/';
  const out: string[] = [];
  await walk(start, segments.slice(fixed).filter((s) => s !== ''), out, problems);
  return out;
}

async function walk(prefix: string, rest: string[], out: string[], problems: string[]): Promise<void> {
  if (rest.length === 0) {
    out.push(prefix.length > 1 ? prefix.slice(0, -1) : prefix || '.');
    return;
  }
  const [head, ...tail] = rest;
  const dir = prefix || '.';
  if (head === '**') {
    await walk(prefix, tail, out, problems);
    for (const entry of await entriesOf(dir, problems)) if (entry.isDirectory()) await walk(`${prefix}${entry.name}/`, rest, out, problems);
    return;
  }
  if (!WILDCARD.test(head)) {
    const path = prefix + head;
    const kind = await linkTarget(path);
    if (tail.length === 0 ? kind !== 'other' : kind === 'folder') await walk(`${path}/`, tail, out, problems);
    return;
  }
  const matcher = segmentMatcher(head);
  for (const entry of await entriesOf(dir, problems)) {
    if (!matcher.test(entry.name)) continue;
    const path = prefix + entry.name;
    if (tail.length === 0) out.push(path);
    else if (entry.isDirectory() || (entry.isSymbolicLink() && (await linkTarget(path)) === 'folder')) await walk(`${path}/`, tail, out, problems);
  }
}
