import * as vscode from 'vscode';
import type { Analysis, Entity, EntityType, Mention, Quote } from '../core/types';
import { contained } from './analysis/failure-log';
import type { AnalysisServices } from './analysis/services';
import { LANGUAGE_ID } from './config';
import { THEME_COLORS } from './decoration-styles';
import { definingMention, entitiesByType, quotesBy } from './entity-lookup';
import { ENTITY_ICONS, entityGroupLabel, quoteKindLabel } from './labels';
import { REVEAL_COMMAND, shorten } from './markdown';

export const ENTITY_VIEW_ID = 'newsLens.entities';
/** Context key for the view's `when`: some open editor holds an article. */
const HAS_ARTICLE_KEY = 'newsLens.hasArticle';
/** The view follows edits less eagerly than decorations: it is a list, not paint under the caret. */
const REFRESH_DEBOUNCE_MS = 300;

export type EntityNode =
  | { kind: 'group'; type: EntityType; entities: Entity[] }
  | { kind: 'entity'; entity: Entity }
  | { kind: 'mention'; entity: Entity; mention: Mention }
  | { kind: 'quote'; quote: Quote };

/** The active article's entities grouped by type, each holding its mentions and its quotes. */
export class EntityTreeProvider implements vscode.TreeDataProvider<EntityNode>, vscode.Disposable {
  private document: vscode.TextDocument | undefined;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private readonly changeEmitter = new vscode.EventEmitter<EntityNode | undefined>();
  private readonly subscriptions: vscode.Disposable[] = [];
  readonly onDidChangeTreeData = this.changeEmitter.event;

  constructor(private readonly services: AnalysisServices) {
    this.subscriptions.push(
      this.changeEmitter,
      vscode.window.onDidChangeActiveTextEditor((editor) => this.follow(editor)),
      vscode.workspace.onDidOpenTextDocument(() => this.follow(vscode.window.activeTextEditor)),
      vscode.workspace.onDidChangeTextDocument((e) => {
        if (e.document === this.document && e.contentChanges.length > 0) this.scheduleRefresh();
      }),
      vscode.workspace.onDidCloseTextDocument(() => this.updateContextKey()),
      services.cache.onDidRevise((document) => {
        if (document === this.document) this.scheduleRefresh();
      }),
    );
    this.follow(vscode.window.activeTextEditor);
  }

  /** The article the view shows, if any. */
  get current(): vscode.TextDocument | undefined {
    return this.document;
  }

  async getChildren(node?: EntityNode): Promise<EntityNode[]> {
    const document = this.document;
    if (!document || document.isClosed) return [];
    return contained(this.services.failures, 'Entities view', document, [], async () => {
      const analysis = await this.services.cache.get(document);
      return analysis ? childrenOf(analysis, node) : [];
    });
  }

