import * as assert from 'node:assert';
import * as vscode from 'vscode';
import type { NewsLensApi } from '../../src/extension';
import { definingMention } from '../../src/vscode/entity-lookup';
import { SEED, closeAllEditors, entityMentioned, showArticle } from './article-helpers';
import { activateExtension, fixtureUri } from './util';

const span = (document: vscode.TextDocument, range: vscode.Range) => [document.offsetAt(range.start), document.offsetAt(range.end)];

describe('Navigation between mentions', () => {
  let api: NewsLensApi;
  let document: vscode.TextDocument;
  const uri = fixtureUri(...SEED);
  before(async () => {
    api = await activateExtension();
    document = (await showArticle(api, uri)).document;
  });
  after(closeAllEditors);

  /** شي: mentioned in full in the lead (شي جين بينغ) and alone later on. */
  async function xi() {
    const later = await entityMentioned(api, document, 'شي', document.getText().indexOf('وقال شي'));
    const mentions = [...later.entity.mentions].sort((a, b) => a.start - b.start).map((m) => [m.start, m.end]);
    return { ...later, mentions };
  }

  it('highlights every mention of the entity under the cursor', async () => {
    const { start, mentions } = await xi();
    const highlights = await vscode.commands.executeCommand<vscode.DocumentHighlight[]>('vscode.executeDocumentHighlights', uri, document.positionAt(start + 1));
    assert.deepStrictEqual(highlights.map((h) => span(document, h.range)).sort((a, b) => a[0] - b[0]), mentions);
    assert.ok(mentions.length >= 2, 'شي is mentioned more than once');
  });

  it('finds all references of a name', async () => {
    const { start, mentions } = await xi();
    const locations = await vscode.commands.executeCommand<vscode.Location[]>('vscode.executeReferenceProvider', uri, document.positionAt(start));
    assert.deepStrictEqual(locations.map((l) => span(document, l.range)).sort((a, b) => a[0] - b[0]), mentions);
    assert.ok(locations.every((l) => l.uri.toString() === uri.toString()));
  });

  it('goes to the definition: the first mention written in full', async () => {
    const { start, entity } = await xi();
    const defining = definingMention(entity)!;
    assert.strictEqual(defining.text, 'شي جين بينغ');
    const targets = await vscode.commands.executeCommand<(vscode.Location | vscode.LocationLink)[]>('vscode.executeDefinitionProvider', uri, document.positionAt(start + 1));
    const ranges = targets.map((t) => ('targetRange' in t ? t.targetRange : t.range));
    assert.deepStrictEqual(ranges.map((r) => span(document, r)), [[defining.start, defining.end]]);
  });

  it('offers nothing away from names, and no rename', async () => {
    const offset = document.getText().indexOf('مؤتمر صحافي');
    const highlights = await vscode.commands.executeCommand<vscode.DocumentHighlight[]>('vscode.executeDocumentHighlights', uri, document.positionAt(offset));
    // VS Code adds its own word-based (Text) highlights when no provider answers; ours are Read/Write.
    assert.ok((highlights ?? []).every((h) => h.kind === vscode.DocumentHighlightKind.Text), JSON.stringify(highlights));
    const { start } = await xi();
    const rename = await Promise.resolve(
      vscode.commands.executeCommand<vscode.WorkspaceEdit | undefined>('vscode.executeDocumentRenameProvider', uri, document.positionAt(start), 'X'),
    ).then((edit) => edit, (err: unknown) => err);
    assert.ok(rename === undefined || rename instanceof Error || (rename instanceof vscode.WorkspaceEdit && rename.size === 0), `unexpected rename: ${String(rename)}`);
  });
});
