import * as vscode from 'vscode';
import { AnalysisCache } from './vscode/analysis/analysis-cache';
import { registerAnnotations, type AnnotationsApi } from './vscode/annotations/register';
import { FailureLog } from './vscode/analysis/failure-log';
import type { AnalysisServices } from './vscode/analysis/services';
import { AnalysisWorkerClient, type SpawnWorker } from './vscode/analysis/worker-client';
import { registerCommands } from './vscode/commands';
import type { FileAccess } from './vscode/corpus/file-access';
import { registerCorpus, type CorpusApi } from './vscode/corpus/register-corpus';
import { registerDecorations, type DecorationsApi } from './vscode/decorations';
import { registerEntityView, type EntityViewApi } from './vscode/entity-view';
import { registerFolding } from './vscode/folding';
import { registerHovers } from './vscode/hover';
import { ArticleLanguageDetector } from './vscode/language-detection';
import { registerNavigation } from './vscode/navigation';
import { registerOutline } from './vscode/outline';
import { registerRevealRange } from './vscode/reveal';
import { registerSpeakerReview } from './vscode/speaker-review';
import { registerStatusBar, type StatusBarApi } from './vscode/status-bar';

/** What the extension exports to tests and to other extensions. */
export interface NewsLensApi {
  readonly cache: AnalysisCache;
  /** Where features report their failures (one line each in the News Lens output). */
  readonly failures: FailureLog;
  /** What was painted per editor, and an event after each paint. */
  readonly decorations: DecorationsApi | undefined;
  /** The Entities view's provider (its items) and the view itself. */
  readonly entityView: EntityViewApi | undefined;
  readonly statusBar: StatusBarApi | undefined;
  /** The user's annotations of each article, their workspace rules and their problems. */
  readonly annotations: AnnotationsApi | undefined;
  /** The workspace corpus index, the Corpus view and the quotes-by-speaker results. */
  readonly corpus: CorpusApi | undefined;
}

/**
 * Wires every feature to one analysis cache fed by one worker. Nothing here reads a
 * document's content: detection of open documents is deferred until activation is done.
 * Each feature is registered on its own, its Disposable handed to the extension context at
 * once, so a feature that fails to start is reported and the others still run, and
 * deactivation releases everything that was created.
 */
export function activateNewsLens(context: vscode.ExtensionContext, spawnWorker: SpawnWorker, files?: FileAccess): NewsLensApi {
  const failures = new FailureLog();
  const worker = new AnalysisWorkerClient(spawnWorker);
  const cache = new AnalysisCache(worker, failures);
  context.subscriptions.push(failures, { dispose: () => worker.dispose() }, cache);
  const services: AnalysisServices = { cache, failures };

  /** Registers one feature; a throw is reported and leaves the others running. */
  const start = <T extends { disposable: vscode.Disposable }>(feature: string, register: () => T): T | undefined => {
    try {
      const result = register();
      context.subscriptions.push(result.disposable);
      return result;
    } catch (err) {
      failures.report(`starting ${feature}`, err);
      return undefined;
    }
  };
  const only = (disposable: vscode.Disposable) => ({ disposable });

  const detector = start('article detection', () => {
    const d = new ArticleLanguageDetector(failures);
    return { disposable: d, detector: d };
  })?.detector;
  // Before the features that read analyses, so the first ones they get carry the user's decisions.
  const annotations = start('annotations', () => registerAnnotations(services));
  start('outline', () => only(registerOutline(services)));
  start('folding', () => only(registerFolding(services)));
  // Before the hovers: VS Code shows the hover of the provider registered last first, and the
  // corpus's "in N other articles" line belongs under the name's card.
  const corpus = start('corpus index', () => registerCorpus(services, spawnWorker, context, files));
  start('hovers', () => only(registerHovers(services)));
  start('navigation', () => only(registerNavigation(services)));
  start('reveal command', () => only(registerRevealRange()));
  start('speakers to check', () => only(registerSpeakerReview(services)));
  if (detector) start('commands', () => only(registerCommands(services, detector)));
  const decorations = start('decorations', () => registerDecorations(services));
  const entityView = start('Entities view', () => registerEntityView(services));
  const statusBar = start('status bar', () => registerStatusBar(services));

  // Looking at the documents already open is the first content-dependent step: it runs after
  // activation returned, and each document's failure is its own.
  if (detector) setTimeout(() => detector.considerOpenDocuments(), 0);
  return { cache, failures, decorations: decorations?.api, entityView: entityView?.api, statusBar: statusBar?.api, annotations: annotations?.api, corpus: corpus?.api };
}
