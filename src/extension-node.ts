// Entry of the desktop (Node) extension host: dist/extension.js.
import type * as vscode from 'vscode';
import { activateNewsLens, type NewsLensApi } from './extension';
import { nodeWorkerSpawner } from './vscode/analysis/spawn-node';
import { nodeFiles } from './vscode/corpus/file-access-node';

export function activate(context: vscode.ExtensionContext): NewsLensApi {
  return activateNewsLens(context, nodeWorkerSpawner(context.extensionUri), nodeFiles);
}

export function deactivate(): void {
  // Everything is disposed through context.subscriptions.
}
