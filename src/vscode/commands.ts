import * as vscode from 'vscode';
import { toArticleJson } from '../core/json';
import type { AnalysisCache } from './analysis-cache';
import type { ArticleLanguageDetector } from './language-detection';

/** The palette commands (category "News Lens"); see `contributes.commands`. */
export function registerCommands(cache: AnalysisCache, detector: ArticleLanguageDetector): vscode.Disposable {
  return vscode.Disposable.from(
    vscode.commands.registerCommand('newsLens.redetect', async () => {
      const editor = vscode.window.activeTextEditor;
      if (!editor) return;
      const isArticle = await detector.redetect(editor.document);
      if (!isArticle) void vscode.window.showInformationMessage(vscode.l10n.t('This file does not look like a news article.'));
    }),
    vscode.commands.registerCommand('newsLens.copyAnalysisJson', async () => {
      const editor = vscode.window.activeTextEditor;
      if (!editor) return;
      const json = toArticleJson(editor.document.uri.path.split('/').pop() ?? '', cache.get(editor.document));
      await vscode.env.clipboard.writeText(JSON.stringify(json, null, 2));
      void vscode.window.showInformationMessage(vscode.l10n.t('The analysis was copied as JSON.'));
    }),
  );
}
