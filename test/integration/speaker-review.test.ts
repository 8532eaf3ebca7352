import * as assert from 'node:assert';
import * as vscode from 'vscode';
import { speakersToCheck } from '../../src/core/quotes/speakers-to-check';
import type { NewsLensApi } from '../../src/extension';
import { NEXT_SPEAKER_TO_CHECK, PREVIOUS_SPEAKER_TO_CHECK } from '../../src/vscode/speaker-review';
import { C, copyArticle, openArticle, spanOf, target, useWorkspaceFolder } from './annotation-helpers';
import { analysisOf, waitFor } from './util';

describe('Next / Previous Speaker to Check', () => {
  let api: NewsLensApi;
  let folder: string;
  // Inside the workspace folder: setting a speaker writes the article's .ann there.
  useWorkspaceFolder('speaker-review', (a, f) => {
    api = a;
    folder = f;
  });

  it('steps through the unsure speakers, wrapping around, and skips one the user set', async () => {
    const editor = await openArticle(api, copyArticle(folder, 'review.news', 'ar-speakers-to-check.news'));
    const document = editor.document;
    const analysis = await analysisOf(api, document);
    const toCheck = speakersToCheck(analysis.quotes).map((q) => [q.start, q.end]);
    assert.strictEqual(toCheck.length, 2, `two unsure speakers in the fixture: ${JSON.stringify(analysis.quotes.map((q) => [q.speaker?.text, q.speakerConfidence]))}`);
    const sure = analysis.quotes.find((q) => q.kind === 'speech' && (q.speakerConfidence ?? 0) >= 0.9);
    assert.ok(sure, 'and a sure one, which is never visited');
    // The quotation is selected with the caret at its start, where its hover opens.
    const selected = () => {
      assert.ok(editor.selection.active.isEqual(editor.selection.start), 'caret at the start');
      return [document.offsetAt(editor.selection.start), document.offsetAt(editor.selection.end)];
    };

    editor.selection = new vscode.Selection(0, 0, 0, 0);
    const visits: number[][] = [];
    for (const command of [NEXT_SPEAKER_TO_CHECK, NEXT_SPEAKER_TO_CHECK, NEXT_SPEAKER_TO_CHECK, PREVIOUS_SPEAKER_TO_CHECK]) {
      await vscode.commands.executeCommand(command);
      visits.push(selected());
    }
    assert.deepStrictEqual(visits, [toCheck[0], toCheck[1], toCheck[0], toCheck[1]]);

    // Setting the first one's speaker confirms it: it leaves the list.
    const speaker = spanOf(document, 'خالد المنصور');
    assert.strictEqual(await vscode.commands.executeCommand(`${C}setSpeaker`, target(document, toCheck[0][0] + 2, toCheck[0][0] + 2), speaker), true);
    await waitFor(async () => speakersToCheck((await analysisOf(api, document)).quotes).length === 1, 'the confirmed speaker no longer to check');
    editor.selection = new vscode.Selection(0, 0, 0, 0);
    await vscode.commands.executeCommand(NEXT_SPEAKER_TO_CHECK);
    assert.deepStrictEqual(selected(), toCheck[1]);
    await vscode.commands.executeCommand(PREVIOUS_SPEAKER_TO_CHECK);
    assert.deepStrictEqual(selected(), toCheck[1]);
  });
});
