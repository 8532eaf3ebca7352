import * as vscode from 'vscode';
import { cleanText } from '../core/structure';
import type { Analysis, Block, BlockKind, Section } from '../core/types';
import { answerFromAnalysis, type AnalysisServices } from './analysis/services';
import { LANGUAGE_ID } from './config';
import { toRange } from './ranges';

/** How many words name a paragraph in the outline. */
const NAME_WORDS = 7;

const SYMBOL_KIND: Record<BlockKind, vscode.SymbolKind> = {
  title: vscode.SymbolKind.File,
  lead: vscode.SymbolKind.Key,
  dateline: vscode.SymbolKind.Event,
  heading: vscode.SymbolKind.Module,
  caption: vscode.SymbolKind.Field,
  paragraph: vscode.SymbolKind.String,
};

function kindLabel(kind: BlockKind): string {
  switch (kind) {
    case 'title': return vscode.l10n.t('title');
    case 'lead': return vscode.l10n.t('lead');
    case 'dateline': return vscode.l10n.t('dateline');
    case 'heading': return vscode.l10n.t('section');
    case 'caption': return vscode.l10n.t('caption');
    case 'paragraph': return vscode.l10n.t('paragraph');
  }
}

/**
 * The Outline, breadcrumbs and sticky scroll: the opening blocks first, then one
 * symbol per section named by its heading, holding its paragraphs and captions.
 */
export function registerOutline(services: AnalysisServices): vscode.Disposable {
  return vscode.languages.registerDocumentSymbolProvider(
    { language: LANGUAGE_ID },
    {
      provideDocumentSymbols(document, token) {
        return answerFromAnalysis(services, 'outline', document, token, [], (analysis) => outlineSymbols(document, analysis));
      },
    },
    { label: 'News Lens' },
  );
}

export function outlineSymbols(document: vscode.TextDocument, analysis: Analysis): vscode.DocumentSymbol[] {
  const text = document.getText();
  const symbols: vscode.DocumentSymbol[] = [];
  for (const section of analysis.sections) {
    if (!section.heading) {
      for (const block of section.blocks) symbols.push(blockSymbol(document, text, analysis, block));
      continue;
    }
    symbols.push(sectionSymbol(document, text, analysis, section, section.heading));
  }
  return symbols;
}

function sectionSymbol(document: vscode.TextDocument, text: string, analysis: Analysis, section: Section, heading: Block): vscode.DocumentSymbol {
  const symbol = new vscode.DocumentSymbol(
    section.name || vscode.l10n.t('(untitled section)'),
    kindLabel('heading'),
    SYMBOL_KIND.heading,
    toRange(document, section),
    toRange(document, heading),
  );
  symbol.children = section.blocks.map((b) => blockSymbol(document, text, analysis, b));
  return symbol;
}

function blockSymbol(document: vscode.TextDocument, text: string, analysis: Analysis, block: Block): vscode.DocumentSymbol {
  let name: string;
  let selection: vscode.Range;
  if (block.kind === 'dateline' && block.dateline) {
    name = cleanText(text, block.dateline, analysis.artefacts).replace(/[\s:\-\u2013\u2014]+$/, '');
    selection = toRange(document, block.dateline);
  } else if (block.kind === 'paragraph' || block.kind === 'lead') {
    const { words, end } = firstWords(text, block, analysis, NAME_WORDS);
    name = words;
    selection = toRange(document, { start: block.start, end });
  } else {
    name = cleanText(text, block, analysis.artefacts);
    selection = toRange(document, block);
  }
  return new vscode.DocumentSymbol(name || kindLabel(block.kind), kindLabel(block.kind), SYMBOL_KIND[block.kind], toRange(document, block), selection);
}

/** The first `count` words of a block, artefacts left out, with an ellipsis when cut, and where they end. */
function firstWords(text: string, block: Block, analysis: Analysis, count: number): { words: string; end: number } {
  const { start, end } = block;
  let i = start;
  let seen = 0;
  while (i < end && seen < count) {
    while (i < end && /\s/.test(text[i])) i++;
    if (i >= end) break;
    while (i < end && !/\s/.test(text[i])) i++;
    seen++;
  }
  const words = cleanText(text, { start, end: i }, analysis.artefacts);
  return { words: i < end ? `${words}…` : words, end: i };
}
