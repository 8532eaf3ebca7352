import * as vscode from 'vscode';
import { identityKey } from '../../core/corpus/keys';
import { answerFromAnalysis, type AnalysisServices } from '../analysis/services';
import { LANGUAGE_ID } from '../config';
import { entityAt } from '../entity-lookup';
import { escapeMarkdown } from '../markdown';
import { toRange } from '../ranges';
import { SHOW_ARTICLES_COMMAND } from './article-list';
import type { WorkspaceCorpus } from './workspace-corpus';

/**
 * A second hover on names: "in N other articles", linked to the list of them. A hover of its
 * own (VS Code shows it under the name's card), trusted for the list command only; its text
 * is ours and the command's arguments are encoded, never read as Markdown.
 */
export function registerCorpusHover(services: AnalysisServices, corpus: WorkspaceCorpus): vscode.Disposable {
  return vscode.languages.registerHoverProvider(
    { language: LANGUAGE_ID },
    {
      provideHover(document, position, token) {
        return answerFromAnalysis(services, 'corpus hover', document, token, undefined, (analysis) => {
          const hit = entityAt(analysis, document.offsetAt(position));
          if (!hit) return undefined;
          const here = document.uri.toString();
          const key = identityKey(hit.entity.type, hit.entity.name, hit.entity.otherName);
          const others = corpus.index.entity(key)?.articles.filter((a) => a !== here).length ?? 0;
          if (others === 0) return undefined;
          return new vscode.Hover(otherArticlesCard(key, here, others), toRange(document, hit.span));
        });
      },
    },
  );
}

export function otherArticlesCard(key: string, here: string, count: number): vscode.MarkdownString {
  const md = new vscode.MarkdownString('', false);
  md.isTrusted = { enabledCommands: [SHOW_ARTICLES_COMMAND] };
  md.supportHtml = false;
  const args = encodeURIComponent(JSON.stringify([key, here]));
  const text = count === 1 ? vscode.l10n.t('In 1 other article') : vscode.l10n.t('In {0} other articles', count);
  md.appendMarkdown(`$(library) [${escapeMarkdown(text)}](command:${SHOW_ARTICLES_COMMAND}?${args})`);
  md.supportThemeIcons = true;
  return md;
}
