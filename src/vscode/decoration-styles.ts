import * as vscode from 'vscode';
import { DECORATION_KINDS, type DecorationKind } from './decoration-plan';

/**
 * The theme colours (contributes.colors in package.json) each decoration kind paints with,
 * so themes and `workbench.colorCustomizations` can restyle them.
 */
export const THEME_COLORS = {
  PER: 'newsLens.personForeground',
  ORG: 'newsLens.organizationForeground',
  LOC: 'newsLens.locationForeground',
  MISC: 'newsLens.miscForeground',
  speech: 'newsLens.speechQuoteBackground',
  other: 'newsLens.otherQuoteBackground',
  reported: 'newsLens.reportedQuoteBorder',
  speaker: 'newsLens.speakerForeground',
} as const satisfies Record<DecorationKind, string>;

/**
 * Only colour, background, border and underline: anything that changes glyph metrics
 * (weight, style, letter spacing) would break the joining of Arabic letters mid-word.
 * Borders are bottom-only so no width is added inside a word either.
 */
function optionsFor(kind: DecorationKind): vscode.DecorationRenderOptions {
  const color = new vscode.ThemeColor(THEME_COLORS[kind]);
  const closed = vscode.DecorationRangeBehavior.ClosedClosed;
  switch (kind) {
    case 'PER':
    case 'ORG':
    case 'LOC':
    case 'MISC':
      return { color, textDecoration: 'underline', rangeBehavior: closed };
    case 'speech':
    case 'other':
      return { backgroundColor: color, rangeBehavior: closed };
    case 'reported':
      return { borderColor: color, borderStyle: 'none none dotted none', borderWidth: '0 0 2px 0', rangeBehavior: closed };
    case 'speaker':
      // The text itself comes per range (renderOptions.after.contentText).
      return { after: { color, margin: '0 0.25em' }, rangeBehavior: closed };
  }
}

/** One decoration type per kind; the caller owns them and must dispose every one. */
export function createDecorationTypes(): Record<DecorationKind, vscode.TextEditorDecorationType> {
  const types = {} as Record<DecorationKind, vscode.TextEditorDecorationType>;
  for (const kind of DECORATION_KINDS) types[kind] = vscode.window.createTextEditorDecorationType(optionsFor(kind));
  return types;
}
