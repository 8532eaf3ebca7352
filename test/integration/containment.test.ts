import * as assert from 'node:assert';
import * as vscode from 'vscode';
import { AnalysisCache } from '../../src/vscode/analysis/analysis-cache';
import { contained, FailureLog } from '../../src/vscode/analysis/failure-log';
import { AnalysisWorkerClient } from '../../src/vscode/analysis/worker-client';
import type { NewsLensApi } from '../../src/extension';
import { showArticle } from './article-helpers';
import { activateExtension, fixtureUri } from './util';

/** The articles that once threw inside the core and took the extension down (issue 9). */
const CRASHERS = ['en-colon-third-line.news', 'ar-colon-third-line.news'];
/** The logs made here are read through onDidLog; they need no output channel of their own. */
const quietSink = () => ({ appendLine: () => undefined, dispose: () => undefined });

describe('Failure containment', () => {
  let api: NewsLensApi;
  before(async () => {
    api = await activateExtension();
  });
  afterEach(() => vscode.commands.executeCommand('workbench.action.closeAllEditors'));

  for (const name of CRASHERS) {
    it(`opens ${name} with its outline, its names and no failure`, async () => {
      const logged: string[] = [];
      const sub = api.failures.onDidLog((line) => logged.push(line));
      try {
        const editor = await showArticle(api, fixtureUri('crashers', name));
        const symbols = await vscode.commands.executeCommand<vscode.DocumentSymbol[]>('vscode.executeDocumentSymbolProvider', editor.document.uri);
        assert.ok(symbols && symbols.length >= 2, `outline: ${JSON.stringify(symbols?.map((s) => s.name))}`);
        assert.deepStrictEqual(logged, []);
        assert.strictEqual((await api.cache.get(editor.document))?.deep, true);
      } finally {
        sub.dispose();
      }
    });
  }

  it('answers a failed analysis with the outline, reports it once and does not retry that version', async () => {
    const failures = new FailureLog(quietSink);
    let spawned = 0;
    const worker = new AnalysisWorkerClient(() => {
      spawned++;
      throw new Error('no worker in this test');
    });
    const cache = new AnalysisCache(worker, failures);
    const logged: string[] = [];
    const sub = failures.onDidLog((line) => logged.push(line));
    try {
      const document = await vscode.workspace.openTextDocument(fixtureUri('articles', 'ar-title-cairo.txt'));
      const first = await cache.get(document);
      assert.ok(first && !first.deep && first.blocks.length > 0, 'the outline-only analysis');
      assert.ok(first.blocks.some((b) => b.kind === 'dateline'), 'the structure, not just paragraphs');
      assert.strictEqual(logged.length, 1);
      assert.match(logged[0], /^analysis failed in ar-title-cairo\.txt \(version \d+\): the analysis worker could not start: no worker in this test$/);
      assert.match(cache.failureOf(document) ?? '', /no worker in this test/);
      const again = await cache.get(document);
      assert.strictEqual(again, first, 'the cached fallback of this version');
      assert.strictEqual(spawned, 1, 'not retried for the same version');
      assert.strictEqual(logged.length, 1, 'reported once');
    } finally {
      sub.dispose();
      cache.dispose();
      worker.dispose();
      failures.dispose();
    }
  });

  it('turns a throwing feature into its fallback and one line', async () => {
    const failures = new FailureLog(quietSink);
    const logged: string[] = [];
    failures.onDidLog((line) => logged.push(line));
    try {
      const answer = await contained(failures, 'outline', undefined, 'fallback', () => {
        throw new Error('first line\nsecond line');
      });
      assert.strictEqual(answer, 'fallback');
      assert.deepStrictEqual(logged, ['outline failed: first line']);
    } finally {
      failures.dispose();
    }
  });
});
