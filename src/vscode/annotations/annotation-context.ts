import * as vscode from 'vscode';
import type { AnnotationSet } from '../../core/annotations';
import type { Analysis } from '../../core/types';
import { contained } from '../analysis/failure-log';
import type { AnalysisServices } from '../analysis/services';
import type { AnnotationStore } from './annotation-store';
import { resolveTarget, type ResolvedTarget } from './target';
import type { WorkspaceRules } from './workspace-rules';

/** What the annotation commands and the Quick Fix menu are given. */
export interface AnnotationServices extends AnalysisServices {
  readonly store: AnnotationStore;
  readonly rules: WorkspaceRules;
}

/** A command's view of the article it acts on: the target, what the user sees, and a way to decide. */
export interface Annotating extends ResolvedTarget {
  /** The analysis as the user sees it: the recogniser's suggestions under the user's decisions. */
  analysis: Analysis;
  text: string;
  /** Applies one decision (undoable); false when it changed nothing. */
  decide(change: (set: AnnotationSet) => AnnotationSet): boolean;
}

/**
 * Wraps an annotation command: finds its target, waits for the article's `.ann` and its
 * analysis, and contains failures like every other feature. The command's result (true when
 * it changed the annotations) is what `executeCommand` returns.
 */
export function annotationCommand(
  services: AnnotationServices,
  feature: string,
  body: (a: Annotating, ...extra: unknown[]) => boolean | undefined | Promise<boolean | undefined>,
): (arg?: unknown, ...extra: unknown[]) => Promise<boolean> {
  return async (arg?: unknown, ...extra: unknown[]) => {
    const target = await resolveTarget(arg);
    if (!target) return false;
    const { document } = target;
    return contained(services.failures, feature, document, false, async () => {
      await services.store.ready(document);
      const analysis = await services.cache.get(document);
      if (!analysis) return false;
      if (!analysis.deep) {
        void vscode.window.showInformationMessage(vscode.l10n.t('This file is too large for names and quotations, so it cannot be annotated.'));
        return false;
      }
      const annotating: Annotating = {
        ...target,
        analysis,
        text: document.getText(),
        decide: (change) => services.store.change(document, change),
      };
      return (await body(annotating, ...extra)) === true;
    });
  };
}
