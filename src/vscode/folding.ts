import * as vscode from 'vscode';
import type { AnalysisCache } from './analysis-cache';
import { LANGUAGE_ID } from './config';

/** Sections fold from their heading to their last line; paragraphs spread over several lines fold too. */
export function registerFolding(cache: AnalysisCache): vscode.Disposable {
  return vscode.languages.registerFoldingRangeProvider(
    { language: LANGUAGE_ID },
    {
      provideFoldingRanges(document, _context, token) {
        const analysis = cache.get(document);
        if (token.isCancellationRequested) return [];
        const ranges: vscode.FoldingRange[] = [];
        const lineOf = (offset: number) => document.positionAt(offset).line;
        for (const section of analysis.sections) {
          if (!section.heading) continue;
          const first = lineOf(section.start);
          const last = lineOf(section.end);
          if (last > first) ranges.push(new vscode.FoldingRange(first, last, vscode.FoldingRangeKind.Region));
        }
        for (const block of analysis.blocks) {
          const first = lineOf(block.start);
          const last = lineOf(block.end);
          if (last > first && block.kind !== 'heading') ranges.push(new vscode.FoldingRange(first, last));
        }
        return ranges;
      },
    },
  );
}
