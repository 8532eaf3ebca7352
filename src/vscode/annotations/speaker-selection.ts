import * as vscode from 'vscode';
import type { Quote } from '../../core/types';
import { quoteAt } from '../entity-lookup';
import type { Annotating } from './annotation-context';
import { trimmedSpan } from '../../core/annotations';

/** How much of a quotation its Quick Pick row shows. */
const QUOTE_LABEL_LENGTH = 60;

/**
 * "Set Speaker…" run with the speaker's words selected (outside any quotation): the quotation
 * they said. Another cursor inside a quotation names it; else the only quotation on the
 * selection's line; else the user picks one, those of that line first, the nearest first. undefined = none or cancelled
 * (the user was told why).
 */
export async function quoteSaidBySelection(a: Annotating): Promise<Quote | undefined> {
  const selection = trimmedSpan(a.text, a.span);
  if (selection.end <= selection.start || a.analysis.quotes.length === 0) {
    void vscode.window.showInformationMessage(
      a.analysis.quotes.length === 0
        ? vscode.l10n.t('This article has no quotation to set a speaker for.')
        : vscode.l10n.t('Put the caret inside a quotation first (or select the speaker\'s words).'),
    );
    return undefined;
  }
  const editor = vscode.window.activeTextEditor;
  if (editor?.document === a.document) {
    for (const other of editor.selections) {
      const quote = quoteAt(a.analysis, a.document.offsetAt(other.active));
      if (quote) return quote;
    }
  }
  const line = a.document.lineAt(a.document.positionAt(selection.start));
  const lineStart = a.document.offsetAt(line.range.start);
  const lineEnd = a.document.offsetAt(line.range.end);
  const onLine = a.analysis.quotes.filter((q) => q.start < lineEnd && q.end > lineStart);
  if (onLine.length === 1) return onLine[0];

  // The quotations of the speaker's line first (nearest first), then the rest by distance.
  const distance = (q: Quote) =>
    (onLine.includes(q) ? 0 : a.text.length) + (q.end <= selection.start ? selection.start - q.end : Math.max(0, q.start - selection.end));
  const items = [...a.analysis.quotes]
    .sort((x, y) => distance(x) - distance(y))
    .map((quote) => ({ label: `$(quote) ${ellipsis(a.text.slice(quote.start, quote.end))}`, description: vscode.l10n.t('line {0}', a.document.positionAt(quote.start).line + 1), quote }));
  const picked = await vscode.window.showQuickPick(items, {
    placeHolder: vscode.l10n.t('Which quotation did "{0}" say?', ellipsis(a.text.slice(selection.start, selection.end))),
    matchOnDescription: true,
  });
  return picked?.quote;
}

function ellipsis(text: string): string {
  const oneLine = text.replace(/\s+/g, ' ');
  return oneLine.length > QUOTE_LABEL_LENGTH ? `${oneLine.slice(0, QUOTE_LABEL_LENGTH - 1)}…` : oneLine;
}
