import * as vscode from 'vscode';
import type { Analysis, EntityType } from '../../core/types';
import { answerFromAnalysis } from '../analysis/services';
import { LANGUAGE_ID } from '../config';
import { entityTypeLabel, quoteKindLabel } from '../labels';
import type { AnnotationServices } from './annotation-context';
import { NAME_COMMANDS, NAME_TYPES, nameAt } from './name-commands';
import { QUOTE_COMMANDS, QUOTE_KINDS, quoteUnder } from './quote-commands';
import { trimmedSpan } from '../../core/annotations';
import { targetOf } from './target';

/**
 * The annotation decisions offered in the Quick Fix menu (the light bulb, Ctrl+.) for the
 * name or quotation under the caret, and for a selection that is not a name yet.
 */
export function registerAnnotationActions(services: AnnotationServices): vscode.Disposable {
  return vscode.languages.registerCodeActionsProvider(
    { language: LANGUAGE_ID },
    {
      provideCodeActions(document, range, _context, token) {
        return answerFromAnalysis(services, 'annotation actions', document, token, [], (analysis) => actionsAt(document, analysis, range));
      },
    },
    { providedCodeActionKinds: [vscode.CodeActionKind.QuickFix] },
  );
}

export function actionsAt(document: vscode.TextDocument, analysis: Analysis, range: vscode.Range): vscode.CodeAction[] {
  if (!analysis.deep) return [];
  const selection = { start: document.offsetAt(range.start), end: document.offsetAt(range.end) };
  // Asked on every caret move: only the selected text is read, never the whole document.
  const inSelection = trimmedSpan(document.getText(range), { start: 0, end: selection.end - selection.start });
  const chosen = { start: selection.start + inSelection.start, end: selection.start + inSelection.end };
  const hasSelection = chosen.end > chosen.start;
  const actions: vscode.CodeAction[] = [];
  const action = (title: string, command: string, span: { start: number; end: number }, ...args: unknown[]) => {
    const a = new vscode.CodeAction(title, vscode.CodeActionKind.QuickFix);
    a.command = { title, command, arguments: [targetOf(document, span), ...args] };
    actions.push(a);
  };

  const hit = nameAt({ analysis, span: selection });
  if (hit) {
    const { entity, span } = hit;
    const mention = entity.mentions.find((m) => m.start === span.start && m.end === span.end);
    if (mention && !mention.confirmed) action(vscode.l10n.t('Confirm name: {0}', entityTypeLabel(entity.type)), NAME_COMMANDS.confirm, span);
    for (const type of NAME_TYPES) {
      if (type !== entity.type) action(vscode.l10n.t('Change to {0}', entityTypeLabel(type)), NAME_COMMANDS.changeType, span, type);
    }
    action(vscode.l10n.t('Not a name'), NAME_COMMANDS.reject, span);
    if (analysis.entities.length > 1) action(vscode.l10n.t('Same entity as…'), NAME_COMMANDS.sameEntityAs, span);
    if (entity.mentions.length > 1) action(vscode.l10n.t('Separate entity'), NAME_COMMANDS.separate, span);
    if (hasSelection && (chosen.start !== span.start || chosen.end !== span.end)) {
      action(vscode.l10n.t('Set the name to the selection'), NAME_COMMANDS.editSpan, chosen);
    }
    action(vscode.l10n.t('Always {0} in this workspace', entityTypeLabel(entity.type)), NAME_COMMANDS.always, span, entity.type);
    action(vscode.l10n.t('Never a name in this workspace'), NAME_COMMANDS.never, span);
  } else if (hasSelection) {
    for (const type of NAME_TYPES) action(vscode.l10n.t('Mark as {0}', entityTypeLabel(type)), NAME_COMMANDS.mark[type as EntityType], chosen);
  }

  const quote = quoteUnder({ analysis, span: selection });
  if (quote) {
    action(vscode.l10n.t('Set speaker…'), QUOTE_COMMANDS.setSpeaker, quote);
    for (const kind of QUOTE_KINDS) {
      if (kind !== quote.kind) action(vscode.l10n.t('Change to {0}', quoteKindLabel(kind)), QUOTE_COMMANDS.changeKind, quote, kind);
    }
    if (!quote.confirmed) action(vscode.l10n.t('Confirm quotation'), QUOTE_COMMANDS.confirm, quote);
    action(vscode.l10n.t('Not a quotation'), QUOTE_COMMANDS.reject, quote);
  } else if (!hit && hasSelection) {
    action(vscode.l10n.t('Mark as quotation'), QUOTE_COMMANDS.mark, chosen);
  }
  return actions;
}
