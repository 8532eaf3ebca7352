import * as vscode from 'vscode';
import { outlineOnlyAnalysis } from '../../core/outline-only';
import type { Analysis } from '../../core/types';
import type { FailureLog } from './failure-log';
import type { AnalysisWorkerClient } from './worker-client';

/**
 * Names and quotations are looked for in documents up to this many characters (about
 * 1 MB of Arabic UTF-8, half a second in the worker; a long article is 50 000); larger ones
 * get their outline only.
 */
export const MAX_DEEP_LENGTH = 500_000;

/**
 * What the user decided, laid over the recogniser's analysis (the annotations' store). The
 * cache keeps the recogniser's analysis per version and the overlaid one per revision.
 */
export interface AnalysisOverlay {
  /** Changes whenever `apply` would answer differently for the same document version. */
  revision(document: vscode.TextDocument): number;
  apply(document: vscode.TextDocument, analysis: Analysis): Analysis;
  /** Fires when a document's decisions changed without an edit of its text. */
  readonly onDidChange: vscode.Event<vscode.TextDocument>;
}

interface Entry {
  version: number;
  /** The overlaid analysis of this version and the overlay revision it was made for. */
  decided?: { revision: number; analysis: Analysis };
  promise: Promise<Analysis | undefined>;
  /** Set once the analysis of this version finished (or failed and fell back). */
  analysis?: Analysis;
  /** Why the full analysis failed, when it did; the analysis is then the outline only. */
  failure?: string;
}

/**
 * One analysis per document version, shared by every provider, decoration and view. The
 * work runs in the analysis worker, off the extension host's thread; a failure is cached for
 * its version (reported once, never retried on every request) and answered with the outline
 * only. Entries are dropped when their document closes; a new version replaces the old and
 * its queued request.
 */
export class AnalysisCache implements vscode.Disposable {
  private readonly entries = new Map<string, Entry>();
  private readonly finished = new vscode.EventEmitter<vscode.TextDocument>();
  private readonly subscriptions: vscode.Disposable[];
  private readonly revised = new vscode.EventEmitter<vscode.TextDocument>();
  private overlay: AnalysisOverlay | undefined;
  /** Fires when the analysis of a document's version is ready (also after a fallback). */
  readonly onDidAnalyze = this.finished.event;
  /** Fires when a document's analysis changed without an edit: the user's annotations changed. */
  readonly onDidRevise = this.revised.event;

  constructor(
    private readonly worker: AnalysisWorkerClient,
    private readonly failures: FailureLog,
  ) {
    this.subscriptions = [
      this.finished,
      this.revised,
      vscode.workspace.onDidCloseTextDocument((doc) => {
        const key = doc.uri.toString();
        this.entries.delete(key);
        this.worker.cancel(key);
      }),
    ];
  }

  /**
   * The analysis of the document's current version. Resolves undefined when `token` is
   * cancelled first or a newer version replaced this one before it was analysed.
   */
  get(document: vscode.TextDocument, token?: vscode.CancellationToken): Promise<Analysis | undefined> {
    const entry = this.entryFor(document);
    const promise = entry.promise.then((analysis) => analysis && this.decided(document, entry, analysis));
    if (!token) return promise;
    if (token.isCancellationRequested) return Promise.resolve(undefined);
    return new Promise((resolve) => {
      const subscription = token.onCancellationRequested(() => {
        subscription.dispose();
        resolve(undefined);
      });
      void promise.then((analysis) => {
        subscription.dispose();
        resolve(analysis);
      });
    });
  }

  /** The finished analysis of the document's current version, if there is one yet. */
  peek(document: vscode.TextDocument): Analysis | undefined {
    const entry = this.entries.get(document.uri.toString());
    return entry && entry.version === document.version && entry.analysis ? this.decided(document, entry, entry.analysis) : undefined;
  }

  /**
   * The recogniser's analysis of a text that is no open document (an export of a folder),
   * queued behind the editor's own requests in the same worker. Not cached.
   */
  analyzeText(key: string, text: string): Promise<Analysis | undefined> {
    return this.worker.analyze(`text:${key}`, text, MAX_DEEP_LENGTH);
  }

  /** The recogniser's own analysis of the current version, without the user's decisions. */
  getSuggested(document: vscode.TextDocument): Promise<Analysis | undefined> {
    return this.entryFor(document).promise;
  }

  /**
   * Lays the user's decisions over every analysis from now on; their changes fire
   * `onDidRevise`. One overlay at a time (the extension's annotation store).
   */
  setOverlay(overlay: AnalysisOverlay): vscode.Disposable {
    this.overlay = overlay;
    const subscription = overlay.onDidChange((document) => this.revised.fire(document));
    return new vscode.Disposable(() => {
      subscription.dispose();
      if (this.overlay === overlay) this.overlay = undefined;
    });
  }

  /** The analysis with the user's decisions, computed once per version and revision. */
  private decided(document: vscode.TextDocument, entry: Entry, analysis: Analysis): Analysis {
    const overlay = this.overlay;
    // The decisions follow the text as it is now: they fit only the current version's analysis
    // (an older one is about to be dropped by whoever asked for it).
    if (!overlay || !analysis.deep || document.version !== entry.version) return analysis;
    const revision = overlay.revision(document);
    if (entry.decided?.revision === revision) return entry.decided.analysis;
    let decided = analysis;
    try {
      decided = overlay.apply(document, analysis);
    } catch (err) {
      this.failures.report('annotations', err, document);
    }
    entry.decided = { revision, analysis: decided };
    return decided;
  }

  /** Why the current version's full analysis failed, if it did. */
  failureOf(document: vscode.TextDocument): string | undefined {
    const entry = this.entries.get(document.uri.toString());
    return entry && entry.version === document.version ? entry.failure : undefined;
  }

  private entryFor(document: vscode.TextDocument): Entry {
    const key = document.uri.toString();
    const cached = this.entries.get(key);
    if (cached && cached.version === document.version) return cached;
    const text = document.getText();
    const entry: Entry = { version: document.version, promise: Promise.resolve(undefined) };
    entry.promise = this.worker.analyze(key, text, MAX_DEEP_LENGTH).then(
      (analysis) => {
        if (analysis) this.settle(document, entry, analysis);
        return analysis;
      },
      (error: unknown) => {
        const fallback = outlineOnlyAnalysis(text);
        entry.failure = error instanceof Error ? error.message : String(error);
        this.failures.report('analysis', error, document);
        this.settle(document, entry, fallback);
        return fallback;
      },
    );
    this.entries.set(key, entry);
    return entry;
  }

  private settle(document: vscode.TextDocument, entry: Entry, analysis: Analysis): void {
    entry.analysis = analysis;
    if (this.entries.get(document.uri.toString()) === entry) this.finished.fire(document);
  }

  dispose(): void {
    this.entries.clear();
    for (const s of this.subscriptions) s.dispose();
  }
}
