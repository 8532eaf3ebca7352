import * as assert from 'node:assert';
import * as vscode from 'vscode';
import { activateExtension, fixtureUri, waitFor } from './util';

async function symbolsOf(uri: vscode.Uri): Promise<vscode.DocumentSymbol[]> {
  return waitFor(async () => {
    const symbols = await vscode.commands.executeCommand<vscode.DocumentSymbol[]>('vscode.executeDocumentSymbolProvider', uri);
    return symbols && symbols.length > 0 ? symbols : undefined;
  }, 'document symbols');
}

describe('Outline and folding', () => {
  before(activateExtension);

  it('opens .news files as News Article', async () => {
    const doc = await vscode.workspace.openTextDocument(fixtureUri('articles', 'ar-summit-seedlike.news'));
    assert.strictEqual(doc.languageId, 'news-article');
  });

  it('lists the opening blocks, then sections holding their paragraphs and captions', async () => {
    const uri = fixtureUri('articles', 'ar-summit-seedlike.news');
    const doc = await vscode.workspace.openTextDocument(uri);
    const symbols = await symbolsOf(uri);
    const top = symbols.map((s) => [s.name.endsWith('…') ? 'text…' : s.name, s.kind]);
    assert.deepStrictEqual(top, [
      ['text…', vscode.SymbolKind.Key],
      ['إيلاف', vscode.SymbolKind.Event],
      ['text…', vscode.SymbolKind.String],
      ['الطاقة أولًا', vscode.SymbolKind.Module],
      ['ردود الفعل', vscode.SymbolKind.Module],
    ]);
    const energy = symbols[3];
    assert.deepStrictEqual(energy.children.map((c) => c.kind), [
      vscode.SymbolKind.String,
      vscode.SymbolKind.String,
      vscode.SymbolKind.Field,
      vscode.SymbolKind.String,
    ]);
    assert.strictEqual(energy.children[2].name, 'صورة تذكارية للرئيسين في قصر الكرملين بقازان');
    assert.ok(symbols[0].name.startsWith('اختتمت في مدينة قازان'), symbols[0].name);
  });

  it('gives each symbol a range holding its selection range, sections spanning their blocks', async () => {
    const uri = fixtureUri('articles', 'ar-summit-seedlike.news');
    const doc = await vscode.workspace.openTextDocument(uri);
    const symbols = await symbolsOf(uri);
    const walk = (list: vscode.DocumentSymbol[]) => {
      for (const s of list) {
        assert.ok(s.range.contains(s.selectionRange), `${s.name}: selection outside range`);
        for (const c of s.children) assert.ok(s.range.contains(c.range), `${c.name} outside ${s.name}`);
        walk(s.children);
      }
    };
    walk(symbols);
    const lastSection = symbols[4];
    assert.strictEqual(doc.getText(lastSection.selectionRange), 'ردود الفعل&');
    // The last section runs to the end of the text (the file's final newline aside).
    assert.deepStrictEqual(lastSection.range.end, doc.positionAt(doc.getText().trimEnd().length));
  });

  it('folds sections from their heading to their last line', async () => {
    const uri = fixtureUri('articles', 'ar-summit-seedlike.news');
    const ranges = await waitFor(
      () => vscode.commands.executeCommand<vscode.FoldingRange[]>('vscode.executeFoldingRangeProvider', uri),
      'folding ranges',
    );
    const spans = ranges.map((r) => [r.start, r.end]);
    // Lines are 0-based here: the heading `الطاقة أولًا` is line 7 in the file.
    assert.ok(spans.some(([s, e]) => s === 6 && e === 13), JSON.stringify(spans));
    assert.ok(spans.some(([s, e]) => s === 15 && e === 16), JSON.stringify(spans));
  });

  it('outlines an English article with a dateline and a heading', async () => {
    const uri = fixtureUri('articles', 'en-washington-ap-bom.txt');
    const doc = await vscode.workspace.openTextDocument(uri);
    const article = await vscode.languages.setTextDocumentLanguage(doc, 'news-article');
    const symbols = await symbolsOf(article.uri);
    assert.deepStrictEqual(symbols.map((s) => s.kind), [
      vscode.SymbolKind.File,
      vscode.SymbolKind.Event,
      vscode.SymbolKind.String,
      vscode.SymbolKind.Module,
    ]);
    assert.strictEqual(symbols[0].name, 'Senate passes stopgap funding bill');
    assert.strictEqual(symbols[1].name, 'WASHINGTON (AP)');
    assert.strictEqual(symbols[3].name, 'Outlook');
  });
});
