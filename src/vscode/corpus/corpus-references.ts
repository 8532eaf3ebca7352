import * as vscode from 'vscode';
import { identityKey } from '../../core/corpus/keys';
import { answerFromAnalysis, type AnalysisServices } from '../analysis/services';
import { LANGUAGE_ID } from '../config';
import { entityAt } from '../entity-lookup';
import { readCorpusConfig } from './corpus-config';
import { placeLocation } from './places';
import type { WorkspaceCorpus } from './workspace-corpus';

/**
 * Find All References across the workspace: with `newsLens.references.acrossWorkspace` on,
 * a second reference provider adds the name's mentions in every other indexed article to the
 * open article's own (navigation.ts answers for the open article; VS Code lists both).
 */
export function registerCorpusReferences(services: AnalysisServices, corpus: WorkspaceCorpus): vscode.Disposable {
  return vscode.languages.registerReferenceProvider(
    { language: LANGUAGE_ID },
    {
      provideReferences(document, position, _context, token) {
        if (!readCorpusConfig().referencesAcrossWorkspace) return [];
        return answerFromAnalysis(services, 'references across the workspace', document, token, [], (analysis) => {
          const hit = entityAt(analysis, document.offsetAt(position));
          if (!hit) return [];
          const here = document.uri.toString();
          const key = identityKey(hit.entity.type, hit.entity.name, hit.entity.otherName);
          return corpus.index
            .occurrences(key)
            .filter((o) => o.article !== here)
            .flatMap((o) => o.entity.mentions.map((place) => placeLocation(o.article, place)));
        });
      },
    },
  );
}
