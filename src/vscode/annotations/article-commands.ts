import * as vscode from 'vscode';
import { acceptAll, clearAll, isEmptySet } from '../../core/annotations';
import { annotationCommand, type AnnotationServices } from './annotation-context';
import { resolveTarget } from './target';

export const ARTICLE_COMMANDS = {
  acceptAll: 'newsLens.annotations.acceptAll',
  clear: 'newsLens.annotations.clear',
  undo: 'newsLens.annotations.undo',
  save: 'newsLens.annotations.save',
} as const;

/** Whole-article commands: accept every suggestion, clear, undo the last decision, write the `.ann` now. */
export function registerArticleCommands(services: AnnotationServices): vscode.Disposable {
  const { store } = services;
  return vscode.Disposable.from(
    vscode.commands.registerCommand(
      ARTICLE_COMMANDS.acceptAll,
      annotationCommand(services, 'Accept All Suggestions', (a) => a.decide((set) => acceptAll(set, a.analysis))),
    ),
    vscode.commands.registerCommand(
      ARTICLE_COMMANDS.clear,
      annotationCommand(services, 'Clear Annotations', async (a, confirmed) => {
        if (isEmptySet(store.setOf(a.document))) return undefined;
        if (confirmed !== true) {
          const clear = vscode.l10n.t('Clear');
          const answer = await vscode.window.showWarningMessage(
            vscode.l10n.t('Clear every annotation of this article? News Lens: Undo Annotation Change brings them back.'),
            { modal: true },
            clear,
          );
          if (answer !== clear) return undefined;
        }
        return a.decide(clearAll);
      }),
    ),
    vscode.commands.registerCommand(ARTICLE_COMMANDS.undo, async (arg?: unknown) => {
      const target = await resolveTarget(arg);
      if (!target) return false;
      const undone = store.undo(target.document);
      if (!undone) void vscode.window.setStatusBarMessage(vscode.l10n.t('News Lens: no annotation change to undo'), 3000);
      return undone;
    }),
    vscode.commands.registerCommand(ARTICLE_COMMANDS.save, async (arg?: unknown) => {
      const target = await resolveTarget(arg);
      if (!target) return undefined;
      const uri = await store.save(target.document);
      if (uri) void vscode.window.setStatusBarMessage(vscode.l10n.t('News Lens: annotations written to {0}', vscode.workspace.asRelativePath(uri)), 4000);
      return uri;
    }),
  );
}
