import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import * as vscode from 'vscode';
import { corpusArticle } from '../../scripts/bench/corpus';
import { syntheticArticle } from '../../scripts/bench/generate';
import type { NewsLensApi } from '../../src/extension';

const EXTENSION_ID = 'news-lens.news-lens';
const ARTICLES = Number(process.env.NEWS_LENS_BENCH_CORPUS_ARTICLES || 2_000);
const KEYSTROKES = Number(process.env.NEWS_LENS_BENCH_KEYSTROKES || 12);
const QUERIES = ['بوتين', 'putin', 'غوت', 'Mac', 'انقرة', 'Sergei Lavrov'];
const DEADLINE_MS = 600_000;

const median = (values: number[]) => [...values].sort((a, b) => a - b)[values.length >> 1];
const ms = (n: number) => `${n.toFixed(n < 10 ? 1 : 0)} ms`;

/**
 * The workspace corpus in the real host (reported, never asserted): time to index a workspace of
 * generated articles from nothing, Ctrl+T's answer time on it, and keystroke to decorations in an
 * open article while the index is being built, against the same with the index idle.
 */
describe('Workspace corpus in the host (reported, not asserted)', function () {
  this.timeout(DEADLINE_MS * 2);
  let api: NewsLensApi;
  let folder: string;

  before(async () => {
    api = await vscode.extensions.getExtension<NewsLensApi>(EXTENSION_ID)!.activate();
    api.failures.onDidLog((line) => console.log(`[bench:host] News Lens output: ${line}`));
    const corpus = api.corpus!.corpus;
    await corpus.whenIdle();
    folder = join(vscode.workspace.workspaceFolders![0].uri.fsPath, `corpus-bench-${process.pid}`);
    mkdirSync(folder, { recursive: true });
    // The first indexing: files appear on disk, the watcher sees them, the worker's caches are cold.
    const t0 = performance.now();
    for (let i = 0; i < ARTICLES; i++) {
      const article = corpusArticle(i);
      writeFileSync(join(folder, article.name), article.text);
    }
    const written = performance.now();
    const name = folder.split('/').pop()!;
    for (const deadline = Date.now() + DEADLINE_MS; corpus.index.articleIds().filter((a) => a.includes(name)).length < ARTICLES; ) {
      if (Date.now() > deadline) throw new Error('the generated articles were never all indexed');
      await new Promise((r) => setTimeout(r, 100));
    }
    const seconds = (performance.now() - written) / 1000;
    console.log(`[bench:host] corpus: ${ARTICLES} new articles written in ${((written - t0) / 1000).toFixed(1)} s, indexed through the file watcher ${seconds.toFixed(1)} s later: ${(ARTICLES / seconds).toFixed(0)} articles/s`);
  });

  after(async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    rmSync(folder, { recursive: true, force: true });
    await api.corpus?.corpus.rescan();
  });

  it(`indexes ${ARTICLES} articles, then answers Ctrl+T`, async () => {
    const corpus = api.corpus!.corpus;
    await corpus.whenIdle();
    const before = { ...corpus.timings };
    const cpu0 = process.cpuUsage();
    const t0 = performance.now();
    await corpus.rebuild();
    const seconds = (performance.now() - t0) / 1000;
    const cpu = process.cpuUsage(cpu0);
    console.log(`[bench:host] corpus: CPU of the extension host process meanwhile (all its threads, the index worker included): ${((cpu.user + cpu.system) / 1e6).toFixed(1)} s in ${seconds.toFixed(1)} s`);
    const spent = Object.entries(corpus.timings).map(([step, total]) => `${step} ${((total - before[step as keyof typeof before]) / 1000).toFixed(1)} s`);
    console.log(`[bench:host] corpus: time per step, summed: ${spent.join(', ')}`);
    console.log(`[bench:host] corpus: ${corpus.index.size} articles indexed again from nothing (Re-index; the worker's word caches warm) in ${seconds.toFixed(1)} s: ${(corpus.index.size / seconds).toFixed(0)} articles/s (one worker, one core)`);

    const first = performance.now();
    await vscode.commands.executeCommand('vscode.executeWorkspaceSymbolProvider', QUERIES[0]);
    console.log(`[bench:host] corpus: first Ctrl+T after indexing (builds the merged view): ${ms(performance.now() - first)}`);
    for (const query of QUERIES) {
      const times: number[] = [];
      let found = 0;
      for (let i = 0; i < 5; i++) {
        const t = performance.now();
        found = (await vscode.commands.executeCommand<vscode.SymbolInformation[]>('vscode.executeWorkspaceSymbolProvider', query)).length;
        times.push(performance.now() - t);
      }
      const lookup = performance.now();
      corpus.index.lookup(query, 200);
      console.log(`[bench:host] corpus: Ctrl+T '${query}': ${found} symbols, median ${ms(median(times))} through VS Code (index lookup alone ${ms(performance.now() - lookup)})`);
    }
  });

  it('keystroke to decorations while indexing, against idle', async () => {
    const corpus = api.corpus!.corpus;
    const file = join(folder, '..', `typing-${process.pid}.news`);
    writeFileSync(file, syntheticArticle(20_000, 'ar'));
    try {
      const document = await vscode.workspace.openTextDocument(vscode.Uri.file(file));
      const editor = await vscode.window.showTextDocument(document, { preview: false });
      const painted = (version: number) =>
        new Promise<number>((resolve) => {
          const sub = api.decorations!.onDidApplyDecorations((e) => {
            if (e.editor.document === document && e.version >= version) {
              sub.dispose();
              resolve(performance.now());
            }
          });
        });
      // The first paint: polled with a deadline (it may have happened before we listen).
      for (const deadline = Date.now() + DEADLINE_MS; api.decorations?.applied(editor) === undefined; ) {
        if (Date.now() > deadline) throw new Error('the article was never painted');
        await new Promise((r) => setTimeout(r, 50));
      }
      const type = async (): Promise<number[]> => {
        const times: number[] = [];
        const at = document.lineAt(2).range.end;
        for (let i = 0; i < KEYSTROKES; i++) {
          const typed = performance.now();
          const done = painted(document.version + 1);
          await editor.edit((b) => b.insert(at, 'x'));
          times.push((await done) - typed);
        }
        return times;
      };
      await corpus.whenIdle();
      const idle = await type();
      const building = corpus.rebuild();
      await new Promise<void>((resolve) => {
        if (corpus.state === 'indexing') return resolve();
        const sub = corpus.onDidChangeState((s) => s === 'indexing' && (sub.dispose(), resolve()));
      });
      const busy = await type();
      const stillIndexing = corpus.state === 'indexing';
      await building;
      console.log(
        `[bench:host] corpus: keystroke to decorations (20 KB Arabic article) median idle ${ms(median(idle))}, while indexing ${ms(median(busy))} ` +
          `(${((median(busy) / median(idle) - 1) * 100).toFixed(0)}%; ${stillIndexing ? 'indexing throughout' : 'indexing ended before the last keystroke'})`,
      );
      await vscode.commands.executeCommand('workbench.action.files.revert');
    } finally {
      rmSync(file, { force: true });
    }
  });
});
