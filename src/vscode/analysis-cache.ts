import * as vscode from 'vscode';
import { analyzeArticle } from '../core/analysis';
import type { Analysis } from '../core/types';

/**
 * Names and quotations are looked for in documents up to this many characters (about
 * 1 MB of Arabic UTF-8, a second of work; a long article is 50 000); larger ones get
 * their outline only, so typing in a huge file never stalls the extension host.
 */
export const MAX_DEEP_LENGTH = 500_000;

interface Entry {
  version: number;
  analysis: Analysis;
}

/**
 * One analysis per document version, shared by every provider, decoration and view.
 * Entries are dropped when their document closes; a new version replaces the old.
 */
export class AnalysisCache implements vscode.Disposable {
  private readonly entries = new Map<string, Entry>();
  private readonly subscriptions: vscode.Disposable[];

  constructor() {
    this.subscriptions = [vscode.workspace.onDidCloseTextDocument((doc) => this.entries.delete(doc.uri.toString()))];
  }

  get(document: vscode.TextDocument): Analysis {
    const key = document.uri.toString();
    const cached = this.entries.get(key);
    if (cached && cached.version === document.version) return cached.analysis;
    const analysis = analyzeArticle(document.getText(), { maxDeepLength: MAX_DEEP_LENGTH });
    this.entries.set(key, { version: document.version, analysis });
    return analysis;
  }

  dispose(): void {
    this.entries.clear();
    for (const s of this.subscriptions) s.dispose();
  }
}
