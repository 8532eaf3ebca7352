import * as assert from 'node:assert';
import * as vscode from 'vscode';
import { activateExtension, freshCopy, languageOf, setSetting, waitFor } from './util';

describe('Detecting articles in .txt files', () => {
  before(activateExtension);
  afterEach(() => setSetting('detect', undefined));

  it('switches an article .txt to News Article (auto)', async () => {
    await setSetting('detect', 'auto');
    const uri = freshCopy('articles/ar-title-cairo.txt', 'cairo.txt');
    await vscode.window.showTextDocument(uri);
    await waitFor(() => languageOf(uri) === 'news-article', 'the article to switch language');
  });

  it('leaves ordinary text as plain text', async () => {
    await setSetting('detect', 'auto');
    const article = freshCopy('articles/en-london-reuters.txt', 'article.txt');
    const notes = freshCopy('not-articles/chat-en.txt', 'notes.txt');
    await vscode.window.showTextDocument(notes);
    await vscode.window.showTextDocument(article);
    // The article switching proves detection ran; the chat log opened first must still be plain text.
    await waitFor(() => languageOf(article) === 'news-article', 'the article to switch language');
    assert.strictEqual(languageOf(notes), 'plaintext');
  });

  it('never switches when detect is off', async () => {
    await setSetting('detect', 'off');
    const article = freshCopy('articles/en-london-reuters.txt', 'off.txt');
    const control = freshCopy('articles/ar-title-cairo.txt', 'control.txt');
    await vscode.window.showTextDocument(article);
    assert.strictEqual(languageOf(article), 'plaintext');
    // Switch detection back on and open another article: once it switches, the first one
    // had its chance and must still be plain text.
    await setSetting('detect', 'auto');
    await vscode.window.showTextDocument(control);
    await waitFor(() => languageOf(control) === 'news-article', 'the control article to switch');
    assert.strictEqual(languageOf(article), 'plaintext');
  });

  it('with detect ask, switches a sure article and does not switch an unsure file without an answer', async () => {
    await setSetting('detect', 'ask');
    // Detection is unsure about these notes (test/unit/detection.test.ts checks that): it asks.
    const unsure = freshCopy('unsure/harbour-notes.txt', 'ask.txt');
    await vscode.window.showTextDocument(unsure);
    const sure = freshCopy('articles/ar-title-cairo.txt', 'control2.txt');
    await vscode.window.showTextDocument(sure);
    await waitFor(() => languageOf(sure) === 'news-article', 'the sure article to switch without asking');
    assert.strictEqual(languageOf(unsure), 'plaintext');
  });

  it('respects files.associations that give the file to plain text', async () => {
    await setSetting('detect', 'auto');
    const files = vscode.workspace.getConfiguration('files');
    await files.update('associations', { 'kept-plain*.txt': 'plaintext' }, vscode.ConfigurationTarget.Global);
    try {
      const kept = freshCopy('articles/ar-title-cairo.txt', 'kept-plain.txt');
      const control = freshCopy('articles/ar-title-cairo.txt', 'control4.txt');
      await vscode.window.showTextDocument(kept);
      await vscode.window.showTextDocument(control);
      await waitFor(() => languageOf(control) === 'news-article', 'the control article to switch');
      assert.strictEqual(languageOf(kept), 'plaintext');
    } finally {
      await files.update('associations', undefined, vscode.ConfigurationTarget.Global);
    }
  });

  it('does not switch back a file the user set to plain text by hand', async () => {
    await setSetting('detect', 'auto');
    const uri = freshCopy('articles/ar-title-cairo.txt', 'byhand.txt');
    await vscode.window.showTextDocument(uri);
    await waitFor(() => languageOf(uri) === 'news-article', 'the article to switch');
    const doc = vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString())!;
    await vscode.languages.setTextDocumentLanguage(doc, 'plaintext');
    const control = freshCopy('articles/ar-title-cairo.txt', 'control3.txt');
    await vscode.window.showTextDocument(control);
    await waitFor(() => languageOf(control) === 'news-article', 'the control article to switch');
    assert.strictEqual(languageOf(uri), 'plaintext');
  });
});
