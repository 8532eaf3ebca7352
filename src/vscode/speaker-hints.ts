import * as vscode from 'vscode';
import { LANGUAGE_ID } from './config';
import type { PlannedDecoration } from './decoration-plan';

interface DocumentLabels {
  version: number;
  labels: readonly PlannedDecoration[];
}

/**
 * Shows the speaker labels of the decoration plan (`— بوتين`) as inlay hints. A decoration's
 * after-text is painted outside line wrapping, so at the end of a full wrapped line it runs
 * past the wrap column and is cut off; an inlay hint is part of the line VS Code wraps.
 * The decoration manager hands over each document's labels when it paints. Hints are given
 * only for the version they were planned for: asked about a newer version (right after an
 * edit), the answer waits for the repaint, and VS Code keeps showing the previous hints
 * meanwhile, moved along with the edit, so labels neither flicker nor land mid-line.
 */
export class SpeakerHints implements vscode.InlayHintsProvider, vscode.Disposable {
  private readonly byDocument = new Map<string, DocumentLabels>();
  /** Requests waiting for a document's next labels, by document. */
  private readonly waiting = new Map<string, Set<() => void>>();
  private readonly changed = new vscode.EventEmitter<void>();
  private readonly subscriptions: vscode.Disposable[];
  readonly onDidChangeInlayHints = this.changed.event;

  constructor() {
    this.subscriptions = [
      this.changed,
      vscode.languages.registerInlayHintsProvider({ language: LANGUAGE_ID }, this),
      vscode.workspace.onDidCloseTextDocument((doc) => {
        this.byDocument.delete(doc.uri.toString());
        this.wake(doc.uri.toString());
      }),
    ];
  }

  /** The labels planned for `document` at `version` (empty to clear them). */
  update(document: vscode.TextDocument, version: number, labels: readonly PlannedDecoration[]): void {
    const key = document.uri.toString();
    this.byDocument.set(key, { version, labels });
    this.wake(key);
    this.changed.fire();
  }

  async provideInlayHints(document: vscode.TextDocument, range: vscode.Range, token: vscode.CancellationToken): Promise<vscode.InlayHint[]> {
    const key = document.uri.toString();
    // A document that was never painted is not an article (or not yet visible): nothing to wait for.
    while (this.byDocument.has(key) && this.byDocument.get(key)!.version < document.version && !token.isCancellationRequested && !document.isClosed) {
      await this.nextUpdate(key, token);
    }
    const planned = this.byDocument.get(key);
    if (!planned || planned.version !== document.version || token.isCancellationRequested) return [];
    const from = document.offsetAt(range.start);
    const to = document.offsetAt(range.end);
    const hints: vscode.InlayHint[] = [];
    for (const label of planned.labels) {
      if (label.start < from || label.start > to || !label.afterText) continue;
      const hint = new vscode.InlayHint(document.positionAt(label.start), label.afterText.trimStart());
      hint.paddingLeft = true;
      hints.push(hint);
    }
    return hints;
  }

  /** Resolves at the document's next labels, its closing, or the request's cancellation. */
  private nextUpdate(key: string, token: vscode.CancellationToken): Promise<void> {
    return new Promise((resolve) => {
      const waiters = this.waiting.get(key) ?? new Set();
      this.waiting.set(key, waiters);
      let cancelled: vscode.Disposable | undefined;
      const done = () => {
        cancelled?.dispose();
        waiters.delete(done);
        resolve();
      };
      waiters.add(done);
      cancelled = token.onCancellationRequested(done);
    });
  }

  private wake(key: string): void {
    const waiters = this.waiting.get(key);
    this.waiting.delete(key);
    for (const done of waiters ?? []) done();
  }

  dispose(): void {
    for (const key of [...this.waiting.keys()]) this.wake(key);
    this.byDocument.clear();
    for (const s of this.subscriptions) s.dispose();
  }
}
