// Annotating as a user does it: commands from the palette (no argument: the selection and the
// other cursors), Quick Picks dismissed, edits before saving, `.ann` files from other tools, a
// detected `.txt` article.
import * as assert from 'node:assert';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import * as vscode from 'vscode';
import type { NewsLensApi } from '../../src/extension';
import { C, copyArticle, mentionAt, openArticle, spanOf, target, useWorkspaceFolder } from './annotation-helpers';
import { hoverText } from './article-helpers';
import { analysisOf, waitFor } from './util';

let folder: string;
let api: NewsLensApi;

/**
 * Runs a command that opens a Quick Pick and answers it with `key` (a workbench command: Escape
 * or Enter on the selected item), again until the command returns.
 */
async function runAnswering<T>(key: string, what: string, command: string, args: unknown[]): Promise<T> {
  let done = false;
  const result = Promise.resolve(vscode.commands.executeCommand<T>(command, ...args)).finally(() => (done = true));
  await waitFor(async () => {
    if (!done) await vscode.commands.executeCommand(key);
    return done;
  }, `${command} returned after ${what}`);
  return result;
}

const runAndDismiss = <T>(command: string, ...args: unknown[]) => runAnswering<T>('workbench.action.closeQuickOpen', 'Escape', command, args);
const runAndAcceptFirst = <T>(command: string, ...args: unknown[]) => runAnswering<T>('workbench.action.acceptSelectedQuickOpenItem', 'Enter', command, args);

