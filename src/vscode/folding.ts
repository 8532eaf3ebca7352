import * as vscode from 'vscode';
import type { Analysis } from '../core/types';
import { answerFromAnalysis, type AnalysisServices } from './analysis/services';
import { LANGUAGE_ID } from './config';

/** Sections fold from their heading to their last line; paragraphs spread over several lines fold too. */
export function registerFolding(services: AnalysisServices): vscode.Disposable {
  return vscode.languages.registerFoldingRangeProvider(
    { language: LANGUAGE_ID },
    {
      provideFoldingRanges(document, _context, token) {
        return answerFromAnalysis(services, 'folding', document, token, [], (analysis) => foldingRanges(document, analysis));
      },
    },
  );
}

function foldingRanges(document: vscode.TextDocument, analysis: Analysis): vscode.FoldingRange[] {
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
}
