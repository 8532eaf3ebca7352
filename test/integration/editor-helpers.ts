// Test helpers that use only the vscode API (no Node built-ins), so that both suites share them:
// test/integration (Node extension host) and test/web (the browser's web worker extension host,
// where `fs`, `path` and `__dirname` do not exist).
import * as vscode from 'vscode';
import type { NewsLensApi } from '../../src/extension';

export const EXTENSION_ID = 'news-lens.news-lens';

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

/** Opens `uri` in an editor and waits until the extension painted it. */
export async function openAndPaint(api: NewsLensApi, uri: vscode.Uri): Promise<vscode.TextEditor> {
  const document = await vscode.workspace.openTextDocument(uri);
  const editor = await vscode.window.showTextDocument(document, { preview: false });
  await waitFor(() => api.decorations?.applied(editor) !== undefined, `decorations painted on ${uri.path}`);
  return editor;
}

/** Plain text of hover contents (MarkdownString values joined). */
export function hoverText(hovers: vscode.Hover[]): string {
  return hovers
    .flatMap((h) => h.contents)
    .map((c) => (typeof c === 'string' ? c : 'value' in c ? c.value : ''))
    .join('\n---\n');
}

/** Closes every editor without saving (the tests edit fresh copies only). */
export async function closeAllEditors(): Promise<void> {
  // A dirty editor would ask whether to save and block the suite: revert them first.
  for (const document of vscode.workspace.textDocuments.filter((d) => d.isDirty && !d.isUntitled)) {
    await vscode.window.showTextDocument(document);
    await vscode.commands.executeCommand('workbench.action.files.revert');
  }
  await vscode.commands.executeCommand('workbench.action.closeAllEditors');
}
