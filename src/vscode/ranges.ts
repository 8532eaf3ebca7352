import * as vscode from 'vscode';
import type { Span } from '../core/types';

/** Maps a core span (UTF-16 offsets) to a VS Code range in `document`. */
export function toRange(document: vscode.TextDocument, span: Span): vscode.Range {
  return new vscode.Range(document.positionAt(span.start), document.positionAt(span.end));
}

/** Whether `offset` falls inside `span` (end inclusive, so the cursor right after a word counts). */
export function spanContains(span: Span, offset: number): boolean {
  return offset >= span.start && offset <= span.end;
}
