import * as vscode from 'vscode';
import type { CorpusEntity } from '../../core/corpus/corpus-index';
import type { EntityType } from '../../core/types';
import { placeLocation } from './places';
import type { WorkspaceCorpus } from './workspace-corpus';

/** How many entities one Ctrl+T answer lists. */
const MAX_SYMBOLS = 200;

/** Symbol kinds whose icons read as the types (VS Code has no person or place kind). */
const SYMBOL_KINDS: Record<EntityType, vscode.SymbolKind> = {
  PER: vscode.SymbolKind.Object,
  ORG: vscode.SymbolKind.Struct,
  LOC: vscode.SymbolKind.Namespace,
  MISC: vscode.SymbolKind.Key,
};

/**
 * Go to Symbol in Workspace (Ctrl+T) on the corpus: every entity that has a form matching the
 * query (Arabic or English, folded; see CorpusIndex.lookup), one symbol each, at its first
 * mention in the article that names it most.
 */
export function registerCorpusSymbols(corpus: WorkspaceCorpus): vscode.Disposable {
  return vscode.languages.registerWorkspaceSymbolProvider({
    provideWorkspaceSymbols(query, token) {
      const found: vscode.SymbolInformation[] = [];
      for (const entity of corpus.index.lookup(query, MAX_SYMBOLS)) {
        if (token.isCancellationRequested) return [];
        const [first] = corpus.index.occurrences(entity.key);
        const place = first?.entity.mentions[0];
        if (!place) continue;
        const articles = vscode.l10n.t('{0} articles', entity.articles.length);
        const container = `\u200e${[entity.otherName, articles].filter(Boolean).join(' · ')}`;
        found.push(new vscode.SymbolInformation(symbolName(entity, query), SYMBOL_KINDS[entity.type], container, placeLocation(first.article, place)));
      }
      return found;
    },
  });
}

/**
 * The name the quick pick shows. VS Code filters the answers again with its own fuzzy match on
 * this name, which knows nothing of Arabic folding (أحمد for احمد) or of the other language; so
 * the name is the first form the query's letters appear in, in order, else the name followed by
 * the matching form in the query's spelling.
 */
export function symbolName(entity: CorpusEntity, query: string): string {
  const q = query.replace(/\s+/g, '').toLowerCase();
  const candidates = [entity.name, entity.otherName, ...entity.forms.map(([f]) => f)].filter((s): s is string => !!s);
  if (!q) return entity.name;
  const shown = candidates.find((c) => isSubsequence(q, c.toLowerCase()));
  return shown ?? `${entity.name} (${query.trim()})`;
}

function isSubsequence(needle: string, haystack: string): boolean {
  let i = 0;
  for (let j = 0; j < haystack.length && i < needle.length; j++) if (haystack[j] === needle[i]) i++;
  return i === needle.length;
}
