import * as vscode from 'vscode';
import type { WorkspaceCorpus } from './workspace-corpus';

export const CANCEL_INDEXING_COMMAND = 'newsLens.corpus.cancelIndexing';
export const REINDEX_COMMAND = 'newsLens.corpus.reindex';

/**
 * The indexing progress in the status bar, shown only while a scan runs; clicking it stops the
 * scan (what was indexed stays and answers; the next start, a changed file or Re-index Workspace
 * Articles, which reads every article again, goes on). A status item rather than
 * a notification: indexing runs at every start and should not ask for attention.
 */
export function registerCorpusStatus(corpus: WorkspaceCorpus): vscode.Disposable {
  const item = vscode.window.createStatusBarItem('newsLens.corpusIndexing', vscode.StatusBarAlignment.Left, 0);
  item.name = vscode.l10n.t('News Lens Corpus Indexing');
  item.command = CANCEL_INDEXING_COMMAND;
  item.tooltip = vscode.l10n.t('News Lens is indexing the articles of the workspace in the background. Click to stop.');
  const update = () => {
    if (corpus.state !== 'indexing') return item.hide();
    const { done, total } = corpus.progress;
    item.text = `$(sync~spin) ${vscode.l10n.t('Indexing articles {0}/{1}', done, total)}`;
    item.show();
  };
  return vscode.Disposable.from(
    item,
    corpus.onDidChange(update),
    corpus.onDidChangeState(update),
    vscode.commands.registerCommand(CANCEL_INDEXING_COMMAND, () => corpus.cancel()),
    vscode.commands.registerCommand(REINDEX_COMMAND, () => corpus.rebuild()),
  );
}
