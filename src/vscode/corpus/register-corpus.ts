import * as vscode from 'vscode';
import type { AnalysisServices } from '../analysis/services';
import type { SpawnWorker } from '../analysis/worker-client';
import { registerArticleList } from './article-list';
import type { FileAccess } from './file-access';
import { onIndexSettingsChange } from './corpus-config';
import { registerCorpusHover } from './corpus-hover';
import { registerCorpusReferences } from './corpus-references';
import { registerCorpusStatus } from './corpus-status';
import { registerCorpusSymbols } from './corpus-symbols';
import { registerCorpusView, type CorpusViewApi } from './corpus-view';
import { registerQuotesBySpeaker, type QuoteResultsApi } from './quotes-by-speaker';
import { WorkspaceCorpus } from './workspace-corpus';

export interface CorpusApi {
  readonly corpus: WorkspaceCorpus;
  readonly view: CorpusViewApi;
  readonly quoteResults: QuoteResultsApi;
}

/**
 * The workspace corpus and the features reading it: Ctrl+T, references in other articles, the
 * hover's "in N other articles", the Corpus view and Find Quotes by Speaker. The index is built
 * after activation returned, in a worker of its own started from the same bundle.
 */
export function registerCorpus(services: AnalysisServices, spawnWorker: SpawnWorker, context: vscode.ExtensionContext, files?: FileAccess): { disposable: vscode.Disposable; api: CorpusApi } {
  const version = (context.extension.packageJSON as { version?: unknown }).version;
  const corpus = new WorkspaceCorpus(spawnWorker, context.storageUri, services.failures, typeof version === 'string' ? version : undefined, files);
  const view = registerCorpusView(corpus);
  const quoteResults = registerQuotesBySpeaker(corpus);
  const timer = setTimeout(() => void corpus.start(), 0);
  const disposable = vscode.Disposable.from(
    { dispose: () => clearTimeout(timer) },
    corpus,
    view.disposable,
    quoteResults.disposable,
    registerCorpusStatus(corpus),
    registerCorpusSymbols(corpus),
    registerCorpusReferences(services, corpus),
    registerCorpusHover(services, corpus),
    registerArticleList(corpus),
    onIndexSettingsChange(() => void corpus.rescan()),
  );
  return { disposable, api: { corpus, view: view.api, quoteResults: quoteResults.api } };
}
