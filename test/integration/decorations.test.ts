import * as assert from 'node:assert';
import * as vscode from 'vscode';
import type { NewsLensApi } from '../../src/extension';
import { closeAllEditors, paintedVersion, showArticle } from './article-helpers';
import { activateExtension, analysisOf, freshCopy, setSetting, waitFor } from './util';

const offsets = (editor: vscode.TextEditor, ranges: readonly vscode.Range[]) =>
  ranges.map((r) => [editor.document.offsetAt(r.start), editor.document.offsetAt(r.end)]);

describe('Decorations', () => {
  let api: NewsLensApi;
  before(async () => {
    api = await activateExtension();
  });
  afterEach(async () => {
    for (const key of ['enabled', 'names', 'speech', 'speakerAfterText', 'unsureSpeakers']) await setSetting(`decorations.${key}`, undefined);
    await closeAllEditors();
  });

  it('paints every name by its type and every quote by its kind', async () => {
    const editor = await showArticle(api);
    const analysis = (await analysisOf(api, editor.document));
    const applied = api.decorations!.applied(editor)!;
    for (const type of ['PER', 'ORG', 'LOC', 'MISC'] as const) {
      const expected = analysis.entities.filter((e) => e.type === type).flatMap((e) => e.mentions.map((m) => [m.start, m.end]));
      assert.deepStrictEqual(offsets(editor, applied[type]), expected.sort((a, b) => a[0] - b[0]), type);
    }
    for (const kind of ['speech', 'other', 'reported'] as const) {
      const expected = analysis.quotes.filter((q) => q.kind === kind).map((q) => [q.start, q.end]);
      assert.deepStrictEqual(offsets(editor, applied[kind]), expected, kind);
    }
    assert.ok(applied.PER.some((r) => editor.document.getText(r) === 'بوتين'), 'بوتين painted as a person');
    assert.ok(applied.LOC.some((r) => editor.document.getText(r) === 'موسكو'), 'موسكو painted as a place');
    assert.ok(applied.speech.some((r) => editor.document.getText(r) === 'نحن نبني شراكة لا تستهدف أحدًا'), 'the quote painted as speech');
  });

  it('names the speakers of an Arabic line at its end, where it cannot reorder the sentence', async () => {
    const editor = await showArticle(api);
    const analysis = (await analysisOf(api, editor.document));
    const speeches = analysis.quotes.filter((q) => q.kind === 'speech' && q.speaker);
    assert.ok(speeches.length > 0, 'the seed-like article has speech quotes');
    const afterTexts = api.decorations!.afterTexts(editor);
    // The speaker by its entity's fullest name, not the mention's form (بوتين).
    assert.ok(afterTexts.includes('\u00a0— فلاديمير بوتين'), JSON.stringify(afterTexts));
    const labelled = api.decorations!.applied(editor)!.speaker;
    const speechLines = new Set(speeches.map((q) => editor.document.positionAt(q.end).line));
    assert.strictEqual(labelled.length, speechLines.size, 'one label per line holding speech');
    for (const range of labelled) {
      assert.ok(range.isEmpty, 'the after-text sits on an empty range');
      assert.strictEqual(range.start.character, editor.document.lineAt(range.start.line).range.end.character, 'at the end of the line');
    }
  });

  it('shows the speaker labels as inlay hints (part of the wrapped line), and hides them when switched off', async () => {
    const editor = await showArticle(api);
    const document = editor.document;
    const whole = new vscode.Range(new vscode.Position(0, 0), document.lineAt(document.lineCount - 1).range.end);
    const hintsNow = () => vscode.commands.executeCommand<vscode.InlayHint[]>('vscode.executeInlayHintProvider', document.uri, whole);
    const labelOf = (hint: vscode.InlayHint) => (typeof hint.label === 'string' ? hint.label : hint.label.map((p) => p.value).join(''));
    const hints = await waitFor(async () => ((await hintsNow()).length > 0 ? hintsNow() : undefined), 'speaker inlay hints');
    const labelled = api.decorations!.applied(editor)!.speaker;
    assert.deepStrictEqual(hints.map((h) => document.offsetAt(h.position)), labelled.map((r) => document.offsetAt(r.start)));
    assert.deepStrictEqual(hints.map(labelOf), api.decorations!.afterTexts(editor).map((t) => t.trimStart()));
    assert.ok(hints.map(labelOf).includes('— فلاديمير بوتين'), JSON.stringify(hints.map(labelOf)));
    await setSetting('decorations.speakerAfterText', false);
    await waitFor(async () => (await hintsNow()).length === 0, 'speaker hints cleared');
  });

  it('marks a speaker the recogniser is unsure of with ؟, and leaves it out when unsure speakers are switched off', async () => {
    const editor = await showArticle(api, freshCopy('articles/ar-unsure-speaker.news', 'unsure-speaker.news'));
    const analysis = await analysisOf(api, editor.document);
    const unsure = analysis.quotes.find((q) => q.kind === 'speech' && q.speaker && (q.speakerConfidence ?? 1) < 0.9);
    assert.ok(unsure?.speaker, `an unsure speaker in the fixture: ${JSON.stringify(analysis.quotes.map((q) => [q.speaker?.text, q.speakerConfidence]))}`);
    const labels = () => api.decorations!.afterTexts(editor).map((t) => t.trim());
    await waitFor(() => labels().includes(`— ${unsure.speaker!.text}\u061f`), 'the unsure speaker labelled with ؟');
    assert.ok(labels().includes('— سامر الحداد'), JSON.stringify(labels()));
    await setSetting('decorations.unsureSpeakers', false);
    await waitFor(() => !labels().some((l) => l.includes(unsure.speaker!.text)), 'the unsure speaker left out');
    assert.deepStrictEqual(labels(), ['— سامر الحداد']);
    // The hover still names the guess and asks for a check.
    const at = editor.document.positionAt(unsure.start + 2);
    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', editor.document.uri, at);
    const shown = hovers.flatMap((h) => h.contents.map((c) => (typeof c === 'string' ? c : c.value))).join('\n');
    assert.ok(shown.includes(unsure.speaker.text) && /Not sure|غير متأكد|تحقق/.test(shown), shown);
  });

  it('answers a hint request right after an edit with the labels of the edited text', async () => {
    const editor = await showArticle(api, freshCopy('articles/ar-summit-seedlike.news', 'hints-typing.news'));
    const document = editor.document;
    const hintsNow = () =>
      vscode.commands.executeCommand<vscode.InlayHint[]>('vscode.executeInlayHintProvider', document.uri, new vscode.Range(new vscode.Position(0, 0), document.lineAt(document.lineCount - 1).range.end));
    const before = (await waitFor(async () => ((await hintsNow()).length > 0 ? hintsNow() : undefined), 'speaker inlay hints')).map((h) => document.offsetAt(h.position));
    const inserted = ' جديد';
    await editor.edit((b) => b.insert(document.lineAt(0).range.end, inserted));
    // Asked before the repaint (debounced), the provider waits for it rather than answer with stale offsets.
    const after = (await hintsNow()).map((h) => document.offsetAt(h.position));
    assert.deepStrictEqual(after, before.map((offset) => offset + inserted.length));
    assert.deepStrictEqual(after, api.decorations!.applied(editor)!.speaker.map((r) => document.offsetAt(r.start)));
  });

  it('names the speaker right behind the closing mark in an English line', async () => {
    const editor = await showArticle(api, freshCopy('articles/en-london-reuters.txt', 'speaker-en.news'));
    const analysis = (await analysisOf(api, editor.document));
    const speeches = analysis.quotes.filter((q) => q.kind === 'speech' && q.speaker);
    assert.ok(speeches.length > 0, 'the English fixture has speech quotes');
    const labelled = await waitFor(() => {
      const ranges = api.decorations!.applied(editor)?.speaker;
      return ranges && ranges.length > 0 ? ranges : undefined;
    }, 'speaker labels');
    const first = labelled[0];
    assert.strictEqual(editor.document.getText(new vscode.Range(first.start.translate(0, -1), first.start)), '"');
    assert.ok(api.decorations!.afterTexts(editor).some((t) => t.includes('Andrew Bailey')), JSON.stringify(api.decorations!.afterTexts(editor)));
  });

  it('marks the scraping artefacts the structure found, also in Arabic lines', async () => {
    const editor = await showArticle(api);
    const artefacts = (await analysisOf(api, editor.document)).artefacts;
    assert.ok(artefacts.length > 0, 'the seed-like article ends lines with a stray &');
    const applied = api.decorations!.applied(editor)!.artefact;
    assert.deepStrictEqual(offsets(editor, applied), artefacts.map((a) => [a.start, a.end]));
    assert.ok(applied.every((r) => editor.document.getText(r) === '&'));
  });

  it('switches kinds on and off live, clearing what is switched off', async () => {
    const editor = await showArticle(api);
    await setSetting('decorations.names', false);
    await waitFor(() => api.decorations!.applied(editor)!.PER.length === 0, 'names cleared');
    assert.ok(api.decorations!.applied(editor)!.speech.length > 0, 'quotes stay');
    await setSetting('decorations.speakerAfterText', false);
    await waitFor(() => api.decorations!.afterTexts(editor).length === 0, 'after-texts cleared');
    await setSetting('decorations.names', undefined);
    await waitFor(() => api.decorations!.applied(editor)!.PER.length > 0, 'names back');
  });

  it('toggles everything with the Toggle Decorations command', async () => {
    const editor = await showArticle(api);
    await vscode.commands.executeCommand('newsLens.toggleDecorations');
    await waitFor(() => Object.values(api.decorations!.applied(editor)!).every((r) => r.length === 0), 'all cleared');
    await vscode.commands.executeCommand('newsLens.toggleDecorations');
    await waitFor(() => api.decorations!.applied(editor)!.PER.length > 0, 'painted again');
  });

  it('follows edits after a pause, with the ranges of the latest version', async () => {
    const editor = await showArticle(api, freshCopy('articles/ar-summit-seedlike.news', 'typing.news'));
    const versions: number[] = [];
    const sub = api.decorations!.onDidApplyDecorations((e) => e.editor === editor && versions.push(e.version));
    const inserted = 'وقال بوتين: "نعم". ';
    const at = editor.document.positionAt(editor.document.getText().indexOf('وقال بوتين'));
    try {
      for (const [i, ch] of [...inserted].entries()) await editor.edit((b) => b.insert(at.translate(0, i), ch));
      await paintedVersion(api, editor, editor.document.version);
    } finally {
      sub.dispose();
    }
    // Debounced: the painted versions are few and end with the current one; stale ones are dropped.
    assert.ok(versions.length < inserted.length, `painted ${versions.length} times for ${inserted.length} keystrokes`);
    assert.strictEqual(versions[versions.length - 1], editor.document.version);
    const analysis = (await analysisOf(api, editor.document));
    const expected = analysis.entities.filter((e) => e.type === 'PER').flatMap((e) => e.mentions.map((m) => [m.start, m.end]));
    assert.deepStrictEqual(offsets(editor, api.decorations!.applied(editor)!.PER), expected.sort((a, b) => a[0] - b[0]));
    const typed = analysis.quotes.find((q) => q.kind === 'speech' && q.text === 'نعم');
    assert.strictEqual(typed?.speaker?.text, 'بوتين', 'the typed quote is speech by بوتين');
    const line = editor.document.positionAt(typed.end).line;
    assert.ok(api.decorations!.applied(editor)!.speaker.some((r) => r.start.line === line), 'its line carries a speaker label');
  });

  it('does not set decorations again after an unrelated edit (no flicker)', async () => {
    const editor = await showArticle(api, freshCopy('articles/ar-summit-seedlike.news', 'unrelated.news'));
    const names = api.decorations!.applied(editor)!.PER;
    const end = editor.document.positionAt(editor.document.getText().length);
    await editor.edit((b) => b.insert(end, '\n'));
    await paintedVersion(api, editor, editor.document.version);
    // Same array object: the manager compared the new plan with the last one and skipped setDecorations.
    assert.strictEqual(api.decorations!.applied(editor)!.PER, names);
  });
});
