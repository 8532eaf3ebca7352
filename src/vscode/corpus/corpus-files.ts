import * as vscode from 'vscode';
import { articleConfidence, detectionAction } from '../../core/structure/detect';
import { DETECTION_PREFIX } from '../../core/structure/detection-prefix';
import { readConfig } from '../config';

/** The files the corpus looks at: News Article files, and plain text that detection takes for articles. */
export const CORPUS_GLOB = '**/*.{news,article,txt,NEWS,ARTICLE,TXT}';

/**
 * One glob of everything `files.exclude` and `search.exclude` switch on (their `when`
 * conditions are left aside: they ask about sibling files, which a corpus scan does not look at).
 * findFiles applies files.exclude by itself only when given no exclude, so both go in here; a
 * pattern's own {a,b} group is spelled out, since groups do not nest.
 */
export function excludeGlob(): string | undefined {
  const patterns = new Set<string>();
  for (const section of ['files', 'search']) {
    const setting = vscode.workspace.getConfiguration(section).get<Record<string, unknown>>('exclude') ?? {};
    for (const [pattern, on] of Object.entries(setting)) if (on === true) for (const p of expandGroup(pattern)) patterns.add(p);
  }
  return patterns.size ? `{${[...patterns].join(',')}}` : undefined;
}

/** `*.{log,tmp}` gives `*.log` and `*.tmp`, group by group; a comma outside a group cannot go in ours, so that pattern is dropped. */
export function expandGroup(pattern: string): string[] {
  const open = pattern.indexOf('{');
  const close = pattern.indexOf('}', open);
  if (open < 0 || close < 0) return pattern.includes(',') ? [] : [pattern];
  const [head, tail] = [pattern.slice(0, open), pattern.slice(close + 1)];
  return pattern.slice(open + 1, close).split(',').flatMap((alt) => expandGroup(head + alt + tail));
}

/** Every file of the workspace that may be an article, excluded folders left out. */
export async function findCorpusFiles(token?: vscode.CancellationToken): Promise<vscode.Uri[]> {
  return vscode.workspace.findFiles(CORPUS_GLOB, excludeGlob(), undefined, token);
}

export function isPlainText(uri: vscode.Uri): boolean {
  return uri.path.toLowerCase().endsWith('.txt');
}

/**
 * Whether a plain-text file is an article, as the editor would decide on opening it: detection
 * reads the opening only, and `newsLens.detect: off` means text files are never articles.
 */
export function plainTextIsArticle(text: string): boolean {
  if (readConfig().detect === 'off') return false;
  return detectionAction(articleConfidence(text.slice(0, DETECTION_PREFIX + 2)), 'auto') === 'switch';
}

/** UTF-8 with a byte order mark removed, as VS Code opens the file (so offsets agree). */
export function decodeArticle(bytes: Uint8Array): string {
  const text = new TextDecoder('utf-8').decode(bytes);
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}
