import * as vscode from 'vscode';
import { REVEAL_COMMAND } from './markdown';

/**
 * `newsLens.revealRange(uri, start, end)`: opens the document and selects [start, end)
 * (UTF-16 offsets). Hover links and the entity view call it with arguments we produce;
 * it checks them anyway, since any command link or extension can run it.
 */
export function registerRevealRange(): vscode.Disposable {
  return vscode.commands.registerCommand(REVEAL_COMMAND, async (uri: unknown, start: unknown, end: unknown) => {
    if (typeof uri !== 'string' || !isOffset(start) || !isOffset(end) || end < start) return undefined;
    const document = await vscode.workspace.openTextDocument(vscode.Uri.parse(uri, true));
    const range = new vscode.Range(document.positionAt(start), document.positionAt(end));
    const editor = await vscode.window.showTextDocument(document, { selection: range, preserveFocus: false });
    editor.revealRange(range, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
    return editor;
  });
}

function isOffset(value: unknown): value is number {
  return typeof value === 'number' && Number.isInteger(value) && value >= 0;
}
