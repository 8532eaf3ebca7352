import * as assert from 'node:assert';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import * as vscode from 'vscode';
import { corpusArticle } from '../../scripts/bench/corpus';
import type { NewsLensApi } from '../../src/extension';
import type { CorpusNode } from '../../src/vscode/corpus/corpus-view';
import { FIND_QUOTES_COMMAND } from '../../src/vscode/corpus/quotes-by-speaker';
import { WorkspaceCorpus } from '../../src/vscode/corpus/workspace-corpus';
import { closeAllEditors, hoverText } from './article-helpers';
import { activateExtension, waitFor } from './util';

const ARTICLES = 12;
const PUTIN = 'PER:vladimir putin';
const label = (item: vscode.TreeItem) => (typeof item.label === 'string' ? item.label : item.label?.label ?? '');

/**
 * The workspace corpus in the real host: a folder of generated articles written into the test
 * workspace (and removed after), indexed in the background; Ctrl+T, references in other
 * articles, the hover, the Corpus view, quotes by speaker and re-indexing after changes on disk.
 */
describe('Workspace corpus', function () {
  this.timeout(120_000);
  let api: NewsLensApi;
  let folder: string;
  const uriOf = (name: string) => vscode.Uri.file(join(folder, name)).toString();
  const indexed = (name: string) => api.corpus!.corpus.index.has(uriOf(name));

  before(async () => {
    api = await activateExtension();
    folder = join(vscode.workspace.workspaceFolders![0].uri.fsPath, `corpus-test-${process.pid}`);
    mkdirSync(folder, { recursive: true });
    for (let i = 0; i < ARTICLES; i++) {
      const article = corpusArticle(i);
      // One English article as plain text: indexed because detection takes it for an article.
      writeFileSync(join(folder, i === 2 ? article.name.replace('.news', '.txt') : article.name), article.text);
    }
    writeFileSync(join(folder, 'notes.txt'), 'shopping list\n- eggs\n- milk\n');
    await waitFor(() => [...Array(ARTICLES).keys()].every((i) => indexed(i === 2 ? 'en-00002.txt' : corpusArticle(i).name)), 'every generated article indexed', 60_000);
  });

  after(async () => {
    await closeAllEditors();
    rmSync(folder, { recursive: true, force: true });
    // Later suites expect references in the open article only: wait until the index forgot the folder.
    await waitFor(() => !api.corpus!.corpus.index.articleIds().some((a) => a.includes('corpus-test-')), 'the removed folder forgotten', 30_000);
  });

  it('leaves out a text file that is not an article', () => {
    assert.strictEqual(indexed('notes.txt'), false);
    assert.strictEqual(indexed('en-00002.txt'), true);
  });

  const symbolQueries: Array<[string, string]> = [
    ['an Arabic short form', 'بوتين'],
    ['an Arabic form with a clitic', 'وبوتين'],
    ['the English name, lower case', 'putin'],
    ['the full English name', 'Vladimir Putin'],
  ];
  for (const [name, query] of symbolQueries) {
    it(`Ctrl+T finds a person by ${name}`, async () => {
      const symbols = await vscode.commands.executeCommand<vscode.SymbolInformation[]>('vscode.executeWorkspaceSymbolProvider', query);
      const putin = symbols.find((s) => s.containerName.includes('Vladimir Putin') || s.name.includes('Vladimir Putin'));
      assert.ok(putin, symbols.map((s) => s.name).join(', '));
      assert.ok(putin.location.uri.fsPath.startsWith(folder), putin.location.uri.fsPath);
      const document = await vscode.workspace.openTextDocument(putin.location.uri);
      assert.match(document.getText(putin.location.range), /بوتين|Putin/);
    });
  }

  it('Ctrl+T finds an Arabic place written with a bare alef', async () => {
    const symbols = await vscode.commands.executeCommand<vscode.SymbolInformation[]>('vscode.executeWorkspaceSymbolProvider', 'انقرة');
    assert.ok(symbols.some((s) => s.kind === vscode.SymbolKind.Namespace && /أنقرة|Ankara/.test(s.name + s.containerName)), symbols.map((s) => s.name).join(', '));
  });

  it('Find All References on a name lists its mentions in the other articles too', async () => {
    const uri = vscode.Uri.parse(uriOf('ar-00000.news'));
    const document = await vscode.workspace.openTextDocument(uri);
    await vscode.window.showTextDocument(document);
    const at = document.positionAt(document.getText().indexOf('بوتين'));
    const locations = await vscode.commands.executeCommand<vscode.Location[]>('vscode.executeReferenceProvider', uri, at);
    const files = new Set(locations.map((l) => l.uri.toString()));
    const expected = api.corpus!.corpus.index.entity(PUTIN)!.articles;
    assert.deepStrictEqual([...files].sort(), [...expected].sort());
    // Each location in another article is on a written form of the name (Arabic or English).
    for (const l of locations.filter((x) => x.uri.toString() !== uri.toString()).slice(0, 5)) {
      const other = await vscode.workspace.openTextDocument(l.uri);
      assert.match(other.getText(l.range), /بوتين|Putin|الرئيس الروسي|Russian President/);
    }
  });

  it('the hover on a name says in how many other articles it is', async () => {
    const uri = vscode.Uri.parse(uriOf('ar-00000.news'));
    const document = await vscode.workspace.openTextDocument(uri);
    const at = document.positionAt(document.getText().indexOf('بوتين') + 1);
    const others = api.corpus!.corpus.index.entity(PUTIN)!.articles.length - 1;
    await waitFor(async () => hoverText(await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', uri, at)).includes(`In ${others} other articles`), 'the corpus line in the hover');
    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', uri, at);
    assert.match(hoverText(hovers), /command:newsLens\.corpus\.showArticles\?/);
  });

  it('the Corpus view lists entities by type with article counts, expandable to articles and quotes', async () => {
    const { provider } = api.corpus!.view;
    const groups = provider.getChildren();
    const people = groups.find((g): g is Extract<CorpusNode, { kind: 'group' }> => g.kind === 'group' && g.type === 'PER');
    assert.ok(people, 'a People group');
    assert.strictEqual(label(provider.getTreeItem(people)), 'People');
    const putin = provider.getChildren(people).find((n): n is Extract<CorpusNode, { kind: 'entity' }> => n.kind === 'entity' && n.entity.key === PUTIN);
    assert.ok(putin, 'Putin in the People group');
    const articleCount = api.corpus!.corpus.index.entity(PUTIN)!.articles.length;
    assert.ok(String(provider.getTreeItem(putin).description).includes(`${articleCount} articles`));
    const children = provider.getChildren(putin);
    assert.strictEqual(children.filter((c) => c.kind === 'article').length, articleCount);
    const quote = children.find((c): c is Extract<CorpusNode, { kind: 'quote' }> => c.kind === 'quote');
    assert.ok(quote, 'a quote of Putin');
    const command = provider.getTreeItem(quote).command!;
    await vscode.commands.executeCommand(command.command, ...(command.arguments ?? []));
    const active = vscode.window.activeTextEditor!;
    assert.strictEqual(active.document.uri.toString(), quote.article);
    assert.ok(quote.quote.text.startsWith(active.document.getText(active.selection).slice(0, 20)));
  });

  it('Find Quotes by Speaker lists every quote of the entity across the workspace', async () => {
    const count = await vscode.commands.executeCommand<number>(FIND_QUOTES_COMMAND, PUTIN);
    const { provider } = api.corpus!.quoteResults;
    const articles = provider.getChildren();
    const quotes = articles.flatMap((a) => provider.getChildren(a));
    assert.strictEqual(quotes.length, count);
    assert.strictEqual(count, api.corpus!.corpus.index.entity(PUTIN)!.quotes);
    assert.ok(articles.length >= 3, `quotes from ${articles.length} articles`);
    assert.ok(quotes.every((q) => provider.getTreeItem(q).command?.command === 'newsLens.revealRange'));
  });

  it('leaves out what search.exclude excludes and files over the size limit, and takes them back', async () => {
    const corpus = api.corpus!.corpus;
    const search = vscode.workspace.getConfiguration('search');
    const name = folder.split('/').pop()!;
    const ours = () => corpus.index.articleIds().filter((a) => a.includes(name)).length;
    try {
      await search.update('exclude', { [`**/${name}/en-*`]: true }, vscode.ConfigurationTarget.Global);
      await waitFor(() => corpus.state === 'idle' && !corpus.index.articleIds().some((a) => a.includes(`${name}/en-`)) && ours() > 0, 'the English articles excluded', 30_000);
      await vscode.workspace.getConfiguration('newsLens').update('corpus.maxFileSizeKB', 1, vscode.ConfigurationTarget.Global);
      // The Arabic articles are over 1 KB, so nothing of ours is left.
      await waitFor(() => corpus.state === 'idle' && ours() === 0, 'the articles over 1 KB left out', 30_000);
    } finally {
      await search.update('exclude', undefined, vscode.ConfigurationTarget.Global);
      await vscode.workspace.getConfiguration('newsLens').update('corpus.maxFileSizeKB', undefined, vscode.ConfigurationTarget.Global);
    }
    await waitFor(() => ours() === ARTICLES, 'every article back', 60_000);
  });

  it('keeps the index in the workspace storage: a new start reads it and analyses only what changed', async () => {
    const corpus = api.corpus!.corpus;
    await corpus.whenIdle();
    await corpus.save();
    writeFileSync(join(folder, 'ar-00003.news'), corpusArticle(3).text + '\nوقال بوتين إن الحوار مستمر.\n');
    const analysed: number[] = [];
    // A worker that cannot start: any article the new start analyses fails, and is counted.
    const reopened = new WorkspaceCorpus(() => {
      analysed.push(1);
      throw new Error('no worker in this test');
    }, corpus.storage, api.failures, corpus.analyser, corpus.files);
    try {
      await reopened.start();
      assert.deepStrictEqual(reopened.index.articleIds().filter((a) => a.includes(folder.split('/').pop()!)).length, ARTICLES - 1, `analysed ${analysed.length}, indexed ${reopened.index.size}, saved ${corpus.index.size}`);
      assert.strictEqual(reopened.index.has(uriOf('ar-00003.news')), false, 'the changed file was analysed again (and failed here)');
      assert.strictEqual(analysed.length, 1);
    } finally {
      reopened.dispose();
    }
  });

  it('re-indexes a file changed on disk, a new one and a deleted one, and only those', async () => {
    const corpus = api.corpus!.corpus;
    const before = corpus.index.entry(uriOf('ar-00001.news'));
    const changed = corpusArticle(0).text.replace(/فلاديمير بوتين/g, 'إيمانويل ماكرون').replace(/بوتين/g, 'ماكرون');
    writeFileSync(join(folder, 'ar-00000.news'), changed);
    writeFileSync(join(folder, 'ar-99999.news'), corpusArticle(3).text);
    rmSync(join(folder, 'ar-00004.news'));
    await waitFor(() => {
      const names = corpus.index.entry(uriOf('ar-00000.news'))?.entities.map((e) => e.key) ?? [];
      return !names.includes(PUTIN) && names.includes('PER:emmanuel macron') && indexed('ar-99999.news') && !indexed('ar-00004.news');
    }, 'the changes indexed', 30_000);
    // An unchanged file keeps its entry object: it was not read again.
    assert.strictEqual(corpus.index.entry(uriOf('ar-00001.news')), before);
  });
});
