import * as vscode from 'vscode';
import type { AnalysisServices } from '../analysis/services';
import { registerAnnotationActions } from './annotation-actions';
import type { AnnotationServices } from './annotation-context';
import { AnnotationDiagnostics } from './annotation-diagnostics';
import { AnnotationStore } from './annotation-store';
import { registerArticleCommands } from './article-commands';
import { registerExportCommand } from './export-command';
import { registerNameCommands } from './name-commands';
import { registerQuoteCommands } from './quote-commands';
import { WorkspaceRules } from './workspace-rules';

/** What tests and other extensions can see of the annotations. */
export interface AnnotationsApi {
  readonly store: AnnotationStore;
  readonly rules: WorkspaceRules;
  readonly diagnostics: AnnotationDiagnostics;
}

/**
 * The user's annotations: read from and written to the `.ann` beside each article, laid
 * over the analysis every other feature reads, changed through commands and Quick Fixes.
 */
export function registerAnnotations(services: AnalysisServices): { disposable: vscode.Disposable; api: AnnotationsApi } {
  const diagnostics = new AnnotationDiagnostics();
  const rules = new WorkspaceRules(services.failures, diagnostics);
  const store = new AnnotationStore(rules, diagnostics, services.failures);
  const annotationServices: AnnotationServices = { ...services, store, rules };
  const disposable = vscode.Disposable.from(
    // Disposed in this order: what uses the store first, the store and what it reads last.
    services.cache.setOverlay(store),
    registerNameCommands(annotationServices),
    registerQuoteCommands(annotationServices),
    registerArticleCommands(annotationServices),
    registerAnnotationActions(annotationServices),
    registerExportCommand(annotationServices),
    store,
    rules,
    diagnostics,
  );
  return { disposable, api: { store, rules, diagnostics } };
}
