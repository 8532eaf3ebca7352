import * as vscode from 'vscode';
import type { WorkspaceCorpus } from './workspace-corpus';
import { articleLabel, revealPlace } from './places';

/** `newsLens.corpus.showArticles(entityKey, exceptArticle?)`: a quick pick of the articles naming an entity. */
export const SHOW_ARTICLES_COMMAND = 'newsLens.corpus.showArticles';

interface ArticlePick extends vscode.QuickPickItem {
  open: vscode.Command;
}

/**
 * Lists the articles that name an entity (the hover's "in N other articles" link runs it);
 * picking one opens it at the entity's first mention. Any command link could call it, so
 * its arguments are checked.
 */
export function registerArticleList(corpus: WorkspaceCorpus): vscode.Disposable {
  return vscode.commands.registerCommand(SHOW_ARTICLES_COMMAND, async (key: unknown, except: unknown) => {
    if (typeof key !== 'string') return undefined;
    const entity = corpus.index.entity(key);
    if (!entity) return undefined;
    const picks: ArticlePick[] = corpus.index
      .occurrences(key)
      .filter((o) => o.article !== except && o.entity.mentions.length > 0)
      .map((o) => {
        const { name, folder } = articleLabel(o.article);
        return {
          label: name,
          description: folder,
          detail: vscode.l10n.t('{0} mentions, {1} quotes', o.entity.mentions.length, o.entity.quotes),
          open: revealPlace(o.article, o.entity.mentions[0], vscode.l10n.t('Go to First Mention')),
        };
      });
    const chosen = await vscode.window.showQuickPick(picks, {
      title: vscode.l10n.t('Articles naming {0}', entity.name),
      matchOnDescription: true,
    });
    if (chosen) await vscode.commands.executeCommand(chosen.open.command, ...(chosen.open.arguments ?? []));
    return chosen?.label;
  });
}
