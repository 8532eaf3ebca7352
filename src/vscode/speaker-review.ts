import * as vscode from 'vscode';
import { nextToCheck, speakersToCheck, type Direction } from '../core/quotes/speakers-to-check';
import { contained } from './analysis/failure-log';
import type { AnalysisServices } from './analysis/services';
import { LANGUAGE_ID } from './config';
import { toRange } from './ranges';

export const NEXT_SPEAKER_TO_CHECK = 'newsLens.nextSpeakerToCheck';
export const PREVIOUS_SPEAKER_TO_CHECK = 'newsLens.previousSpeakerToCheck';

/** How long "Speaker to check 2 of 5" stays in the status bar. */
const STATUS_MS = 4000;

/**
 * Next / Previous Speaker to Check: steps through the speech quotations whose speaker the
 * recogniser was unsure of (the labels with `؟`/`?`), as Go to Next Problem steps through
 * problems, so correcting an article's speakers starts where they are most often wrong. The
 * quotation is selected and its hover opened: it names the guess, and Quick Fix sets the speaker.
 */
export function registerSpeakerReview(services: AnalysisServices): vscode.Disposable {
  let status: vscode.Disposable | undefined;
  const go = (direction: Direction) => async (): Promise<void> => {
    const editor = vscode.window.activeTextEditor;
    if (!editor || editor.document.languageId !== LANGUAGE_ID) return;
    const document = editor.document;
    const version = document.version;
    await contained(services.failures, 'speakers to check', document, undefined, async () => {
      const analysis = await services.cache.get(document);
      // The analysis's offsets and the caret's only agree for the text it read: typing meanwhile
      // (or leaving the editor) cancels the move.
      if (!analysis || document.isClosed || document.version !== version || vscode.window.activeTextEditor !== editor) return;
      const toCheck = speakersToCheck(analysis.quotes);
      const found = nextToCheck(toCheck, document.offsetAt(editor.selection.active), direction);
      if (!found) {
        void vscode.window.showInformationMessage(vscode.l10n.t('No speaker to check in this article: every speaker is sure or confirmed.'));
        return;
      }
      const range = toRange(document, found.quote);
      editor.selection = new vscode.Selection(range.end, range.start);
      editor.revealRange(range, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
      status?.dispose();
      status = vscode.window.setStatusBarMessage(vscode.l10n.t('Speaker to check {0} of {1}', found.index + 1, toCheck.length), STATUS_MS);
      await vscode.commands.executeCommand('editor.action.showHover');
    });
  };
  return vscode.Disposable.from(
    vscode.commands.registerCommand(NEXT_SPEAKER_TO_CHECK, go('next')),
    vscode.commands.registerCommand(PREVIOUS_SPEAKER_TO_CHECK, go('previous')),
    { dispose: () => status?.dispose() },
  );
}
