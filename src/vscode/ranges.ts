import * as vscode from 'vscode';
import type { Span } from '../core/types';

/** Maps a core span (UTF-16 offsets) to a VS Code range in `document`. */
export function toRange(document: vscode.TextDocument, span: Span): vscode.Range {
  return new vscode.Range(document.positionAt(span.start), document.positionAt(span.end));
}
