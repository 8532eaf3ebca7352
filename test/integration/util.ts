import { copyFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import * as vscode from 'vscode';
import type { NewsLensApi } from '../../src/extension';

/** The compiled suite lives in dist/test/integration; fixtures stay in test/fixtures. */
export const FIXTURES = resolve(__dirname, '../../../test/fixtures');
export const EXTENSION_ID = 'news-lens.news-lens';

export function fixtureUri(...parts: string[]): vscode.Uri {
  return vscode.Uri.file(join(FIXTURES, ...parts));
}

/** The folders freshCopy made; removed when the whole run is over (documents may stay open until then). */
const copies: string[] = [];
after(() => {
  for (const dir of copies.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** A fresh copy of a fixture under a new name, so VS Code opens it as a new document. */
export function freshCopy(relative: string, newName: string): vscode.Uri {
  const dir = mkdtempSync(join(tmpdir(), 'news-lens-'));
  copies.push(dir);
  const target = join(dir, newName);
  copyFileSync(join(FIXTURES, relative), target);
  return vscode.Uri.file(target);
}

/** Polls `probe` until it returns a value other than undefined/false, or fails at the deadline. */
export async function waitFor<T>(probe: () => T | undefined | false | Thenable<T | undefined | false>, what: string, deadlineMs = 10_000): Promise<T> {
  const deadline = Date.now() + deadlineMs;
  let delay = 10;
  for (;;) {
    const value = await probe();
    if (value !== undefined && value !== false) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, delay));
    delay = Math.min(delay * 2, 200);
  }
}

export async function activateExtension(): Promise<NewsLensApi> {
  const ext = vscode.extensions.getExtension<NewsLensApi>(EXTENSION_ID);
  if (!ext) throw new Error(`${EXTENSION_ID} is not installed`);
  return ext.activate();
}

export async function setSetting(key: string, value: unknown): Promise<void> {
  await vscode.workspace.getConfiguration('newsLens').update(key, value, vscode.ConfigurationTarget.Global);
}

/** The language id VS Code currently gives the document at `uri`. */
export function languageOf(uri: vscode.Uri): string | undefined {
  return vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString())?.languageId;
}
