import * as vscode from 'vscode';
import { toArticleJson } from '../core/json';
import { contained } from './analysis/failure-log';
import type { AnalysisServices } from './analysis/services';
import { SECTION, readConfig } from './config';
import { ENTITY_VIEW_ID } from './entity-view';
import type { ArticleLanguageDetector } from './language-detection';
import { SHOW_ENTITIES_COMMAND } from './status-bar';

/** The palette commands (category "News Lens"); see `contributes.commands`. */
export function registerCommands(services: AnalysisServices, detector: ArticleLanguageDetector): vscode.Disposable {
  return vscode.Disposable.from(
    vscode.commands.registerCommand('newsLens.redetect', async () => {
      const editor = vscode.window.activeTextEditor;
      if (!editor) return;
      const { isArticle, confidence } = await detector.redetect(editor.document);
      const percent = Math.round(confidence * 100);
      void vscode.window.showInformationMessage(
        isArticle
          ? vscode.l10n.t('This file looks like a news article (detection confidence {0}%).', percent)
          : vscode.l10n.t('This file does not look like a news article (detection confidence {0}%).', percent),
      );
    }),
    vscode.commands.registerCommand('newsLens.copyAnalysisJson', async () => {
      const editor = vscode.window.activeTextEditor;
      if (!editor) return;
      const document = editor.document;
      await contained(services.failures, 'Copy Analysis as JSON', document, undefined, async () => {
        const analysis = await services.cache.get(document);
        if (!analysis) return;
        const json = toArticleJson(document.uri.path.split('/').pop() ?? '', analysis);
        await vscode.env.clipboard.writeText(JSON.stringify(json, null, 2));
        void vscode.window.showInformationMessage(vscode.l10n.t('The analysis was copied as JSON.'));
      });
    }),
    // Flips the master switch where it is set (workspace if the workspace sets it, else user settings).
    vscode.commands.registerCommand('newsLens.toggleDecorations', async () => {
      const config = vscode.workspace.getConfiguration(SECTION);
      const inspected = config.inspect<boolean>('decorations.enabled');
      const target = inspected?.workspaceValue !== undefined ? vscode.ConfigurationTarget.Workspace : vscode.ConfigurationTarget.Global;
      await config.update('decorations.enabled', !readConfig().decorations.enabled, target);
    }),
    vscode.commands.registerCommand(SHOW_ENTITIES_COMMAND, async () => {
      await vscode.commands.executeCommand(`${ENTITY_VIEW_ID}.focus`);
    }),
  );
}
