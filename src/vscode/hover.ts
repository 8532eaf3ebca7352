import * as vscode from 'vscode';
import type { AnalysisCache } from './analysis-cache';
import { LANGUAGE_ID } from './config';
import { entityAt, quoteAt } from './entity-lookup';
import { entityCard, quoteCard } from './hover-card';
import { toRange } from './ranges';

/** Hovers on names (who they are, what they said) and on quotes (kind and speaker). */
export function registerHovers(cache: AnalysisCache): vscode.Disposable {
  return vscode.languages.registerHoverProvider(
    { language: LANGUAGE_ID },
    {
      provideHover(document, position, token) {
        const analysis = cache.get(document);
        if (token.isCancellationRequested) return undefined;
        const offset = document.offsetAt(position);
        const cards: vscode.MarkdownString[] = [];
        const hit = entityAt(analysis, offset);
        if (hit) cards.push(entityCard(document, analysis, hit.entity));
        const quote = quoteAt(analysis, offset);
        if (quote) cards.push(quoteCard(document, analysis, quote));
        if (cards.length === 0) return undefined;
        // The name's range when on a name (the tighter one), else the quote's.
        return new vscode.Hover(cards, toRange(document, hit ? hit.span : quote!));
      },
    },
  );
}
