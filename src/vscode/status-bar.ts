import * as vscode from 'vscode';
import type { Analysis } from '../core/types';
import { contained } from './analysis/failure-log';
import type { AnalysisServices } from './analysis/services';
import { LANGUAGE_ID } from './config';
import { languageLabel } from './labels';

/** Recounting on every keystroke is wasted work; the counts change slowly. */
const REFRESH_DEBOUNCE_MS = 300;
export const SHOW_ENTITIES_COMMAND = 'newsLens.showEntities';

export interface StatusBarApi {
  /** The item's text, or undefined while it is hidden. */
  readonly text: string | undefined;
}

/**
 * The article's language and its counts of names and quotes, for a news-article active
 * editor only; clicking opens the Entities view.
 */
export function registerStatusBar(services: AnalysisServices): { disposable: vscode.Disposable; api: StatusBarApi } {
  const item = vscode.window.createStatusBarItem('newsLens.status', vscode.StatusBarAlignment.Right, 100);
  item.name = vscode.l10n.t('News Lens Article');
  item.command = SHOW_ENTITIES_COMMAND;
  let shown = false;
  let timer: ReturnType<typeof setTimeout> | undefined;

  const show = (document: vscode.TextDocument, analysis: Analysis) => {
    const language = languageLabel(analysis.language);
    const names = analysis.entities.length;
    const quotes = analysis.quotes.length;
    if (analysis.deep) {
      item.text = `$(book) ${language}  $(person) ${names}  $(quote) ${quotes}`;
      item.tooltip = vscode.l10n.t('News Lens — language: {0}, names: {1}, quotes: {2}. Click to show the Entities view.', language, names, quotes);
    } else if (services.cache.failureOf(document)) {
      item.text = `$(book) ${language}  $(warning)`;
      item.tooltip = vscode.l10n.t('News Lens — names and quotations could not be found in this file (see the News Lens output); its outline is shown.');
    } else {
      item.text = `$(book) ${language}  $(warning)`;
      item.tooltip = vscode.l10n.t('News Lens — this file is too large to look for names and quotations; its outline is shown.');
    }
    item.accessibilityInformation = { label: item.tooltip };
    item.show();
    shown = true;
  };
  const update = () => {
    const document = vscode.window.activeTextEditor?.document;
    if (!document || document.languageId !== LANGUAGE_ID) {
      item.hide();
      shown = false;
      return;
    }
    void contained(services.failures, 'status bar', document, undefined, async () => {
      const analysis = await services.cache.get(document);
      // Shown only if that document is still the active one when its analysis arrives.
      if (analysis && vscode.window.activeTextEditor?.document === document) show(document, analysis);
    });
  };
  const schedule = () => {
    if (timer !== undefined) clearTimeout(timer);
    timer = setTimeout(() => {
      timer = undefined;
      update();
    }, REFRESH_DEBOUNCE_MS);
  };

  const disposable = vscode.Disposable.from(
    item,
    vscode.window.onDidChangeActiveTextEditor(update),
    vscode.workspace.onDidOpenTextDocument(update),
    vscode.workspace.onDidChangeTextDocument((e) => {
      if (e.document === vscode.window.activeTextEditor?.document && e.contentChanges.length > 0) schedule();
    }),
    services.cache.onDidRevise((document) => {
      if (document === vscode.window.activeTextEditor?.document) update();
    }),
    { dispose: () => timer !== undefined && clearTimeout(timer) },
  );
  update();
  return { disposable, api: { get text() { return shown ? item.text : undefined; } } };
}
