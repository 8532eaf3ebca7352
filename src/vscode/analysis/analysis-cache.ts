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

interface Entry {
  version: number;
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
  /** Fires when the analysis of a document's version is ready (also after a fallback). */
  readonly onDidAnalyze = this.finished.event;

  constructor(
    private readonly worker: AnalysisWorkerClient,
    private readonly failures: FailureLog,
  ) {
    this.subscriptions = [
      this.finished,
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
    const promise = this.entryFor(document).promise;
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
    return entry && entry.version === document.version ? entry.analysis : undefined;
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
