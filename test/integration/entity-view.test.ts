import * as assert from 'node:assert';
import * as vscode from 'vscode';
import type { NewsLensApi } from '../../src/extension';
import type { EntityNode } from '../../src/vscode/entity-view';
import { closeAllEditors, showArticle } from './article-helpers';
import { activateExtension, analysisOf, fixtureUri, freshCopy, waitFor } from './util';

const label = (item: vscode.TreeItem) => (typeof item.label === 'string' ? item.label : item.label?.label ?? '');

describe('Entities view and status bar', () => {
  let api: NewsLensApi;
  before(async () => {
    api = await activateExtension();
  });
  afterEach(closeAllEditors);

  it('lists the active article entities grouped by type, with counts', async () => {
    const editor = await showArticle(api);
    const { provider } = api.entityView!;
    await waitFor(() => provider.current === editor.document, 'the view follows the article');
    const analysis = (await analysisOf(api, editor.document));
    const groups = await provider.getChildren();
    assert.deepStrictEqual(
      groups.map((g) => (g.kind === 'group' ? [g.type, provider.getTreeItem(g).description] : [])),
      (['PER', 'ORG', 'LOC', 'MISC'] as const)
        .map((t) => [t, String(analysis.entities.filter((e) => e.type === t).length)])
        .filter(([, n]) => n !== '0'),
    );
    assert.strictEqual(label(provider.getTreeItem(groups[0])), 'People');
    const people = (await provider.getChildren(groups[0])).map((n) => label(provider.getTreeItem(n)));
    assert.ok(people.some((p) => p.includes('بوتين')), people.join(', '));
  });

  it('expands an entity to its mentions and quotes, and reveals them on click', async () => {
    const editor = await showArticle(api);
    const { provider } = api.entityView!;
    await waitFor(() => provider.current === editor.document, 'the view follows the article');
    const people = await provider.getChildren((await provider.getChildren())[0]);
    let speaker: Extract<EntityNode, { kind: 'entity' }> | undefined;
    for (const n of people) if (!speaker && n.kind === 'entity' && (await provider.getChildren(n)).some((c) => c.kind === 'quote')) speaker = n;
    assert.ok(speaker, 'a person with quotes');
    const children = await provider.getChildren(speaker);
    assert.strictEqual(children.filter((c) => c.kind === 'mention').length, speaker.entity.mentions.length);
    const quoteNode = children.find((c): c is Extract<EntityNode, { kind: 'quote' }> => c.kind === 'quote')!;
    const command = provider.getTreeItem(quoteNode).command!;
    await vscode.commands.executeCommand(command.command, ...(command.arguments ?? []));
    const active = vscode.window.activeTextEditor!;
    assert.strictEqual(active.document.getText(active.selection), quoteNode.quote.text);
  });

  it('follows the active editor and updates with edits', async () => {
    const { provider } = api.entityView!;
    const english = await vscode.workspace.openTextDocument(fixtureUri('articles', 'en-london-reuters.txt'));
    const article = await vscode.languages.setTextDocumentLanguage(english, 'news-article');
    await vscode.window.showTextDocument(article);
    await waitFor(() => provider.current === article, 'the view follows the English article');
    assert.ok((await provider.getChildren()).length > 0);

    const editor = await showArticle(api, freshCopy('articles/ar-summit-seedlike.news', 'view-edits.news'));
    await waitFor(() => provider.current === editor.document, 'the view follows the Arabic article');
    const mentionCount = async () => {
      let n = 0;
      for (const g of await provider.getChildren()) for (const e of await provider.getChildren(g)) n += e.kind === 'entity' ? e.entity.mentions.length : 0;
      return n;
    };
    const before = await mentionCount();
    const changed = new Promise<void>((resolve) => {
      const sub = provider.onDidChangeTreeData(() => {
        sub.dispose();
        resolve();
      });
    });
    const lead = editor.document.lineAt(0).text;
    await editor.edit((b) => b.insert(editor.document.positionAt(editor.document.getText().length), `\n${lead}\n`));
    await changed;
    const after = await mentionCount();
    assert.ok(after > before, `${after} mentions after the edit, ${before} before`);
  });

  it('shows the language and the counts in the status bar, only for articles', async () => {
    const editor = await showArticle(api);
    const analysis = (await analysisOf(api, editor.document));
    const text = await waitFor(() => api.statusBar!.text, 'the status bar item');
    assert.strictEqual(text, `$(book) Arabic  $(person) ${analysis.entities.length}  $(quote) ${analysis.quotes.length}`);
    await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(fixtureUri('not-articles', 'results.csv')));
    await waitFor(() => api.statusBar!.text === undefined, 'the item hidden for a non-article');
  });

  it('opens the Entities view from the status bar command', async () => {
    await showArticle(api);
    await vscode.commands.executeCommand('newsLens.showEntities');
    await waitFor(() => api.entityView!.view.visible, 'the Entities view visible');
  });
});
