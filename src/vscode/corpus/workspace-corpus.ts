import * as vscode from 'vscode';
import { CorpusIndex, type CorpusIndexJson } from '../../core/corpus/corpus-index';
import { articleEntry } from '../../core/corpus/entry';
import { MAX_DEEP_LENGTH } from '../analysis/analysis-cache';
import type { FailureLog } from '../analysis/failure-log';
import { AnalysisWorkerClient, type SpawnWorker } from '../analysis/worker-client';
import { readCorpusConfig } from './corpus-config';
import { workspaceFiles, type FileAccess } from './file-access';
import { CORPUS_GLOB, decodeArticle, findCorpusFiles, isPlainText, plainTextIsArticle } from './corpus-files';

/** What was on disk when a file was looked at: a changed mtime or size means it is read again. */
interface FileStamp {
  mtime: number;
  size: number;
  /** Left out by the size limit (or not a file): looked at again whatever its stamp. */
  tooLarge?: true;
}

interface StoredCorpus {
  /** The extension version that analysed the articles: another version's index is built again. */
  analyser: string;
  index: CorpusIndexJson;
  /** Every file looked at, articles or not (a .txt that is not an article is not read again). */
  files: Record<string, FileStamp>;
}

export type CorpusState = 'idle' | 'scanning' | 'indexing';

const STORE_FILE = 'corpus-index.json';
const CORPUS_EXTENSION = /\.(news|article|txt)$/i;
/** Watcher events come in bursts (a checkout, a copy of a folder): they are taken together. */
const WATCH_DEBOUNCE_MS = 300;
/** Views and searches hear of progress at most this often while a scan indexes. */
const CHANGE_THROTTLE_MS = 500;
/** The index's worker is stopped after this long without work: it holds the models (memory). */
const WORKER_IDLE_MS = 30_000;
const SAVE_DEBOUNCE_MS = 2_000;
/**
 * Indexing holds back while the user types: the next article goes to the worker only when no
 * document was edited for this long, so the editor's own analysis has the cores to itself (on
 * a two-core machine the index worker would otherwise take one of them).
 */
const YIELD_TO_TYPING_MS = 1_000;
/** Files being read (or waiting for the worker) at once while indexing. */
const READ_AHEAD = 8;

/**
 * The workspace's corpus: every article's names and attributed quotes, indexed in the
 * background in a worker of its own (the editor's analyses never wait behind it; one worker
 * is at most one core). A scan compares each file's mtime and size with what was indexed, so
 * only new and changed files are analysed again; the file watcher does the same for files
 * changed later. The index is kept in the workspace storage, so a reopened workspace answers
 * at once from it while the scan checks it.
 */
export class WorkspaceCorpus implements vscode.Disposable {
  readonly index = new CorpusIndex();
  private readonly stamps = new Map<string, FileStamp>();
  private readonly changed = new vscode.EventEmitter<void>();
  private readonly stateChanged = new vscode.EventEmitter<CorpusState>();
  private readonly subscriptions: vscode.Disposable[] = [];
  /** Files waiting to be looked at (URI strings), in order. */
  private readonly queue = new Set<string>();
  private worker: AnalysisWorkerClient | undefined;
  private workerIdleTimer: ReturnType<typeof setTimeout> | undefined;
  private watchTimer: ReturnType<typeof setTimeout> | undefined;
  private saveTimer: ReturnType<typeof setTimeout> | undefined;
  private changeTimer: ReturnType<typeof setTimeout> | undefined;
  private readonly watched = new Set<string>();
  /** Created paths that may be folders (URI strings ending in a slash). */
  private readonly watchedFolders = new Set<string>();
  private run: vscode.CancellationTokenSource | undefined;
  private current: CorpusState = 'idle';
  private lastEdit = 0;
  private done = 0;
  private disposed = false;
  /** Milliseconds spent per step since the start, summed over files (the host benchmark reports them). */
  readonly timings = { stat: 0, read: 0, analyse: 0, entry: 0 };
  /** Fires when the index changed (throttled while indexing). */
  readonly onDidChange = this.changed.event;
  readonly onDidChangeState = this.stateChanged.event;

