import * as vscode from 'vscode';
import type { Analysis } from '../core/types';
import { answerFromAnalysis, type AnalysisServices } from './analysis/services';
import { LANGUAGE_ID } from './config';
import { entityAt, quoteAt } from './entity-lookup';
import { entityCard, quoteCard } from './hover-card';
import { toRange } from './ranges';

/** Hovers on names (who they are, what they said) and on quotes (kind and speaker). */
export function registerHovers(services: AnalysisServices): vscode.Disposable {
  return vscode.languages.registerHoverProvider(
    { language: LANGUAGE_ID },
    {
      provideHover(document, position, token) {
        return answerFromAnalysis(services, 'hover', document, token, undefined, (analysis) => hoverAt(document, analysis, position));
      },
    },
  );
}

function hoverAt(document: vscode.TextDocument, analysis: Analysis, position: vscode.Position): vscode.Hover | undefined {
  const offset = document.offsetAt(position);
  const cards: vscode.MarkdownString[] = [];
  const hit = entityAt(analysis, offset);
  if (hit) cards.push(entityCard(document, analysis, hit.entity, hit.span));
  const quote = quoteAt(analysis, offset);
  if (quote) cards.push(quoteCard(document, analysis, quote));
  if (cards.length === 0) return undefined;
  // The name's range when on a name (the tighter one), else the quote's.
  return new vscode.Hover(cards, toRange(document, hit ? hit.span : quote!));
}
