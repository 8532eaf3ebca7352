import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { monitorEventLoopDelay, performance } from 'node:perf_hooks';
import * as vscode from 'vscode';
import { syntheticArticle } from '../../scripts/bench/generate';
import type { NewsLensApi } from '../../src/extension';

const EXTENSION_ID = 'news-lens.news-lens';
const KEYSTROKES = Number(process.env.NEWS_LENS_BENCH_KEYSTROKES || 12);
const DEADLINE_MS = 300_000;

interface Case {
  name: string;
  text: () => string;
}

/** A long article written as one line, the shape that once froze the host for 151 s. */
function oneLine(bytes: number): string {
  return syntheticArticle(bytes, 'ar').replace(/\n+/g, ' ');
}

const CASES: Case[] = [
  { name: '100 KB Arabic article', text: () => syntheticArticle(100_000, 'ar') },
  { name: '500 KB Arabic article', text: () => syntheticArticle(500_000, 'ar') },
  { name: '0.5 MB one-line Arabic article', text: () => oneLine(500_000) },
  { name: 'the crash article (colon on a third line)', text: () => 'Headline\n\nFirst line of the story.\nSecond line\nthird: and more words here.\n' },
];

/** Resolves with `now()` when it already has a value, else with the first value `onValue` reports. */
function waitUntil<T>(what: string, now: () => T | undefined, onValue: (report: (value: T) => void) => vscode.Disposable): Promise<T> {
  return new Promise((resolve, reject) => {
    let done = false;
    const finish = (value: T) => {
      if (done) return;
      done = true;
      clearTimeout(timer);
      sub.dispose();
      resolve(value);
    };
    const timer = setTimeout(() => {
      sub.dispose();
      reject(new Error(`timed out waiting for ${what}`));
    }, DEADLINE_MS);
    const sub = onValue(finish);
    const value = now();
    if (value !== undefined) finish(value);
  });
}

const percentile = (values: number[], p: number) => [...values].sort((a, b) => a - b)[Math.min(values.length - 1, Math.floor(p * values.length))];

describe('Responsiveness of the extension host (reported, not asserted)', function () {
  this.timeout(DEADLINE_MS * 2);
  let api: NewsLensApi;
  let dir: string;

  before(async () => {
    api = await vscode.extensions.getExtension<NewsLensApi>(EXTENSION_ID)!.activate();
    dir = mkdtempSync(join(tmpdir(), 'news-lens-bench-'));
  });
  after(() => rmSync(dir, { recursive: true, force: true }));
  afterEach(() => vscode.commands.executeCommand('workbench.action.closeAllEditors'));

  for (const c of CASES) {
    it(c.name, async () => {
      const file = join(dir, `${c.name.replace(/\W+/g, '-')}.news`);
      writeFileSync(file, c.text());
      // One histogram per phase, so a long block can be told apart: VS Code opening the file,
      // our analysis and first paint, the outline, typing.
      const phases = new Map<string, ReturnType<typeof monitorEventLoopDelay>>();
      const phase = (name: string) => {
        for (const h of phases.values()) h.disable();
        const h = monitorEventLoopDelay({ resolution: 10 });
        h.enable();
        phases.set(name, h);
      };
      const ms = (n: number) => `${Math.round(n)} ms`;
      phase('open');
      const opened = performance.now();
      const document = await vscode.workspace.openTextDocument(vscode.Uri.file(file));
      const editor = await vscode.window.showTextDocument(document, { preview: false });
      phase('first paint');
      /** Resolves when decorations of `version` (or later) are applied; `now` accepts what is already painted. */
      const painted = (version: number, now = false) =>
        waitUntil(
          `decorations of version ${version}`,
          () => (now && api.decorations?.applied(editor) ? performance.now() : undefined),
          (report) => api.decorations!.onDidApplyDecorations((e) => e.editor.document === document && e.version >= version && report(performance.now())),
        );
      const firstPaint = (await painted(document.version, true)) - opened;
      phase('outline');
      const symbols = await vscode.commands.executeCommand<vscode.DocumentSymbol[]>('vscode.executeDocumentSymbolProvider', document.uri);
      const outline = performance.now() - opened;
      console.log(`[bench:host] ${c.name} (${document.getText().length} chars): outline of ${symbols?.length ?? 0} symbols after ${ms(outline)}, first paint ${ms(firstPaint)}`);

      phase('typing');
      const keystrokes: number[] = [];
      const at = document.lineAt(Math.min(2, document.lineCount - 1)).range.end;
      for (let i = 0; i < KEYSTROKES; i++) {
        const typed = performance.now();
        await editor.edit((b) => b.insert(at, 'x'));
        keystrokes.push((await painted(document.version)) - typed);
      }
      for (const h of phases.values()) h.disable();
      const blocks = [...phases].map(([name, h]) => `${name} ${ms(h.max / 1e6)}`).join(', ');
      console.log(
        `[bench:host] ${c.name}: keystroke to decorations median ${ms(percentile(keystrokes, 0.5))} ` +
          `p95 ${ms(percentile(keystrokes, 0.95))} (150 ms of it debounce); longest host block per phase: ${blocks}`,
      );
      await vscode.commands.executeCommand('workbench.action.files.revert');
    });
  }
});