  constructor(
    private readonly spawnWorker: SpawnWorker,
    /** The workspace storage folder the index is kept in (none without a workspace). */
    readonly storage: vscode.Uri | undefined,
    private readonly failures: FailureLog,
    readonly analyser = 'development',
    readonly files: FileAccess = workspaceFiles,
  ) {
    const watcher = vscode.workspace.createFileSystemWatcher(CORPUS_GLOB);
    const note = (uri: vscode.Uri) => this.noteChange(uri);
    // A folder created or deleted as a whole (a copy, a move, rm -r) is one event for the folder,
    // none for its files: a second watcher on every path catches those.
    const folders = vscode.workspace.createFileSystemWatcher('**/*', false, true, false);
    this.subscriptions.push(
      this.changed,
      this.stateChanged,
      watcher,
      watcher.onDidCreate(note),
      watcher.onDidChange(note),
      watcher.onDidDelete(note),
      folders,
      // Typing is an edit in a document the user sees: output channels and documents changed
      // in the background (another extension's, a test's) must not hold indexing back for ever.
      vscode.workspace.onDidChangeTextDocument((e) => {
        if (e.contentChanges.length > 0 && vscode.window.visibleTextEditors.some((editor) => editor.document === e.document)) this.lastEdit = Date.now();
      }),
      folders.onDidCreate((uri) => this.noteFolder(uri, true)),
      folders.onDidDelete((uri) => this.noteFolder(uri, false)),
    );
  }

  get state(): CorpusState {
    return this.current;
  }

  /** Files looked at and files still waiting in the running scan. */
  get progress(): { done: number; total: number } {
    return { done: this.done, total: this.done + this.queue.size };
  }

  /** Loads the stored index (answers at once), then scans the workspace for what changed. */
  async start(): Promise<void> {
    this.setState('scanning'); // whenIdle waits for the stored index and the first scan
    await this.load();
    await this.rescan();
  }

  /** Looks at every file again: new and changed ones are indexed, vanished ones forgotten. */
  async rescan(): Promise<void> {
    this.cancel();
    const run = (this.run = new vscode.CancellationTokenSource());
    if (!readCorpusConfig().enabled || !vscode.workspace.workspaceFolders?.length) {
      this.clear();
      return;
    }
    this.setState('scanning');
    try {
      const files = await findCorpusFiles(run.token);
      if (run.token.isCancellationRequested) return;
      const present = new Set(files.map((f) => f.toString()));
      for (const key of [...this.stamps.keys()]) if (!present.has(key)) this.forget(key);
      for (const uri of files) this.queue.add(uri.toString());
      this.fireChange(true);
      await this.drain(run.token);
    } catch (err) {
      this.failures.report('indexing the workspace', err);
    } finally {
      if (this.run === run) this.finish();
    }
  }

  /** Forgets everything and indexes every file again (Re-index Workspace Articles; the benchmark). */
  async rebuild(): Promise<void> {
    this.cancel();
    this.clear();
    await this.rescan();
  }

  /** Stops the running scan; what was indexed stays, the rest waits for the next scan. */
  cancel(): void {
    this.run?.cancel();
    this.run = undefined;
    this.queue.clear();
    this.setState('idle');
  }

  /** Resolves when no scan runs and no watched change waits (tests, benchmarks). */
  whenIdle(): Promise<void> {
    if (this.current === 'idle' && this.watchTimer === undefined) return Promise.resolve();
    return new Promise((resolve) => {
      const sub = this.onDidChangeState((s) => {
        if (s === 'idle' && this.watchTimer === undefined) {
          sub.dispose();
          resolve();
        }
      });
    });
  }

  private async drain(token: vscode.CancellationToken): Promise<void> {
    if (this.queue.size > 0) this.setState('indexing');
    this.done = 0;
    const { maxFileBytes } = readCorpusConfig();
    // Reading a file through workspace.fs is a round trip of several milliseconds, longer than
    // analysing a short article: a few files are read at once so the worker never waits. The
    // worker still analyses one article at a time (its client queues the others).
    const lane = async () => {
      while (this.queue.size > 0 && !token.isCancellationRequested && !this.disposed) {
        const key: string = this.queue.values().next().value!;
        this.queue.delete(key);
        try {
          await this.look(vscode.Uri.parse(key, true), maxFileBytes, token);
        } catch (err) {
          // A file that cannot be read or analysed is reported and left out; the others go on.
          this.forget(key);
          this.failures.report(`indexing ${vscode.Uri.parse(key).path.split('/').pop()}`, err);
        }
        this.done++;
        this.fireChange(false);
      }
    };
    await Promise.all(Array.from({ length: READ_AHEAD }, lane));
  }