  getTreeItem(node: EntityNode): vscode.TreeItem {
    const document = this.document!;
    const line = (offset: number) => vscode.l10n.t('line {0}', document.positionAt(offset).line + 1);
    switch (node.kind) {
      case 'group': {
        const item = new vscode.TreeItem(entityGroupLabel(node.type), vscode.TreeItemCollapsibleState.Expanded);
        item.description = String(node.entities.length);
        item.iconPath = new vscode.ThemeIcon(ENTITY_ICONS[node.type], new vscode.ThemeColor(THEME_COLORS[node.type]));
        item.id = `group:${node.type}`;
        return item;
      }
      case 'entity': {
        const entity = node.entity;
        const item = new vscode.TreeItem(entity.name, vscode.TreeItemCollapsibleState.Collapsed);
        // The left-to-right mark keeps the count beside the description, not glued to an Arabic label.
        item.description = `\u200e${[entity.otherName, `×${entity.mentions.length}`].filter(Boolean).join(' · ')}`;
        item.tooltip = [entity.name, entity.otherName, entity.role, entity.description].filter(Boolean).join('\n');
        item.iconPath = new vscode.ThemeIcon(ENTITY_ICONS[entity.type], new vscode.ThemeColor(THEME_COLORS[entity.type]));
        item.id = `entity:${entity.id}`; // keeps it expanded across refreshes while ids stay put
        const first = definingMention(entity);
        if (first) item.command = this.reveal(document, first, vscode.l10n.t('Go to First Mention'));
        return item;
      }
      case 'mention': {
        const item = new vscode.TreeItem(node.mention.text, vscode.TreeItemCollapsibleState.None);
        item.description = node.mention.confirmed ? `${line(node.mention.start)} · ${vscode.l10n.t('confirmed')}` : line(node.mention.start);
        item.iconPath = new vscode.ThemeIcon(node.mention.confirmed ? 'pass' : 'symbol-reference');
        item.command = this.reveal(document, node.mention, vscode.l10n.t('Go to Mention'));
        return item;
      }
      case 'quote': {
        const item = new vscode.TreeItem(`«${shorten(node.quote.text, 60)}»`, vscode.TreeItemCollapsibleState.None);
        item.description = `${quoteKindLabel(node.quote.kind)} · ${line(node.quote.start)}`;
        item.tooltip = node.quote.text;
        item.iconPath = new vscode.ThemeIcon('quote');
        item.command = this.reveal(document, node.quote, vscode.l10n.t('Go to Quote'));
        return item;
      }
    }
  }

  private reveal(document: vscode.TextDocument, span: { start: number; end: number }, title: string): vscode.Command {
    return { command: REVEAL_COMMAND, title, arguments: [document.uri.toString(), span.start, span.end] };
  }

  /** Shows the active editor's article; a non-article editor empties the view. */
  private follow(editor: vscode.TextEditor | undefined): void {
    const next = editor?.document.languageId === LANGUAGE_ID ? editor.document : undefined;
    this.updateContextKey();
    if (next === this.document) return;
    this.document = next;
    this.refresh();
  }

  private scheduleRefresh(): void {
    if (this.timer !== undefined) clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      this.timer = undefined;
      this.refresh();
    }, REFRESH_DEBOUNCE_MS);
  }

  refresh(): void {
    this.changeEmitter.fire(undefined);
  }

  private updateContextKey(): void {
    const hasArticle = vscode.workspace.textDocuments.some((d) => d.languageId === LANGUAGE_ID && !d.isClosed);
    void vscode.commands.executeCommand('setContext', HAS_ARTICLE_KEY, hasArticle);
  }

  dispose(): void {
    if (this.timer !== undefined) clearTimeout(this.timer);
    for (const s of this.subscriptions) s.dispose();
  }
}

export interface EntityViewApi {
  readonly provider: EntityTreeProvider;
  readonly view: vscode.TreeView<EntityNode>;
}

/** The "Entities" view in the News Lens activity-bar container. */
export function registerEntityView(services: AnalysisServices): { disposable: vscode.Disposable; api: EntityViewApi } {
  const provider = new EntityTreeProvider(services);
  const view = vscode.window.createTreeView(ENTITY_VIEW_ID, { treeDataProvider: provider, showCollapseAll: true });
  return { disposable: vscode.Disposable.from(view, provider), api: { provider, view } };
}

/** The view's tree: types at the top, their entities, then each entity's mentions and quotes. */
function childrenOf(analysis: Analysis, node: EntityNode | undefined): EntityNode[] {
  if (!node) return [...entitiesByType(analysis)].map(([type, entities]) => ({ kind: 'group', type, entities }));
  switch (node.kind) {
    case 'group':
      return node.entities.map((entity) => ({ kind: 'entity', entity }));
    case 'entity': {
      const mentions = [...node.entity.mentions].sort((a, b) => a.start - b.start);
      return [
        ...mentions.map((mention): EntityNode => ({ kind: 'mention', entity: node.entity, mention })),
        ...quotesBy(analysis, node.entity).map((quote): EntityNode => ({ kind: 'quote', quote })),
      ];
    }
    default:
      return [];
  }
}
