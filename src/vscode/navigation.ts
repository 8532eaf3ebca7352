import * as vscode from 'vscode';
import type { AnalysisCache } from './analysis-cache';
import { LANGUAGE_ID } from './config';
import { definingMention, entityAt } from './entity-lookup';
import { toRange } from './ranges';

/**
 * Names as symbols: highlights of every mention of the entity under the cursor, Find All
 * References and Go to Definition (the first mention written in full). No rename provider:
 * renaming a person across an article is not an edit a reader should make by accident.
 */
export function registerNavigation(cache: AnalysisCache): vscode.Disposable {
  const selector: vscode.DocumentSelector = { language: LANGUAGE_ID };
  const hitAt = (document: vscode.TextDocument, position: vscode.Position) => entityAt(cache.get(document), document.offsetAt(position));

  return vscode.Disposable.from(
    vscode.languages.registerDocumentHighlightProvider(selector, {
      provideDocumentHighlights(document, position) {
        const hit = hitAt(document, position);
        if (!hit) return undefined;
        const defining = definingMention(hit.entity);
        return hit.entity.mentions.map(
          (m) => new vscode.DocumentHighlight(toRange(document, m), m === defining ? vscode.DocumentHighlightKind.Write : vscode.DocumentHighlightKind.Read),
        );
      },
    }),
    vscode.languages.registerReferenceProvider(selector, {
      provideReferences(document, position, context) {
        const hit = hitAt(document, position);
        if (!hit) return undefined;
        const defining = definingMention(hit.entity);
        return [...hit.entity.mentions]
          .filter((m) => context.includeDeclaration || m !== defining)
          .sort((a, b) => a.start - b.start)
          .map((m) => new vscode.Location(document.uri, toRange(document, m)));
      },
    }),
    vscode.languages.registerDefinitionProvider(selector, {
      provideDefinition(document, position) {
        const hit = hitAt(document, position);
        const defining = hit && definingMention(hit.entity);
        if (!defining) return undefined;
        return [{ originSelectionRange: toRange(document, hit.span), targetUri: document.uri, targetRange: toRange(document, defining) }];
      },
    }),
  );
}