describe('Annotating from the palette and around saving', () => {
  useWorkspaceFolder('annotation-editing', (a, f) => {
    api = a;
    folder = f;
  });

  it('sets the selected words as speaker of the quotation another cursor is in', async () => {
    const editor = await openArticle(api, copyArticle(folder, 'speaker-cursors.news'));
    const { document } = editor;
    const xi = spanOf(document, 'شي', 2);
    const quote = spanOf(document, 'سنعمل مع أصدقائنا');
    // The speaker selected first (the primary selection), a second cursor inside the quotation.
    editor.selections = [
      new vscode.Selection(document.positionAt(xi.start), document.positionAt(xi.end)),
      new vscode.Selection(document.positionAt(quote.start + 3), document.positionAt(quote.start + 3)),
    ];
    assert.strictEqual(await vscode.commands.executeCommand(`${C}setSpeaker`), true);
    const q = (await analysisOf(api, document)).quotes.find((x) => x.start <= quote.start && x.end > quote.start);
    assert.deepStrictEqual([q?.speaker?.start, q?.speaker?.text, q?.confirmed], [xi.start, 'شي', true]);
  });

  it('sets the selected words as speaker of the only quotation on their line', async () => {
    const editor = await openArticle(api, copyArticle(folder, 'speaker-line.news', 'en-london-reuters.txt'));
    const { document } = editor;
    const said = spanOf(document, 'Ms Hughes added');
    const hughes = { start: said.start + 'Ms '.length, end: said.start + 'Ms Hughes'.length };
    const line = document.lineAt(document.positionAt(hughes.start)).range;
    const onLine = (await analysisOf(api, document)).quotes.filter((q) => q.start < document.offsetAt(line.end) && q.end > document.offsetAt(line.start));
    assert.strictEqual(onLine.length, 1, `one quotation on the line of "Ms Hughes added": ${JSON.stringify(onLine.map((q) => q.text))}`);
    editor.selection = new vscode.Selection(document.positionAt(hughes.start), document.positionAt(hughes.end));
    assert.strictEqual(await vscode.commands.executeCommand(`${C}setSpeaker`), true);
    const q = (await analysisOf(api, document)).quotes.find((x) => x.start === onLine[0].start);
    assert.deepStrictEqual([q?.speaker?.start, q?.speaker?.text, q?.confirmed], [hughes.start, 'Hughes', true]);
  });

  it('offers the quotations of the speaker\'s line first when it has several', async () => {
    const editor = await openArticle(api, copyArticle(folder, 'speaker-pick.news'));
    const { document } = editor;
    const said = spanOf(document, 'وقال بوتين');
    const putin = { start: said.start + 'وقال '.length, end: said.end };
    editor.selection = new vscode.Selection(document.positionAt(putin.start), document.positionAt(putin.end));
    assert.strictEqual(await runAndAcceptFirst<boolean>(`${C}setSpeaker`), true);
    const quote = spanOf(document, 'نحن نبني');
    const q = (await analysisOf(api, document)).quotes.find((x) => x.start <= quote.start && x.end > quote.start);
    assert.deepStrictEqual([q?.speaker?.start, q?.confirmed], [putin.start, true], 'the nearest quotation of the line');
  });

  it('says in the hover whether a name is confirmed by the user or suggested', async () => {
    const { document } = await openArticle(api, copyArticle(folder, 'hover.news'));
    const kazan = spanOf(document, 'قازان');
    const hover = async (offset: number) =>
      hoverText(await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', document.uri, document.positionAt(offset)));
    assert.match(await hover(kazan.start + 1), /Suggested by News Lens/);
    assert.ok(await vscode.commands.executeCommand(`${C}changeType`, target(document, kazan.start, kazan.start), 'ORG'));
    const card = await hover(kazan.start + 1);
    assert.match(card, /Confirmed by you/);
    assert.match(card, /Organisation/);
  });

  it('marks nothing when the type Quick Pick of a selection is dismissed', async () => {
    const { document } = await openArticle(api, copyArticle(folder, 'type-escape.news'));
    const words = spanOf(document, 'التبادل التجاري');
    assert.strictEqual(mentionAt(await analysisOf(api, document), words.start), undefined, 'not a name before');
    assert.strictEqual(await runAndDismiss<boolean>(`${C}changeType`, target(document, words.start, words.end)), false);
    assert.deepStrictEqual(api.annotations!.store.setOf(document).items, []);
    assert.strictEqual(mentionAt(await analysisOf(api, document), words.start), undefined, 'still not a name');
  });

  it('writes the .ann after the article is saved, not while it is being edited', async () => {
    const editor = await openArticle(api, copyArticle(folder, 'dirty.news'));
    const { document } = editor;
    const annPath = join(folder, 'dirty.ann');
    let writes = 0;
    const counting = api.annotations!.store.onDidSave((e) => {
      if (e.document === document) writes++;
    });
    try {
      await editor.edit((b) => b.insert(document.positionAt(0), 'سطر'));
      const moscow = spanOf(document, 'موسكو');
      assert.ok(await vscode.commands.executeCommand(`${C}markPlace`, target(document, moscow.start, moscow.end)));
      for (const letter of [' ', 'أ', 'و', 'ل', '\n']) await editor.edit((b) => b.insert(document.positionAt(3), letter));
      await api.annotations!.store.written(document);
      assert.strictEqual(writes, 0, 'nothing written while the article has unsaved edits');
      assert.strictEqual(existsSync(annPath), false);

      await vscode.commands.executeCommand('workbench.action.files.save');
      assert.strictEqual(document.isDirty, false, 'saved');
      await waitFor(() => writes === 1, '.ann written after the save');
      const place = spanOf(document, 'موسكو');
      assert.match(readFileSync(annPath, 'utf8'), new RegExp(`^T\\d+\\tLOC ${place.start} ${place.end}\\tموسكو$`, 'm'));
    } finally {
      counting.dispose();
    }
  });

  it('leaves a .ann from another tool (CRLF) as it is when the article opens', async () => {
    const uri = copyArticle(folder, 'crlf.news');
    const text = readFileSync(uri.fsPath, 'utf8');
    const at = text.indexOf('موسكو');
    const annPath = join(folder, 'crlf.ann');
    const annText = `T1\tLOC ${at} ${at + 5}\tموسكو\r\n#1\tAnnotatorNotes T1\tchecked by hand\r\n`;
    writeFileSync(annPath, annText);
    const { document } = await openArticle(api, uri);
    assert.strictEqual(mentionAt(await analysisOf(api, document), at)?.confirmed, true, 'read');
    await api.annotations!.store.written(document);
    assert.strictEqual(readFileSync(annPath, 'utf8'), annText, 'not rewritten on opening');
  });

  it('never overwrites a .ann that is not UTF-8 text, and says so in the Problems panel', async () => {
    const uri = copyArticle(folder, 'binary.news');
    const annPath = join(folder, 'binary.ann');
    const bytes = Buffer.concat([Buffer.from('T1\tPER 0 3\t'), Buffer.from([0xff, 0xfe, 0x00, 0xc3, 0x28]), Buffer.from('\n')]);
    writeFileSync(annPath, bytes);
    const { document } = await openArticle(api, uri);
    const annUri = vscode.Uri.file(annPath);
    const problems = await waitFor(() => api.annotations!.diagnostics.get(annUri).length > 0 && api.annotations!.diagnostics.get(annUri), 'problem listed');
    assert.match(problems[0].message, /not UTF-8/);
    const moscow = spanOf(document, 'موسكو');
    assert.ok(await vscode.commands.executeCommand(`${C}changeType`, target(document, moscow.start, moscow.start), 'ORG'));
    assert.strictEqual(mentionAt(await analysisOf(api, document), moscow.start)?.entity.type, 'ORG', 'the decision still shows');
    await api.annotations!.store.written(document);
    assert.deepStrictEqual(readFileSync(annPath), bytes, 'the file is left as it was');
  });

  it('lists each unplaceable annotation of a large .ann on its own line', async () => {
    const uri = copyArticle(folder, 'large-ann.news');
    const lines = Array.from({ length: 3000 }, (_, i) => `T${i + 1}\tPER ${i} ${i + 4}\tغائب${i}`);
    writeFileSync(join(folder, 'large-ann.ann'), `${lines.join('\r\n')}\r\n`);
    await openArticle(api, uri);
    const annUri = vscode.Uri.file(join(folder, 'large-ann.ann'));
    const listed = await waitFor(() => api.annotations!.diagnostics.get(annUri).length === 3000 && api.annotations!.diagnostics.get(annUri), 'all listed');
    const lineOf = (id: string) => listed.find((d) => d.message.startsWith(`${id} `))?.range.start.line;
    assert.deepStrictEqual([lineOf('T1'), lineOf('T1500'), lineOf('T3000')], [0, 1499, 2999]);
  });

  it('answers every command calmly on an untitled article, a Markdown file and a file too large to annotate', async () => {
    const untitled = await vscode.workspace.openTextDocument({ language: 'news-article', content: 'قال الرئيس الروسي فلاديمير بوتين في موسكو: "نحن نبني شراكة".\n' });
    const plain = await vscode.workspace.openTextDocument({ language: 'markdown', content: '# Notes\n\nVladimir Putin said in Moscow: "We build."\n' });
    const large = await vscode.workspace.openTextDocument({ language: 'news-article', content: 'Vladimir Putin visited Moscow. '.repeat(20_000) });
    const putin = spanOf(untitled, 'فلاديمير بوتين');
    await vscode.window.showTextDocument(untitled);
    assert.strictEqual(await vscode.commands.executeCommand(`${C}changeType`, target(untitled, putin.start, putin.start), 'ORG'), true, 'an untitled article can be annotated');
    assert.strictEqual(mentionAt(await analysisOf(api, untitled), putin.start)?.entity.type, 'ORG');
    const commands = ['confirmName', 'rejectName', 'markPlace', 'markQuote', 'acceptAll', 'undo', 'setSpeaker', 'changeQuoteKind'];
    for (const document of [untitled, plain, large]) {
      await vscode.window.showTextDocument(document);
      for (const name of commands) {
        // From the palette (no argument) and from a Quick Fix (a target): neither may throw.
        await runAndDismiss(`${C}${name}`, target(document, 20, 34));
        await runAndDismiss(`${C}${name}`);
      }
    }
    assert.deepStrictEqual(api.annotations!.store.setOf(plain).items, [], 'a Markdown file has no annotations');
    assert.deepStrictEqual(api.annotations!.store.setOf(large).items, [], 'too large: nothing decided');
    assert.strictEqual(await vscode.commands.executeCommand(`${C}save`, target(plain, 0, 0)), undefined);
  });

  it('keeps the annotations of a .txt file detected as an article in the .ann beside it', async () => {
    const uri = copyArticle(folder, 'london.txt', 'en-london-reuters.txt');
    const { document } = await openArticle(api, uri);
    assert.strictEqual(document.languageId, 'news-article');
    const bank = spanOf(document, 'Bank of England', 1);
    assert.ok(await vscode.commands.executeCommand(`${C}changeType`, target(document, bank.start, bank.start), 'ORG'));
    const annPath = join(folder, 'london.ann');
    const ann = await waitFor(() => existsSync(annPath) && readFileSync(annPath, 'utf8'), 'london.ann written');
    assert.match(ann, new RegExp(`^T\\d+\\tORG ${bank.start} ${bank.end}\\tBank of England$`, 'm'));
  });
});
