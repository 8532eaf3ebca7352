import * as vscode from 'vscode';
import type { CorpusEntity, QuoteOccurrence } from '../../core/corpus/corpus-index';
import { quoteKindLabel } from '../labels';
import { shorten } from '../markdown';
import { articleLabel, revealPlace } from './places';
import type { WorkspaceCorpus } from './workspace-corpus';

export const FIND_QUOTES_COMMAND = 'newsLens.findQuotesBySpeaker';
export const QUOTE_RESULTS_VIEW_ID = 'newsLens.quoteResults';
/** Context key: the results view shows once a search was made. */
const HAS_RESULTS_KEY = 'newsLens.hasQuoteResults';

export type QuoteResultNode = { kind: 'article'; article: string; quotes: QuoteOccurrence[] } | { kind: 'quote'; hit: QuoteOccurrence };

/** The last search's quotes, grouped by article, each a link to its place. */
export class QuoteResultsProvider implements vscode.TreeDataProvider<QuoteResultNode>, vscode.Disposable {
  private readonly changeEmitter = new vscode.EventEmitter<undefined>();
  readonly onDidChangeTreeData = this.changeEmitter.event;
  private results: QuoteOccurrence[] = [];
  speaker: CorpusEntity | undefined;

  show(speaker: CorpusEntity, results: QuoteOccurrence[]): void {
    this.speaker = speaker;
    this.results = results;
    this.changeEmitter.fire(undefined);
  }

  getChildren(node?: QuoteResultNode): QuoteResultNode[] {
    if (node) return node.kind === 'article' ? node.quotes.map((hit): QuoteResultNode => ({ kind: 'quote', hit })) : [];
    const byArticle = new Map<string, QuoteOccurrence[]>();
    for (const hit of this.results) {
      const list = byArticle.get(hit.article) ?? [];
      list.push(hit);
      byArticle.set(hit.article, list);
    }
    return [...byArticle].map(([article, quotes]) => ({ kind: 'article', article, quotes }));
  }

  getTreeItem(node: QuoteResultNode): vscode.TreeItem {
    if (node.kind === 'article') {
      const { name, folder } = articleLabel(node.article);
      const item = new vscode.TreeItem(name, vscode.TreeItemCollapsibleState.Expanded);
      item.description = `${node.quotes.length}${folder ? ` · ${folder}` : ''}`;
      item.resourceUri = vscode.Uri.parse(node.article, true);
      item.iconPath = vscode.ThemeIcon.File;
      return item;
    }
    const { quote, article } = node.hit;
    const item = new vscode.TreeItem(`«${shorten(quote.text, 80)}»`, vscode.TreeItemCollapsibleState.None);
    item.description = `${quoteKindLabel(quote.kind)} · ${vscode.l10n.t('line {0}', quote.place[2] + 1)}`;
    item.tooltip = quote.text;
    item.iconPath = new vscode.ThemeIcon('quote');
    item.command = revealPlace(article, quote.place, vscode.l10n.t('Go to Quote'));
    return item;
  }

  dispose(): void {
    this.changeEmitter.dispose();
  }
}

export interface QuoteResultsApi {
  readonly provider: QuoteResultsProvider;
  readonly view: vscode.TreeView<QuoteResultNode>;
}

/**
 * News Lens: Find Quotes by Speaker…: a quick pick of the corpus's speakers (most quoted first),
 * then every quotation of the chosen one across the workspace in the Quotes by Speaker view.
 * Given an entity key (the Corpus view's context menu, tests) it skips the quick pick.
 */
export function registerQuotesBySpeaker(corpus: WorkspaceCorpus): { disposable: vscode.Disposable; api: QuoteResultsApi } {
  const provider = new QuoteResultsProvider();
  const view = vscode.window.createTreeView(QUOTE_RESULTS_VIEW_ID, { treeDataProvider: provider });
  const command = vscode.commands.registerCommand(FIND_QUOTES_COMMAND, async (arg: unknown) => {
    const key = typeof arg === 'string' ? arg : isEntityNode(arg) ? arg.entity.key : await pickSpeaker(corpus);
    const speaker = key ? corpus.index.entity(key) : undefined;
    if (!speaker) return undefined;
    const results = corpus.index.quotesBy(speaker.key);
    provider.show(speaker, results);
    view.title = vscode.l10n.t('Quotes by {0}', speaker.name);
    view.message = results.length === 0 ? vscode.l10n.t('No quotes of {0} in the workspace.', speaker.name) : undefined;
    await vscode.commands.executeCommand('setContext', HAS_RESULTS_KEY, true);
    await vscode.commands.executeCommand(`${QUOTE_RESULTS_VIEW_ID}.focus`);
    return results.length;
  });
  return { disposable: vscode.Disposable.from(command, view, provider), api: { provider, view } };
}

async function pickSpeaker(corpus: WorkspaceCorpus): Promise<string | undefined> {
  const speakers = corpus.index.entities().filter((e) => e.quotes > 0).sort((a, b) => b.quotes - a.quotes);
  if (speakers.length === 0) {
    void vscode.window.showInformationMessage(vscode.l10n.t('No quotes with a known speaker in the articles of the workspace yet.'));
    return undefined;
  }
  const picks = speakers.map((e) => ({
    label: e.name,
    description: e.otherName,
    detail: vscode.l10n.t('{0} quotes in {1} articles', e.quotes, e.articles.length),
    key: e.key,
  }));
  const chosen = await vscode.window.showQuickPick(picks, { title: vscode.l10n.t('Find Quotes by Speaker'), placeHolder: vscode.l10n.t('The name of a speaker, in any of its forms'), matchOnDescription: true });
  return chosen?.key;
}

function isEntityNode(arg: unknown): arg is { kind: 'entity'; entity: CorpusEntity } {
  return typeof arg === 'object' && arg !== null && (arg as { kind?: unknown }).kind === 'entity' && typeof (arg as { entity?: { key?: unknown } }).entity?.key === 'string';
}
