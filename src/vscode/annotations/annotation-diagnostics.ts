import * as vscode from 'vscode';

export interface LineProblem {
  /** 1-based line of the file. */
  line: number;
  message: string;
}

/**
 * What News Lens could not read or place, in the Problems panel: lines of a `.ann` or of
 * `.newslens/names.tsv` it does not understand (kept verbatim in the file all the same), and
 * annotations whose text is no longer in the article (kept in the `.ann` as notes).
 */
export class AnnotationDiagnostics implements vscode.Disposable {
  private readonly collection = vscode.languages.createDiagnosticCollection('news-lens-annotations');
  /** Per file, the problems of reading it and those of anchoring its spans, set separately. */
  private readonly byFile = new Map<string, { read: vscode.Diagnostic[]; anchor: vscode.Diagnostic[] }>();

  /** The problems of reading a file (replacing the previous ones). */
  setFileProblems(uri: vscode.Uri, problems: readonly LineProblem[], severity = vscode.DiagnosticSeverity.Warning): void {
    this.update(uri, 'read', problems.map((p) => this.diagnostic(p, severity)));
  }

  /** The annotations of a `.ann` that could not be found in its article. */
  setUnanchored(uri: vscode.Uri, problems: readonly LineProblem[]): void {
    this.update(uri, 'anchor', problems.map((p) => this.diagnostic(p, vscode.DiagnosticSeverity.Warning)));
  }

  /** What is listed for a file (tests read it through the exported API). */
  get(uri: vscode.Uri): readonly vscode.Diagnostic[] {
    return this.collection.get(uri) ?? [];
  }

  private diagnostic(problem: LineProblem, severity: vscode.DiagnosticSeverity): vscode.Diagnostic {
    const line = Math.max(0, problem.line - 1);
    const d = new vscode.Diagnostic(new vscode.Range(line, 0, line, Number.MAX_SAFE_INTEGER), problem.message, severity);
    d.source = 'News Lens';
    return d;
  }

  private update(uri: vscode.Uri, part: 'read' | 'anchor', diagnostics: vscode.Diagnostic[]): void {
    const key = uri.toString();
    const entry = this.byFile.get(key) ?? { read: [], anchor: [] };
    entry[part] = diagnostics;
    if (entry.read.length === 0 && entry.anchor.length === 0) {
      this.byFile.delete(key);
      this.collection.delete(uri);
      return;
    }
    this.byFile.set(key, entry);
    this.collection.set(uri, [...entry.read, ...entry.anchor]);
  }

  dispose(): void {
    this.byFile.clear();
    this.collection.dispose();
  }
}
