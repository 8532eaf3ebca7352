import * as vscode from 'vscode';

const decoder = new TextDecoder('utf-8');
/** For a file News Lens may write back: bytes that are no UTF-8 must not become replacement characters. */
const strictDecoder = new TextDecoder('utf-8', { fatal: true });

/** Thrown by readTextFile for a file that is not UTF-8 text. */
export class NotUtf8Error extends Error {}
const encoder = new TextEncoder();

/**
 * The brat file of an article: `report.ann` beside `report.txt` or `report.news` (brat pairs a
 * `.txt` with the `.ann` of the same stem). Only for documents that live in a file system.
 */
export function annUriOf(article: vscode.Uri): vscode.Uri | undefined {
  if (article.scheme === 'untitled') return undefined;
  const path = article.path;
  const slash = path.lastIndexOf('/');
  const dot = path.lastIndexOf('.');
  const stem = dot > slash ? path.slice(0, dot) : path;
  return article.with({ path: `${stem}.ann` });
}

/** The file's text, or undefined when it does not exist. Other errors are thrown; with `strict`, NotUtf8Error for bytes that are no UTF-8. */
export async function readTextFile(uri: vscode.Uri, options: { strict?: boolean } = {}): Promise<string | undefined> {
  try {
    const bytes = await vscode.workspace.fs.readFile(uri);
    if (!options.strict) return decoder.decode(bytes);
    try {
      return strictDecoder.decode(bytes);
    } catch {
      throw new NotUtf8Error(vscode.l10n.t('{0} is not UTF-8 text: News Lens leaves it as it is and keeps this article\'s annotations unsaved.', uri.path.slice(uri.path.lastIndexOf('/') + 1)));
    }
  } catch (err) {
    if (err instanceof vscode.FileSystemError && err.code === 'FileNotFound') return undefined;
    throw err;
  }
}

/** Whether the article's file on disk starts with a UTF-8 byte order mark (brat counts it). */
export async function fileHasBom(uri: vscode.Uri): Promise<boolean> {
  return (await bomOnDisk(uri)) ?? false;
}

/** Like fileHasBom, but undefined when the file is not on disk (deleted, or never saved). */
export async function bomOnDisk(uri: vscode.Uri): Promise<boolean | undefined> {
  try {
    const bytes = await vscode.workspace.fs.readFile(uri);
    return bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
  } catch {
    return undefined;
  }
}

/**
 * Writes a whole file so that a reader never sees half of it: into a temporary file beside
 * it, then renamed over it (a rename within one folder replaces the file in one step).
 */
export async function writeFileAtomically(uri: vscode.Uri, text: string): Promise<void> {
  const temporary = uri.with({ path: `${uri.path}.${Date.now().toString(36)}.tmp` });
  await vscode.workspace.fs.writeFile(temporary, encoder.encode(text));
  try {
    await vscode.workspace.fs.rename(temporary, uri, { overwrite: true });
  } catch (err) {
    await vscode.workspace.fs.delete(temporary).then(undefined, () => undefined);
    throw err;
  }
}
