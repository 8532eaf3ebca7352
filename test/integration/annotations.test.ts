import * as assert from 'node:assert';
import { copyFileSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import * as vscode from 'vscode';
import type { NewsLensApi } from '../../src/extension';
import { C, copyArticle, mentionAt, openArticle, spanOf, target, useWorkspaceFolder } from './annotation-helpers';
import { closeAllEditors } from './article-helpers';
import { analysisOf, waitFor } from './util';

/** Articles written here live inside the workspace folder, so its `.newslens/` rules apply to them. */
let folder: string;
let api: NewsLensApi;

const article = (name: string, from?: string) => copyArticle(folder, name, from);
const open = (uri: vscode.Uri) => openArticle(api, uri);

describe('Annotations', () => {
  useWorkspaceFolder('annotations', (a, f) => {
    api = a;
    folder = f;
  });

  it('keeps three fixed names, a speaker and an added place through saving, an edit elsewhere and reopening', async () => {
    const uri = article('summit.news');
    const { document } = await open(uri);
    const putin = spanOf(document, 'بوتين', 1);
    const moscow = spanOf(document, 'موسكو');
    const beijing = spanOf(document, 'بكين');
    const siberia = spanOf(document, 'سيبيريا');
    const kremlin = spanOf(document, 'قصر الكرملين');
    const xi = spanOf(document, 'شي', 2);
    const quote = spanOf(document, 'نحن نبني شراكة لا تستهدف أحدًا');

    assert.strictEqual(await vscode.commands.executeCommand(`${C}confirmName`, target(document, putin.start, putin.start)), true);
    assert.strictEqual(await vscode.commands.executeCommand(`${C}changeType`, target(document, moscow.start, moscow.start), 'ORG'), true);
    // سيبيريا inside the pipeline's name "قوة سيبيريا 2" is no place of its own; بكين was missed.
    assert.strictEqual(await vscode.commands.executeCommand(`${C}rejectName`, target(document, siberia.start, siberia.start)), true);
    assert.strictEqual(await vscode.commands.executeCommand(`${C}markPlace`, target(document, beijing.start, beijing.end)), true);
    assert.strictEqual(await vscode.commands.executeCommand(`${C}markPlace`, target(document, kremlin.start, kremlin.end)), true);
    assert.strictEqual(await vscode.commands.executeCommand(`${C}setSpeaker`, target(document, quote.start + 2, quote.start + 2), xi), true);

    const check = async (doc: vscode.TextDocument) => {
      const a = await analysisOf(api, doc);
      const at = (text: string, nth = 0) => mentionAt(a, spanOf(doc, text, nth).start);
      assert.deepStrictEqual([at('بوتين', 1)?.entity.type, at('بوتين', 1)?.confirmed], ['PER', true], 'Putin confirmed');
      assert.deepStrictEqual([at('موسكو')?.entity.type, at('موسكو')?.confirmed], ['ORG', true], 'Moscow retyped');
      assert.strictEqual(at('سيبيريا'), undefined, 'Siberia rejected');
      assert.deepStrictEqual([at('بكين')?.entity.type, at('بكين')?.confirmed], ['LOC', true], 'Beijing added');
      assert.deepStrictEqual([at('قصر الكرملين')?.entity.type, at('قصر الكرملين')?.confirmed], ['LOC', true], 'Kremlin palace added');
      const q = a.quotes.find((x) => x.start <= spanOf(doc, 'نحن نبني').start && x.end > spanOf(doc, 'نحن نبني').start);
      assert.strictEqual(q?.speaker?.text, 'شي', `speaker set by hand: ${JSON.stringify(q?.speaker)}`);
      assert.strictEqual(q?.confirmed, true);
    };
    await check(document);

    // The article had no unsaved edits, so the .ann is written at once.
    const annPath = join(folder, 'summit.ann');
    const ann = await waitFor(() => existsSync(annPath) && readFileSync(annPath, 'utf8'), 'summit.ann written');
    assert.match(ann, /^T\d+\tPER \d+ \d+\tبوتين$/m);
    assert.match(ann, /^T\d+\tNotName \d+ \d+\tسيبيريا$/m);
    assert.match(ann, /^T\d+\tLOC \d+ \d+\tبكين$/m);
    assert.match(ann, /^R\d+\tSaid Arg1:T\d+ Arg2:T\d+$/m);

    // Another editor changes the article on disk: a paragraph before, a word inside, one after.
    await closeAllEditors();
    const moved = join(folder, 'reopened.news');
    const original = readFileSync(uri.fsPath, 'utf8');
    const edited = `فقرة أضيفت في محرر آخر قبل كل شيء.\n\n${original.replace('مدينة قازان', 'مدينة قازان الروسية')}\n\nفقرة أخيرة.\n`;
    writeFileSync(moved, edited);
    copyFileSync(annPath, join(folder, 'reopened.ann'));
    const reopened = await open(vscode.Uri.file(moved));
    await check(reopened.document);
    assert.deepStrictEqual(api.annotations!.diagnostics.get(vscode.Uri.file(join(folder, 'reopened.ann'))), [], 'everything re-anchored');
  });

  it('moves annotations with edits, removes one whose text is deleted, and brings it back with Ctrl+Z', async () => {
    const editor = await open(article('edits.news'));
    const { document } = editor;
    const putin = spanOf(document, 'بوتين', 1);
    assert.ok(await vscode.commands.executeCommand(`${C}confirmName`, target(document, putin.start, putin.start)));
    await editor.edit((b) => b.insert(document.positionAt(0), 'سطر جديد\n\n'));
    const shifted = putin.start + 'سطر جديد\n\n'.length;
    assert.strictEqual(mentionAt(await analysisOf(api, document), shifted)?.confirmed, true, 'moved with the insertion');

    await editor.edit((b) => b.delete(new vscode.Range(document.positionAt(shifted), document.positionAt(shifted + 'بوتين'.length))));
    assert.strictEqual(api.annotations!.store.setOf(document).items.length, 0, 'deleted with its text');
    await vscode.commands.executeCommand('undo');
    await waitFor(() => document.getText().slice(shifted, shifted + 5) === 'بوتين', 'text back');
    assert.strictEqual(api.annotations!.store.setOf(document).items.length, 1, 'annotation back with Ctrl+Z');
    assert.strictEqual(mentionAt(await analysisOf(api, document), shifted)?.confirmed, true);
    await vscode.commands.executeCommand('workbench.action.files.revert');
  });

  it('keeps decisions not written yet through a change of language mode and back', async () => {
    const editor = await open(article('language.news'));
    const { document } = editor;
    // An unsaved edit: the decision waits for the article's save.
    await editor.edit((b) => b.insert(document.positionAt(document.getText().length), '\n'));
    const putin = spanOf(document, 'بوتين', 1);
    assert.ok(await vscode.commands.executeCommand(`${C}confirmName`, target(document, putin.start, putin.start)));
    const plain = await vscode.languages.setTextDocumentLanguage(document, 'plaintext');
    assert.strictEqual(api.annotations!.store.setOf(plain).items.length, 0, 'plain text has no annotations');
    const back = await vscode.languages.setTextDocumentLanguage(plain, 'news-article');
    await waitFor(() => api.annotations!.store.setOf(back).items.length === 1, 'the decision back with the article');
    assert.strictEqual(mentionAt(await analysisOf(api, back), putin.start)?.confirmed, true);
    await vscode.window.showTextDocument(back);
    await vscode.commands.executeCommand('workbench.action.files.revert');
  });

  it('undoes a decision with News Lens: Undo Annotation Change', async () => {
    const { document } = await open(article('undo.news'));
    const moscow = spanOf(document, 'موسكو');
    const before = mentionAt(await analysisOf(api, document), moscow.start);
    assert.ok(before, 'موسكو is a suggested name');
    await vscode.commands.executeCommand(`${C}changeType`, target(document, moscow.start, moscow.start), 'MISC');
    assert.strictEqual(mentionAt(await analysisOf(api, document), moscow.start)?.entity.type, 'MISC');
    assert.strictEqual(await vscode.commands.executeCommand(`${C}undo`, target(document, 0, 0)), true);
    const after = mentionAt(await analysisOf(api, document), moscow.start);
    assert.deepStrictEqual([after?.entity.type, after?.confirmed], [before.entity.type, false]);
    assert.strictEqual(await vscode.commands.executeCommand(`${C}undo`, target(document, 0, 0)), false, 'nothing left to undo');
  });

  it('keeps and reports .ann lines it cannot read', async () => {
    const uri = article('malformed.news');
    const annPath = join(folder, 'malformed.ann');
    writeFileSync(annPath, 'T1\tPER 0 3\tnot the text\nthis is no brat line\nT2\tPER 5 x\tبوتين\n');
    const { document } = await open(uri);
    const annUri = vscode.Uri.file(annPath);
    const problems = await waitFor(() => api.annotations!.diagnostics.get(annUri).length >= 2 && api.annotations!.diagnostics.get(annUri), 'problems listed');
    const lines = problems.map((d) => d.range.start.line + 1).sort();
    assert.ok(lines.includes(2) && lines.includes(3), `problems on lines 2 and 3: ${JSON.stringify(problems.map((d) => [d.range.start.line, d.message]))}`);
    const putin = spanOf(document, 'بوتين');
    await vscode.commands.executeCommand(`${C}confirmName`, target(document, putin.start, putin.start));
    await waitFor(() => readFileSync(annPath, 'utf8').includes('\tبوتين\n') && readFileSync(annPath, 'utf8'), 'rewritten');
    const rewritten = readFileSync(annPath, 'utf8');
    assert.ok(rewritten.includes('this is no brat line'), `unknown line kept:\n${rewritten}`);
    assert.ok(rewritten.includes('T2\tPER 5 x\tبوتين'), `malformed line kept:\n${rewritten}`);
  });

  it('applies a workspace rule ("never a name") to every article of the folder', async () => {
    const first = await open(article('rule-a.news'));
    const moscow = spanOf(first.document, 'موسكو');
    assert.ok(mentionAt(await analysisOf(api, first.document), moscow.start), 'موسكو suggested before the rule');
    assert.strictEqual(await vscode.commands.executeCommand(`${C}neverAName`, target(first.document, moscow.start, moscow.start)), true);
    const rulesPath = join(vscode.workspace.workspaceFolders![0].uri.fsPath, '.newslens', 'names.tsv');
    try {
      assert.match(readFileSync(rulesPath, 'utf8'), /^موسكو\tnever$/m);
      await waitFor(async () => !mentionAt(await analysisOf(api, first.document), moscow.start), 'rule applied to this article');
      const second = await open(article('rule-b.news'));
      assert.strictEqual(mentionAt(await analysisOf(api, second.document), spanOf(second.document, 'موسكو').start), undefined, 'and to another');
    } finally {
      rmSync(join(vscode.workspace.workspaceFolders![0].uri.fsPath, '.newslens'), { recursive: true, force: true });
    }
  });

  it('offers the decisions as Quick Fixes on a name, a quotation and a selection', async () => {
    const { document } = await open(article('actions.news'));
    const titles = async (start: number, end: number) => {
      const range = new vscode.Range(document.positionAt(start), document.positionAt(end));
      const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', document.uri, range);
      return actions.map((a) => a.title);
    };
    const putin = spanOf(document, 'بوتين', 1);
    const onName = await titles(putin.start + 1, putin.start + 1);
    for (const t of ['Not a name', 'Change to Place', 'Same entity as…']) assert.ok(onName.includes(t), `${t} in ${JSON.stringify(onName)}`);
    const quote = spanOf(document, 'نحن نبني');
    const onQuote = await titles(quote.start + 1, quote.start + 1);
    for (const t of ['Set speaker…', 'Not a quotation']) assert.ok(onQuote.includes(t), `${t} in ${JSON.stringify(onQuote)}`);
    const words = spanOf(document, 'التبادل التجاري');
    const onSelection = await titles(words.start, words.end);
    assert.ok(onSelection.includes('Mark as Place') && onSelection.includes('Mark as quotation'), JSON.stringify(onSelection));
  });

  it('paints confirmed names solid and suggested ones dashed, as separate decorations', async () => {
    const editor = await open(article('paint.news'));
    const { document } = editor;
    const putin = spanOf(document, 'بوتين', 1);
    const painted = new Promise<void>((resolve) => {
      const sub = api.decorations!.onDidApplyDecorations((e) => {
        if (e.editor.document === document && api.decorations!.applied(editor)!['confirmed-PER'].length > 0) {
          sub.dispose();
          resolve();
        }
      });
    });
    await vscode.commands.executeCommand(`${C}confirmName`, target(document, putin.start, putin.start));
    await painted;
    const applied = api.decorations!.applied(editor)!;
    assert.deepStrictEqual(applied['confirmed-PER'].map((r) => document.getText(r)), ['بوتين']);
    assert.ok(applied.PER.length > 0 && applied.PER.every((r) => document.offsetAt(r.start) !== putin.start), 'the others stay suggested');
  });

  it('exports an article as JSONL and the workspace as brat pairs', async () => {
    const { document } = await open(article('export.news'));
    const beijing = spanOf(document, 'بكين');
    await vscode.commands.executeCommand(`${C}markPlace`, target(document, beijing.start, beijing.end));
    const out = join(folder, 'exported');
    mkdirSync(out, { recursive: true });
    const request = (scope: string, format: string, suggestions: boolean) => ({ scope, format, suggestions, out: vscode.Uri.file(out).toString(), uri: document.uri.toString() });

    const jsonl = await vscode.commands.executeCommand<{ articles: number }>(`${C}export`, request('article', 'jsonl', false));
    assert.strictEqual(jsonl.articles, 1);
    const record = JSON.parse(readFileSync(join(out, 'annotations.jsonl'), 'utf8'));
    assert.deepStrictEqual(record.entities, [[beijing.start, beijing.end, 'LOC']], 'decisions only');
    assert.strictEqual(record.text, document.getText());

    await vscode.commands.executeCommand(`${C}export`, request('article', 'jsonl', true));
    const withSuggestions = JSON.parse(readFileSync(join(out, 'annotations.jsonl'), 'utf8'));
    assert.ok(withSuggestions.entities.length > 5 && withSuggestions.quotes.length > 0, 'suggestions too');

    const brat = await vscode.commands.executeCommand<{ articles: number; files: string[] }>(`${C}export`, request('workspace', 'brat', false));
    assert.ok(brat.articles >= 2, `articles: ${brat.articles}`);
    assert.ok(existsSync(join(out, 'annotation.conf')) && existsSync(join(out, 'visual.conf')), 'brat configuration written');
    const ann = brat.files.find((f) => f.endsWith('/export.ann'));
    assert.ok(ann, JSON.stringify(brat.files));
    assert.match(readFileSync(vscode.Uri.parse(ann).fsPath, 'utf8'), /^T1\tLOC \d+ \d+\tبكين$/m);
  });

  it('leaves the clitics a double-click takes out of a marked name (بقازان → قازان), but not the first letters of a name', async () => {
    const { document } = await open(article('clitics.news'));
    const withPreposition = spanOf(document, 'بقازان');
    assert.ok(await vscode.commands.executeCommand(`${C}markPlace`, target(document, withPreposition.start, withPreposition.end)));
    const kazan = mentionAt(await analysisOf(api, document), withPreposition.start + 1);
    assert.deepStrictEqual([kazan?.entity.type, kazan?.confirmed, kazan && document.getText().slice(withPreposition.start + 1, withPreposition.end)], ['LOC', true, 'قازان']);
    const ministry = spanOf(document, 'وزارة الخارجية الأميركية');
    assert.ok(await vscode.commands.executeCommand(`${C}markOrganization`, target(document, ministry.start, ministry.end)));
    assert.strictEqual(mentionAt(await analysisOf(api, document), ministry.start)?.confirmed, true, 'وزارة keeps its و');
  });
});
