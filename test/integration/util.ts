import { copyFileSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import * as vscode from 'vscode';
import type { Analysis } from '../../src/core/types';
import type { NewsLensApi } from '../../src/extension';
export { EXTENSION_ID, activateExtension, waitFor } from './editor-helpers';

/** The compiled suite lives in dist/test/integration; fixtures stay in test/fixtures. */
export const FIXTURES = resolve(__dirname, '../../../test/fixtures');

export function fixtureUri(...parts: string[]): vscode.Uri {
  return vscode.Uri.file(join(FIXTURES, ...parts));
}

/**
 * Where this run's fresh copies go: one folder per extension host process, the same for every
 * test file (each compiled test file holds its own copy of this module), removed after the run.
 */
const FRESH_COPIES = join(tmpdir(), `news-lens-integration-${process.pid}`);

/** A fresh copy of a fixture under a new name, so VS Code opens it as a new document. */
export function freshCopy(relative: string, newName: string): vscode.Uri {
  mkdirSync(FRESH_COPIES, { recursive: true });
  const dir = mkdtempSync(join(FRESH_COPIES, 'copy-'));
  const target = join(dir, newName);
  copyFileSync(join(FIXTURES, relative), target);
  return vscode.Uri.file(target);
}

/** Removes every fresh copy made in this run (the suite's index calls it when Mocha is done). */
export function removeFreshCopies(): void {
  rmSync(FRESH_COPIES, { recursive: true, force: true });
}

export async function setSetting(key: string, value: unknown): Promise<void> {
  await vscode.workspace.getConfiguration('newsLens').update(key, value, vscode.ConfigurationTarget.Global);
}

/** The language id VS Code currently gives the document at `uri`. */
export function languageOf(uri: vscode.Uri): string | undefined {
  return vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString())?.languageId;
}

/** The extension's analysis of the document's current version (it runs in the worker). */
export async function analysisOf(api: NewsLensApi, document: vscode.TextDocument): Promise<Analysis> {
  const analysis = await api.cache.get(document);
  if (!analysis) throw new Error(`no analysis for ${document.uri.path} (version ${document.version})`);
  return analysis;
}
