// Helpers shared by the annotation tests: articles copied into the workspace folder, spans by text.
import * as assert from 'node:assert';
import { copyFileSync, mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import * as vscode from 'vscode';
import type { Analysis, Entity } from '../../src/core/types';
import type { NewsLensApi } from '../../src/extension';
import { closeAllEditors, showArticle } from './article-helpers';
import { FIXTURES, activateExtension } from './util';

export const C = 'newsLens.annotations.';

export function target(document: vscode.TextDocument, start: number, end: number) {
  return { uri: document.uri.toString(), start, end };
}

/** The span of the `nth` (0-based) occurrence of `text` in the document. */
export function spanOf(document: vscode.TextDocument, text: string, nth = 0): { start: number; end: number } {
  const all = document.getText();
  let at = -1;
  for (let i = 0; i <= nth; i++) {
    at = all.indexOf(text, at + 1);
    assert.ok(at >= 0, `"${text}" (occurrence ${nth}) not in ${document.uri.path}`);
  }
  return { start: at, end: at + text.length };
}

export function mentionAt(analysis: Analysis, start: number): { entity: Entity; confirmed: boolean } | undefined {
  for (const entity of analysis.entities) {
    const m = entity.mentions.find((x) => x.start === start);
    if (m) return { entity, confirmed: m.confirmed === true };
  }
  return undefined;
}

/** Copies a fixture article into `folder` as `name`. */
export function copyArticle(folder: string, name: string, from = 'ar-summit-seedlike.news'): vscode.Uri {
  const path = join(folder, name);
  copyFileSync(join(FIXTURES, 'articles', from), path);
  return vscode.Uri.file(path);
}

/** Shows the article and waits until its `.ann` was read. */
export async function openArticle(api: NewsLensApi, uri: vscode.Uri): Promise<vscode.TextEditor> {
  const editor = await showArticle(api, uri);
  await api.annotations!.store.ready(editor.document);
  return editor;
}

/**
 * The hooks of a suite whose articles are copied into a folder of its own inside the workspace
 * folder, so `.newslens/` rules and `.ann` writes apply to them (call inside `describe`):
 * `ready` gets the extension's API and the folder before the first test; every `.ann` write a
 * test started is done before its editors close and, at the end, the folder is removed.
 */
export function useWorkspaceFolder(prefix: string, ready: (api: NewsLensApi, folder: string) => void): void {
  let api: NewsLensApi;
  let folder: string;
  before(async () => {
    api = await activateExtension();
    folder = join(vscode.workspace.workspaceFolders![0].uri.fsPath, `${prefix}-${process.pid}`);
    mkdirSync(folder, { recursive: true });
    ready(api, folder);
  });
  after(() => rmSync(folder, { recursive: true, force: true }));
  afterEach(async () => {
    await Promise.all(vscode.workspace.textDocuments.map((d) => api.annotations!.store.written(d)));
    await closeAllEditors();
  });
}