  /** Indexes one file if it changed since it was last looked at. */
  private async look(uri: vscode.Uri, maxFileBytes: number, token: vscode.CancellationToken): Promise<void> {
    const key = uri.toString();
    let stat: { mtime: number; size: number; isFile: boolean };
    let t = performance.now();
    const lap = (step: keyof WorkspaceCorpus['timings']) => {
      const now = performance.now();
      this.timings[step] += now - t;
      t = now;
    };
    try {
      stat = await this.files.stat(uri);
      lap('stat');
    } catch {
      this.forget(key); // gone meanwhile
      return;
    }
    // Checked before the stamp: a file left out as too large comes in when the limit is raised, and the reverse.
    if (!stat.isFile || stat.size > maxFileBytes) {
      if (this.index.delete(key)) this.fireChange(false);
      this.stamps.set(key, { mtime: stat.mtime, size: stat.size, tooLarge: true });
      return;
    }
    const known = this.stamps.get(key);
    if (known && !known.tooLarge && known.mtime === stat.mtime && known.size === stat.size) return;
    const stamp = { mtime: stat.mtime, size: stat.size };
    const text = decodeArticle(await this.files.read(uri));
    lap('read');
    if (token.isCancellationRequested) return;
    if (isPlainText(uri) && !plainTextIsArticle(text)) {
      this.index.delete(key);
      this.stamps.set(key, stamp);
      return;
    }
    const analysis = await this.analyse(key, text);
    lap('analyse');
    if (!analysis || token.isCancellationRequested) return;
    this.index.set(key, articleEntry(analysis, text));
    lap('entry');
    this.stamps.set(key, stamp);
  }

  private async analyse(key: string, text: string) {
    for (let wait = this.lastEdit + YIELD_TO_TYPING_MS - Date.now(); wait > 0 && !this.disposed; wait = this.lastEdit + YIELD_TO_TYPING_MS - Date.now()) {
      await new Promise((resolve) => setTimeout(resolve, wait));
    }
    if (this.workerIdleTimer !== undefined) clearTimeout(this.workerIdleTimer);
    this.workerIdleTimer = undefined;
    this.worker ??= new AnalysisWorkerClient(this.spawnWorker);
    return this.worker.analyze(key, text, MAX_DEEP_LENGTH);
  }

  private noteChange(uri: vscode.Uri): void {
    this.watched.add(uri.toString());
    this.scheduleWatched();
  }

  /** A path that is not an article file: maybe a folder, whose articles come or go with it. */
  private noteFolder(uri: vscode.Uri, created: boolean): void {
    if (CORPUS_EXTENSION.test(uri.path)) return; // the article watcher has it
    const prefix = `${uri.toString()}/`;
    if (!created) {
      for (const key of [...this.stamps.keys()]) if (key.startsWith(prefix)) this.forget(key);
      for (const key of this.index.articleIds()) if (key.startsWith(prefix)) this.forget(key);
      return;
    }
    // Only a folder needs a look (every created file anywhere would otherwise cost a scan).
    void this.files.stat(uri).then(
      (stat) => {
        if (stat.isFile) return;
        this.watchedFolders.add(prefix);
        this.scheduleWatched();
      },
      () => undefined, // gone again already
    );
  }

  private scheduleWatched(): void {
    if (this.watchTimer !== undefined) clearTimeout(this.watchTimer);
    this.watchTimer = setTimeout(() => void this.takeWatched(), WATCH_DEBOUNCE_MS);
  }

