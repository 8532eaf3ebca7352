import * as vscode from 'vscode';
import { AnalysisCache } from './vscode/analysis-cache';
import { registerFolding } from './vscode/folding';
import { ArticleLanguageDetector } from './vscode/language-detection';
import { registerCommands } from './vscode/commands';
import { registerOutline } from './vscode/outline';

/** What the extension exports to tests and to other extensions. */
export interface NewsLensApi {
  readonly cache: AnalysisCache;
}

/**
 * Wires every feature to one analysis cache. Each `registerX` returns a Disposable
 * that the extension context owns, so deactivation releases everything.
 */
export function activate(context: vscode.ExtensionContext): NewsLensApi {
  const cache = new AnalysisCache();
  const detector = new ArticleLanguageDetector();
  context.subscriptions.push(
    cache,
    detector,
    registerOutline(cache),
    registerFolding(cache),
    registerCommands(cache, detector),
  );
  detector.considerOpenDocuments();
  return { cache };
}

export function deactivate(): void {
  // Everything is disposed through context.subscriptions.
}
