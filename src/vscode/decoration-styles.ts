import * as vscode from 'vscode';
import { DECORATION_KINDS, type DecorationKind } from './decoration-plan';

/** The kinds painted as decoration types; speaker labels are inlay hints (speaker-hints.ts). */
export type PaintedKind = Exclude<DecorationKind, 'speaker'>;
export const PAINTED_KINDS: readonly PaintedKind[] = DECORATION_KINDS.filter((k): k is PaintedKind => k !== 'speaker');

/**
 * The theme colours (contributes.colors in package.json) each decoration kind paints with,
 * so themes and `workbench.colorCustomizations` can restyle them.
 */
export const THEME_COLORS = {
  PER: 'newsLens.personUnderline',
  ORG: 'newsLens.organizationUnderline',
  LOC: 'newsLens.locationUnderline',
  MISC: 'newsLens.miscUnderline',
  'confirmed-PER': 'newsLens.personUnderline',
  'confirmed-ORG': 'newsLens.organizationUnderline',
  'confirmed-LOC': 'newsLens.locationUnderline',
  'confirmed-MISC': 'newsLens.miscUnderline',
  'confirmed-quote': 'newsLens.confirmedQuoteBorder',
  speech: 'newsLens.speechQuoteBackground',
  other: 'newsLens.otherQuoteBackground',
  reported: 'newsLens.reportedQuoteBorder',
  artefact: 'newsLens.artefactBackground',
} as const satisfies Record<PaintedKind, string>;

/**
 * Only backgrounds and bottom borders, for two reasons:
 * - anything that changes glyph metrics (weight, style, letter spacing) breaks the joining
 *   of Arabic letters mid-word, and side borders would add width inside a word;
 * - VS Code paints backgrounds and borders in an overlay layer behind the text, but text
 *   colour and text-decoration split the line into styled runs. In a line holding
 *   right-to-left text, VS Code 1.100 isolates every run (`unicode-bidi: isolate` inside a
 *   `dir="ltr"` line), so the runs come out left to right and an Arabic sentence reads
 *   scrambled. An overlay leaves the line one run, and it reads right to left.
 * The underline of a name is therefore a bottom border in the name type's colour: dashed
 * while it is the recogniser's suggestion, solid once the user confirmed or marked it.
 */
function optionsFor(kind: PaintedKind): vscode.DecorationRenderOptions {
  const color = new vscode.ThemeColor(THEME_COLORS[kind]);
  const closed = vscode.DecorationRangeBehavior.ClosedClosed;
  switch (kind) {
    case 'PER':
    case 'ORG':
    case 'LOC':
    case 'MISC':
      return { borderColor: color, borderStyle: 'none none dashed none', borderWidth: '0 0 2px 0', rangeBehavior: closed };
    case 'confirmed-PER':
    case 'confirmed-ORG':
    case 'confirmed-LOC':
    case 'confirmed-MISC':
      return { borderColor: color, borderStyle: 'none none solid none', borderWidth: '0 0 2px 0', rangeBehavior: closed };
    case 'confirmed-quote':
      return { borderColor: color, borderStyle: 'none none solid none', borderWidth: '0 0 1px 0', rangeBehavior: closed };
    case 'speech':
    case 'other':
      return { backgroundColor: color, rangeBehavior: closed };
    case 'reported':
      return { borderColor: color, borderStyle: 'none none dotted none', borderWidth: '0 0 2px 0', rangeBehavior: closed };
    case 'artefact':
      return { backgroundColor: color, rangeBehavior: closed };
  }
}

/** One decoration type per kind; the caller owns them and must dispose every one. */
export function createDecorationTypes(): Record<PaintedKind, vscode.TextEditorDecorationType> {
  const types = {} as Record<PaintedKind, vscode.TextEditorDecorationType>;
  for (const kind of PAINTED_KINDS) types[kind] = vscode.window.createTextEditorDecorationType(optionsFor(kind));
  return types;
}
