import * as vscode from 'vscode';
import type { CorpusEntity } from '../../core/corpus/corpus-index';
import type { EntryQuote } from '../../core/corpus/entry';
import type { EntityType } from '../../core/types';
import { THEME_COLORS } from '../decoration-styles';
import { ENTITY_ICONS, entityGroupLabel, quoteKindLabel } from '../labels';
import { shorten } from '../markdown';
import { articleLabel, revealPlace } from './places';
import type { WorkspaceCorpus } from './workspace-corpus';

export const CORPUS_VIEW_ID = 'newsLens.corpus';
/** A type with more entities lists its most widespread ones only: a tree of thousands helps no one. */
const MAX_ENTITIES_PER_TYPE = 500;

export type CorpusNode =
  | { kind: 'group'; type: EntityType; count: number }
  | { kind: 'entity'; entity: CorpusEntity }
  | { kind: 'article'; entity: CorpusEntity; article: string }
  | { kind: 'quote'; article: string; quote: EntryQuote };

/**
 * The Corpus view, beside the Entities view in the News Lens side bar: the workspace's
 * entities by type with their article counts, each expandable to its articles (a link to the
 * first mention in each) and its quotes (a link to each).
 */
export class CorpusTreeProvider implements vscode.TreeDataProvider<CorpusNode>, vscode.Disposable {
  private readonly changeEmitter = new vscode.EventEmitter<CorpusNode | undefined>();
  private readonly subscription: vscode.Disposable;
  readonly onDidChangeTreeData = this.changeEmitter.event;

  constructor(private readonly corpus: WorkspaceCorpus) {
    this.subscription = corpus.onDidChange(() => this.changeEmitter.fire(undefined));
  }

  getChildren(node?: CorpusNode): CorpusNode[] {
    const index = this.corpus.index;
    if (!node) {
      return (['PER', 'ORG', 'LOC', 'MISC'] as const)
        .map((type): CorpusNode => ({ kind: 'group', type, count: index.entities(type).length }))
        .filter((g) => g.kind === 'group' && g.count > 0);
    }
    switch (node.kind) {
      case 'group':
        return index.entities(node.type).slice(0, MAX_ENTITIES_PER_TYPE).map((entity) => ({ kind: 'entity', entity }));
      case 'entity':
        return [
          ...node.entity.articles.map((article): CorpusNode => ({ kind: 'article', entity: node.entity, article })),
          ...index.quotesBy(node.entity.key).map(({ article, quote }): CorpusNode => ({ kind: 'quote', article, quote })),
        ];
      default:
        return [];
    }
  }

  getTreeItem(node: CorpusNode): vscode.TreeItem {
    switch (node.kind) {
      case 'group': {
        const item = new vscode.TreeItem(entityGroupLabel(node.type), vscode.TreeItemCollapsibleState.Collapsed);
        item.description = String(node.count);
        item.iconPath = new vscode.ThemeIcon(ENTITY_ICONS[node.type], new vscode.ThemeColor(THEME_COLORS[node.type]));
        item.id = `corpus-group:${node.type}`;
        return item;
      }
      case 'entity': {
        const e = node.entity;
        const item = new vscode.TreeItem(e.name, vscode.TreeItemCollapsibleState.Collapsed);
        const counts = [vscode.l10n.t('{0} articles', e.articles.length), e.quotes > 0 ? vscode.l10n.t('{0} quotes', e.quotes) : undefined];
        // The left-to-right mark keeps the counts beside the description, not glued to an Arabic label.
        item.description = `\u200e${[e.otherName, ...counts].filter(Boolean).join(' · ')}`;
        item.tooltip = e.forms.map(([form, n]) => `${form} ×${n}`).join('\n');
        item.iconPath = new vscode.ThemeIcon(ENTITY_ICONS[e.type], new vscode.ThemeColor(THEME_COLORS[e.type]));
        item.id = `corpus-entity:${e.key}`;
        item.contextValue = e.quotes > 0 ? 'corpusSpeaker' : 'corpusEntity';
        return item;
      }
      case 'article': {
        const occurrence = this.corpus.index.entry(node.article)?.entities.find((x) => x.key === node.entity.key);
        const { name, folder } = articleLabel(node.article);
        const item = new vscode.TreeItem(name, vscode.TreeItemCollapsibleState.None);
        item.description = `\u200e${[occurrence ? `×${occurrence.mentions.length}` : undefined, folder].filter(Boolean).join(' · ')}`;
        item.resourceUri = vscode.Uri.parse(node.article, true);
        item.iconPath = vscode.ThemeIcon.File;
        const first = occurrence?.mentions[0];
        if (first) item.command = revealPlace(node.article, first, vscode.l10n.t('Go to First Mention'));
        return item;
      }
      case 'quote': {
        const item = new vscode.TreeItem(`«${shorten(node.quote.text, 60)}»`, vscode.TreeItemCollapsibleState.None);
        item.description = `${quoteKindLabel(node.quote.kind)} · ${articleLabel(node.article).name}:${node.quote.place[2] + 1}`;
        item.tooltip = node.quote.text;
        item.iconPath = new vscode.ThemeIcon('quote');
        item.command = revealPlace(node.article, node.quote.place, vscode.l10n.t('Go to Quote'));
        return item;
      }
    }
  }

  dispose(): void {
    this.subscription.dispose();
    this.changeEmitter.dispose();
  }
}

export interface CorpusViewApi {
  readonly provider: CorpusTreeProvider;
  readonly view: vscode.TreeView<CorpusNode>;
}

export function registerCorpusView(corpus: WorkspaceCorpus): { disposable: vscode.Disposable; api: CorpusViewApi } {
  const provider = new CorpusTreeProvider(corpus);
  const view = vscode.window.createTreeView(CORPUS_VIEW_ID, { treeDataProvider: provider, showCollapseAll: true });
  const describe = () => {
    const articles = corpus.index.size;
    view.description = articles === 1 ? vscode.l10n.t('1 article') : vscode.l10n.t('{0} articles', articles);
    const { done, total } = corpus.progress;
    view.message = corpus.state === 'indexing' ? vscode.l10n.t('Indexing the articles of the workspace: {0} of {1}…', done, total) : undefined;
  };
  describe();
  const subscriptions = [corpus.onDidChange(describe), corpus.onDidChangeState(describe)];
  return { disposable: vscode.Disposable.from(view, provider, ...subscriptions), api: { provider, view } };
}
