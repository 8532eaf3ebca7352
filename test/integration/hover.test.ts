import * as assert from 'node:assert';
import * as vscode from 'vscode';
import type { NewsLensApi } from '../../src/extension';
import type { Analysis } from '../../src/core/types';
import { entityCard, quoteCard } from '../../src/vscode/hover-card';
import { escapeMarkdown } from '../../src/vscode/markdown';
import { SEED, closeAllEditors, entityMentioned, hoverText, showArticle } from './article-helpers';
import { activateExtension, analysisOf, fixtureUri, waitFor } from './util';

/** The [start, end] arguments of every reveal link in `markdown`. */
function revealTargets(markdown: string, uri: vscode.Uri): [number, number][] {
  const links = [...markdown.matchAll(/\]\(command:newsLens\.revealRange\?([^)\s]+)\)/g)];
  return links.map((m) => {
    const [target, start, end] = JSON.parse(decodeURIComponent(m[1]));
    assert.strictEqual(target, uri.toString());
    return [start, end];
  });
}

describe('Hovers', () => {
  let api: NewsLensApi;
  before(async () => {
    api = await activateExtension();
  });
  after(closeAllEditors);

  it('shows a card on بوتين with the type, the count, the other-language name, a quote and the first mention', async () => {
    const uri = fixtureUri(...SEED);
    const editor = await showArticle(api, uri);
    const document = editor.document;
    const putin = await entityMentioned(api, document, 'بوتين', document.getText().indexOf('وقال بوتين'));
    const hovers = await waitFor(async () => {
      const h = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', uri, document.positionAt(putin.start + 2));
      return h.some((x) => /Person/.test(hoverText([x]))) ? h : undefined;
    }, 'a hover on بوتين');
    const text = hoverText(hovers);
    assert.match(text, /Person/);
    assert.match(text, new RegExp(`Mentions\\\\: ${putin.entity.mentions.length}\\b`));
    assert.match(text, /Vladimir Putin/);
    const targets = revealTargets(text, uri);
    const quote = (await analysisOf(api, document)).quotes.find((q) => q.speaker?.entity === putin.entity.id && q.kind === 'speech')!;
    assert.ok(quote, 'the analysis attributes a speech quote to بوتين');
    assert.ok(text.includes('نحن نبني شراكة لا تستهدف أحدًا'), text);
    assert.ok(targets.some(([s, e]) => s === quote.start && e === quote.end), `a link to the quote: ${JSON.stringify(targets)}`);
    assert.ok(targets.length >= 2, 'a link to the first mention too');
  });

  it('links a short form to the full name in an English article', async () => {
    const uri = fixtureUri('articles', 'en-london-reuters.txt');
    const document = await vscode.workspace.openTextDocument(uri);
    const article = await vscode.languages.setTextDocumentLanguage(document, 'news-article');
    await showArticle(api, article.uri);
    const at = article.getText().indexOf('Hughes added');
    const hovers = await waitFor(async () => {
      const h = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', uri, article.positionAt(at + 2));
      return h.some((x) => /Person/.test(hoverText([x]))) ? h : undefined;
    }, 'a hover on Hughes');
    const text = hoverText(hovers);
    assert.match(text, /Clara Hughes/);
    assert.match(text, /Mentions\\: 2\b/);
  });

  it('shows the kind and the linked speaker on a quote', async () => {
    const uri = fixtureUri(...SEED);
    const editor = await showArticle(api, uri);
    const offset = editor.document.getText().indexOf('نبني شراكة');
    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', uri, editor.document.positionAt(offset));
    const text = hoverText(hovers);
    assert.match(text, /Direct speech/);
    const speakerAt = editor.document.getText().indexOf('بوتين', editor.document.getText().indexOf('وقال بوتين'));
    assert.deepStrictEqual(revealTargets(text, uri), [[speakerAt, speakerAt + 'بوتين'.length]]);
  });

  it('escapes article text and trusts only the reveal command', async () => {
    const editor = await showArticle(api);
    const hostile = '*[x](command:workbench.action.terminal.new)* <img src=x> &amp; `code`';
    const analysis: Analysis = {
      ...(await analysisOf(api, editor.document)),
      entities: [{ id: 'PER-1', type: 'PER', name: hostile, mentions: [{ start: 0, end: 5, text: hostile }], role: hostile }],
      quotes: [{ start: 10, end: 20, text: hostile, kind: 'speech', speaker: { start: 0, end: 5, text: hostile, entity: 'PER-1' } }],
    };
    for (const card of [entityCard(editor.document, analysis, analysis.entities[0]), quoteCard(editor.document, analysis, analysis.quotes[0])]) {
      assert.deepStrictEqual(card.isTrusted, { enabledCommands: ['newsLens.revealRange'] });
      assert.ok(!card.supportHtml);
      assert.ok(!card.value.includes('](command:workbench'), card.value);
      assert.ok(!/(^|[^\\])<img/.test(card.value), card.value);
      assert.ok(card.value.includes(escapeMarkdown(hostile)), card.value);
      const commands = [...card.value.matchAll(/\(command:([\w.]+)/g)].map((m) => m[1]);
      assert.ok(commands.every((c) => c === 'newsLens.revealRange'), commands.join());
    }
  });

  it('says when the speaker ranker was not sure, and not when it was or the user decided', async () => {
    const editor = await showArticle(api);
    const base = await analysisOf(api, editor.document);
    const speaker = { start: 0, end: 5, text: editor.document.getText().slice(0, 5), entity: null };
    const cases: { confidence: number; confirmed?: true; unsure: boolean }[] = [
      { confidence: 0.55, unsure: true },
      { confidence: 0.95, unsure: false },
      { confidence: 0.55, confirmed: true, unsure: false },
    ];
    for (const c of cases) {
      const quote = { start: 10, end: 20, text: 'x', kind: 'speech' as const, speaker, speakerConfidence: c.confidence, ...(c.confirmed ? { confirmed: c.confirmed } : {}) };
      const card = quoteCard(editor.document, { ...base, quotes: [quote] }, quote);
      assert.strictEqual(/Not sure\\?: check it/.test(card.value), c.unsure, `${JSON.stringify(c)}: ${card.value}`);
    }
  });

  it('jumps to a quote through newsLens.revealRange', async () => {
    const editor = await showArticle(api);
    const quote = (await analysisOf(api, editor.document)).quotes[0];
    await vscode.commands.executeCommand('newsLens.revealRange', editor.document.uri.toString(), quote.start, quote.end);
    const active = vscode.window.activeTextEditor!;
    assert.strictEqual(active.document.getText(active.selection), quote.text);
  });
});
