import * as vscode from 'vscode';
import { AnalysisCache } from './vscode/analysis-cache';
import { registerCommands } from './vscode/commands';
import { registerDecorations, type DecorationsApi } from './vscode/decorations';
import { registerEntityView, type EntityViewApi } from './vscode/entity-view';
import { registerFolding } from './vscode/folding';
import { registerHovers } from './vscode/hover';
import { ArticleLanguageDetector } from './vscode/language-detection';
import { registerNavigation } from './vscode/navigation';
import { registerOutline } from './vscode/outline';
import { registerRevealRange } from './vscode/reveal';
import { registerStatusBar, type StatusBarApi } from './vscode/status-bar';

/** What the extension exports to tests and to other extensions. */
export interface NewsLensApi {
  readonly cache: AnalysisCache;
  /** What was painted per editor, and an event after each paint. */
  readonly decorations: DecorationsApi;
  /** The Entities view's provider (its items) and the view itself. */
  readonly entityView: EntityViewApi;
  readonly statusBar: StatusBarApi;
}

/**
 * Wires every feature to one analysis cache. Each `registerX` returns a Disposable
 * that the extension context owns, so deactivation releases everything.
 */
export function activate(context: vscode.ExtensionContext): NewsLensApi {
  const cache = new AnalysisCache();
  const detector = new ArticleLanguageDetector();
  const decorations = registerDecorations(cache);
  const entityView = registerEntityView(cache);
  const statusBar = registerStatusBar(cache);
  context.subscriptions.push(
    cache,
    detector,
    registerOutline(cache),
    registerFolding(cache),
    registerCommands(cache, detector),
    registerRevealRange(),
    registerHovers(cache),
    registerNavigation(cache),
    decorations.disposable,
    entityView.disposable,
    statusBar.disposable,
  );
  detector.considerOpenDocuments();
  return { cache, decorations: decorations.api, entityView: entityView.api, statusBar: statusBar.api };
}

export function deactivate(): void {
  // Everything is disposed through context.subscriptions.
}
