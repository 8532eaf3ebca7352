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
 * The decoration manager hands over each document's labels when it paints; hints are given
 * only for the version they were planned for (the repaint after an edit brings new ones).
 */
export class SpeakerHints implements vscode.InlayHintsProvider, vscode.Disposable {
  private readonly byDocument = new Map<string, DocumentLabels>();
  private readonly changed = new vscode.EventEmitter<void>();
  private readonly subscriptions: vscode.Disposable[];
  readonly onDidChangeInlayHints = this.changed.event;

  constructor() {
    this.subscriptions = [
      this.changed,
      vscode.languages.registerInlayHintsProvider({ language: LANGUAGE_ID }, this),
      vscode.workspace.onDidCloseTextDocument((doc) => this.byDocument.delete(doc.uri.toString())),
    ];
  }

  /** The labels planned for `document` at `version` (empty to clear them). */
  update(document: vscode.TextDocument, version: number, labels: readonly PlannedDecoration[]): void {
    this.byDocument.set(document.uri.toString(), { version, labels });
    this.changed.fire();
  }

  provideInlayHints(document: vscode.TextDocument, range: vscode.Range): vscode.InlayHint[] {
    const planned = this.byDocument.get(document.uri.toString());
    if (!planned || planned.version !== document.version) return [];
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

  dispose(): void {
    this.byDocument.clear();
    for (const s of this.subscriptions) s.dispose();
  }
}
