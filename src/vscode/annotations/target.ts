import * as vscode from 'vscode';
import type { Span } from '../../core/types';
import { LANGUAGE_ID } from '../config';

/**
 * What an annotation command acts on. The Quick Fix menu and tests pass it as the command's
 * argument (offsets into the document); from the palette, the context menu or a key it is
 * the active editor's selection (the caret alone when nothing is selected).
 */
export interface AnnotationTarget {
  uri: string;
  start: number;
  end: number;
}

export interface ResolvedTarget {
  document: vscode.TextDocument;
  /** The selection or the span given; empty (start = end) for a bare caret. */
  span: Span;
}

export async function resolveTarget(arg: unknown): Promise<ResolvedTarget | undefined> {
  if (isTarget(arg)) {
    const uri = vscode.Uri.parse(arg.uri);
    const document = vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString()) ?? (await vscode.workspace.openTextDocument(uri));
    return { document, span: { start: arg.start, end: arg.end } };
  }
  const editor = vscode.window.activeTextEditor;
  if (!editor) return undefined;
  if (editor.document.languageId !== LANGUAGE_ID) {
    void vscode.window.showInformationMessage(vscode.l10n.t('Annotations are for News Article files. Change the language mode to News Article first.'));
    return undefined;
  }
  const { document, selection } = editor;
  return { document, span: { start: document.offsetAt(selection.start), end: document.offsetAt(selection.end) } };
}

export function targetOf(document: vscode.TextDocument, span: Span): AnnotationTarget {
  return { uri: document.uri.toString(), start: span.start, end: span.end };
}

function isTarget(value: unknown): value is AnnotationTarget {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Partial<AnnotationTarget>;
  return typeof v.uri === 'string' && Number.isInteger(v.start) && Number.isInteger(v.end) && v.start! <= v.end!;
}
