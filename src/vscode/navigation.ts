import * as vscode from 'vscode';
import { answerFromAnalysis, type AnalysisServices } from './analysis/services';
import { LANGUAGE_ID } from './config';
import { definingMention, entityAt, type EntityHit } from './entity-lookup';
import { toRange } from './ranges';

/**
 * Names as symbols: highlights of every mention of the entity under the cursor, Find All
 * References and Go to Definition (the first mention written in full). No rename provider:
 * renaming a person across an article is not an edit a reader should make by accident.
 */
export function registerNavigation(services: AnalysisServices): vscode.Disposable {
  const selector: vscode.DocumentSelector = { language: LANGUAGE_ID };
  /** Answers from the entity under the cursor, if there is one. */
  const onEntity = <T>(feature: string, document: vscode.TextDocument, position: vscode.Position, token: vscode.CancellationToken, answer: (hit: EntityHit) => T) =>
    answerFromAnalysis(services, feature, document, token, undefined, (analysis) => {
      const hit = entityAt(analysis, document.offsetAt(position));
      return hit ? answer(hit) : undefined;
    });

  return vscode.Disposable.from(
    vscode.languages.registerDocumentHighlightProvider(selector, {
      provideDocumentHighlights(document, position, token) {
        return onEntity('highlights', document, position, token, (hit) => {
          const defining = definingMention(hit.entity);
          return hit.entity.mentions.map(
            (m) => new vscode.DocumentHighlight(toRange(document, m), m === defining ? vscode.DocumentHighlightKind.Write : vscode.DocumentHighlightKind.Read),
          );
        });
      },
    }),
    vscode.languages.registerReferenceProvider(selector, {
      provideReferences(document, position, context, token) {
        return onEntity('references', document, position, token, (hit) => {
          const defining = definingMention(hit.entity);
          return [...hit.entity.mentions]
            .filter((m) => context.includeDeclaration || m !== defining)
            .sort((a, b) => a.start - b.start)
            .map((m) => new vscode.Location(document.uri, toRange(document, m)));
        });
      },
    }),
    vscode.languages.registerDefinitionProvider(selector, {
      provideDefinition(document, position, token) {
        return onEntity('definition', document, position, token, (hit): vscode.LocationLink[] | undefined => {
          const defining = definingMention(hit.entity);
          if (!defining) return undefined;
          return [{ originSelectionRange: toRange(document, hit.span), targetUri: document.uri, targetRange: toRange(document, defining) }];
        });
      },
    }),
  );
}
