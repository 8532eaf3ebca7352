// Entry of the browser (Web Worker) extension host: dist/web/extension.js.
import type * as vscode from 'vscode';
import { activateNewsLens, type NewsLensApi } from './extension';
import { webWorkerSpawner } from './vscode/analysis/spawn-web';

export function activate(context: vscode.ExtensionContext): NewsLensApi {
  return activateNewsLens(context, webWorkerSpawner(context.extensionUri));
}

export function deactivate(): void {
  // Everything is disposed through context.subscriptions.
}
