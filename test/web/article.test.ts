// An Arabic article in the browser build: outline, hovers and decorations through VS Code's own
// commands and the extension's exported API, as in the Node host suite (test/integration).
import * as vscode from 'vscode';
import type { NewsLensApi } from '../../src/extension';
import { escapeMarkdown } from '../../src/vscode/markdown';
import { EXTENSION_ID, activateExtension, closeAllEditors, hoverText, openAndPaint, waitFor } from '../integration/editor-helpers';
import * as assert from './assert';

function fixture(...parts: string[]): vscode.Uri {
  // No __dirname here: the fixtures are found through the extension's own location (a vscode-remote: URI).
  return vscode.Uri.joinPath(vscode.extensions.getExtension(EXTENSION_ID)!.extensionUri, 'test', 'fixtures', ...parts);
}

async function hoversAt(document: vscode.TextDocument, offset: number, what: string): Promise<vscode.Hover[]> {
  return waitFor(async () => {
    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', document.uri, document.positionAt(offset));
    return hovers.some((h) => /Person/.test(hoverText([h]))) ? hovers : undefined;
  }, what);
}

describe('An Arabic article in the web worker host', () => {
  let api: NewsLensApi;
  before(async () => {
    api = await activateExtension();
  });
  after(closeAllEditors);

  it('lists the opening blocks and the sections in the outline', async () => {
    const uri = fixture('articles', 'ar-summit-seedlike.news');
    const document = await vscode.workspace.openTextDocument(uri);
    assert.strictEqual(document.languageId, 'news-article');
    const symbols = await waitFor(async () => {
      const found = await vscode.commands.executeCommand<vscode.DocumentSymbol[]>('vscode.executeDocumentSymbolProvider', uri);
      return found && found.length > 0 ? found : undefined;
    }, 'document symbols');
    assert.deepStrictEqual(symbols.map((s) => s.kind), [
      vscode.SymbolKind.Key,
      vscode.SymbolKind.Event,
      vscode.SymbolKind.String,
      vscode.SymbolKind.Module,
      vscode.SymbolKind.Module,
    ]);
    assert.deepStrictEqual(symbols.slice(3).map((s) => s.name), ['الطاقة أولًا', 'ردود الفعل']);
    assert.ok(symbols[0].name.startsWith('اختتمت في مدينة قازان'), symbols[0].name);
    assert.strictEqual(symbols[3].children[2].name, 'صورة تذكارية للرئيسين في قصر الكرملين بقازان');
  });

  it('paints names and quotes, and says so through onDidApplyDecorations', async () => {
    const uri = fixture('articles', 'ar-summit-seedlike.news');
    const painted: vscode.TextEditor[] = [];
    const subscription = api.decorations!.onDidApplyDecorations((e) => painted.push(e.editor));
    let editor: vscode.TextEditor;
    try {
      editor = await openAndPaint(api, uri);
      await waitFor(() => painted.includes(editor), 'an onDidApplyDecorations event for the editor');
    } finally {
      subscription.dispose();
    }
    const applied = api.decorations!.applied(editor)!;
    const texts = (ranges: readonly vscode.Range[]) => ranges.map((r) => editor.document.getText(r));
    // Should the analysis have failed and fallen back to the outline, the reason is in the message.
    const failure = api.cache.failureOf(editor.document) ?? 'none';
    assert.ok(texts(applied.PER).includes('بوتين'), `persons: ${texts(applied.PER).join(', ')} (analysis failure: ${failure})`);
    assert.ok(texts(applied.LOC).includes('موسكو'), `places: ${texts(applied.LOC).join(', ')}`);
    assert.ok(texts(applied.speech).includes('نحن نبني شراكة لا تستهدف أحدًا'), `speech: ${texts(applied.speech).join(' | ')}`);
    assert.ok(api.decorations!.afterTexts(editor).includes('\u00a0— فلاديمير بوتين'), 'the speaker named at the end of the line, by the fullest name');
  });

  it('shows a card on a name, with the article text escaped and only the reveal command trusted', async () => {
    // Article text that would be a command link and HTML if it reached the hover unescaped.
    const hostile = 'انقر [هنا](command:workbench.action.terminal.new) <img src=x> الآن';
    const content = [
      'قمة في قازان',
      '',
      `موسكو (رويترز) - قال الرئيس الروسي فلاديمير بوتين إن المحادثات كانت مثمرة.`,
      '',
      `وقال بوتين في مؤتمر صحافي: "${hostile}".`,
      '',
    ].join('\n');
    const document = await vscode.workspace.openTextDocument({ language: 'news-article', content });
    await openAndPaint(api, document.uri);
    const hovers = await hoversAt(document, content.indexOf('وقال بوتين') + 'وقال '.length + 2, 'a person card on بوتين');
    const cards = hovers.flatMap((h) => h.contents).filter((c): c is vscode.MarkdownString => typeof c !== 'string' && 'isTrusted' in c);
    assert.ok(cards.length > 0, 'Markdown cards');
    for (const card of cards) {
      assert.deepStrictEqual(card.isTrusted, { enabledCommands: ['newsLens.revealRange'] });
      assert.ok(!card.supportHtml, 'no HTML');
    }
    const text = hoverText(hovers);
    assert.match(text, /Person/);
    assert.ok(text.includes(escapeMarkdown('[هنا](command:workbench.action.terminal.new)')), text);
    assert.ok(!text.includes('](command:workbench'), 'no command link from the article');
    assert.ok(!/(^|[^\\])<img/.test(text), 'no raw HTML from the article');
    const commands = [...text.matchAll(/\]\(command:([\w.]+)/g)].map((m) => m[1]);
    assert.ok(commands.length > 0 && commands.every((c) => c === 'newsLens.revealRange'), commands.join());
  });
});