  /**
   * Indexes the files the watcher saw change. Which of them the excludes leave in is asked of
   * findFiles once per burst (VS Code offers no glob matcher to extensions).
   */
  private async takeWatched(): Promise<void> {
    if (this.current !== 'idle') {
      // A scan is running: it picks these up when it reaches them, or they wait for its end.
      this.watchTimer = setTimeout(() => void this.takeWatched(), WATCH_DEBOUNCE_MS);
      return;
    }
    const keys = [...this.watched];
    const folders = [...this.watchedFolders];
    this.watched.clear();
    this.watchedFolders.clear();
    const run = (this.run = new vscode.CancellationTokenSource());
    this.setState('scanning');
    this.watchTimer = undefined;
    try {
      if (!readCorpusConfig().enabled) return;
      const present = new Set((await findCorpusFiles(run.token)).map((f) => f.toString()));
      if (run.token.isCancellationRequested) return;
      for (const key of keys) {
        if (present.has(key)) this.queue.add(key);
        else this.forget(key);
      }
      if (folders.length) for (const key of present) if (folders.some((f) => key.startsWith(f))) this.queue.add(key);
      this.fireChange(true);
      await this.drain(run.token);
    } catch (err) {
      this.failures.report('indexing changed files', err);
    } finally {
      if (this.run === run) this.finish();
    }
  }

  private finish(): void {
    this.run = undefined;
    this.queue.clear();
    // Merge now, in the background, so the first Ctrl+T after indexing need not.
    this.index.entities();
    this.fireChange(true);
    this.scheduleSave();
    this.setState('idle');
    if (this.worker && this.workerIdleTimer === undefined) {
      this.workerIdleTimer = setTimeout(() => {
        this.workerIdleTimer = undefined;
        this.worker?.dispose();
        this.worker = undefined;
      }, WORKER_IDLE_MS);
    }
  }

  private forget(key: string): void {
    this.stamps.delete(key);
    if (this.index.delete(key)) this.fireChange(false);
  }

  private clear(): void {
    for (const key of this.index.articleIds()) this.index.delete(key);
    this.stamps.clear();
    this.fireChange(true);
  }

  private setState(state: CorpusState): void {
    if (state === this.current) return;
    this.current = state;
    this.stateChanged.fire(state);
  }

  private fireChange(now: boolean): void {
    if (now) {
      if (this.changeTimer !== undefined) clearTimeout(this.changeTimer);
      this.changeTimer = undefined;
      this.changed.fire();
      return;
    }
    this.changeTimer ??= setTimeout(() => {
      this.changeTimer = undefined;
      this.changed.fire();
    }, CHANGE_THROTTLE_MS);
  }

  private async load(): Promise<void> {
    if (!this.storage) return;
    try {
      const stored = JSON.parse(decodeArticle(await vscode.workspace.fs.readFile(vscode.Uri.joinPath(this.storage, STORE_FILE)))) as Partial<StoredCorpus>;
      if (stored.analyser !== this.analyser) return; // names found by another version: all read again
      const index = CorpusIndex.fromJSON(stored.index);
      for (const [key, stamp] of Object.entries(stored.files ?? {})) {
        if (typeof stamp?.mtime !== 'number' || typeof stamp.size !== 'number') continue;
        this.stamps.set(key, stamp.tooLarge ? { mtime: stamp.mtime, size: stamp.size, tooLarge: true } : { mtime: stamp.mtime, size: stamp.size });
        const entry = index.entry(key);
        if (entry) this.index.set(key, entry);
      }
      this.fireChange(true);
    } catch {
      // No stored index yet (or a damaged one): the scan builds it.
    }
  }

  private scheduleSave(): void {
    if (!this.storage || this.disposed) return;
    if (this.saveTimer !== undefined) clearTimeout(this.saveTimer);
    this.saveTimer = setTimeout(() => {
      this.saveTimer = undefined;
      void this.save();
    }, SAVE_DEBOUNCE_MS);
  }

  /** Writes the index to the workspace storage (also called on dispose when a save is due). */
  async save(): Promise<void> {
    if (!this.storage) return;
    try {
      const stored: StoredCorpus = { analyser: this.analyser, index: this.index.toJSON(), files: Object.fromEntries(this.stamps) };
      await vscode.workspace.fs.createDirectory(this.storage);
      await vscode.workspace.fs.writeFile(vscode.Uri.joinPath(this.storage, STORE_FILE), new TextEncoder().encode(JSON.stringify(stored)));
    } catch (err) {
      this.failures.report('saving the corpus index', err);
    }
  }

  dispose(): void {
    this.disposed = true;
    this.cancel();
    for (const t of [this.watchTimer, this.saveTimer, this.changeTimer, this.workerIdleTimer]) if (t !== undefined) clearTimeout(t);
    if (this.saveTimer !== undefined) void this.save();
    this.worker?.dispose();
    for (const s of this.subscriptions) s.dispose();
  }
}
