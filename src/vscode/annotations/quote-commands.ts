import * as vscode from 'vscode';
import { markQuote, nameSpan, rejectQuote, setQuoteKind, setSpeaker, trimmedSpan } from '../../core/annotations';
import type { Entity, Quote, QuoteKind, Span } from '../../core/types';
import { likelySpeakers, quoteAt } from '../entity-lookup';
import { ENTITY_ICONS, entityTypeLabel, quoteKindLabel } from '../labels';
import { annotationCommand, type Annotating, type AnnotationServices } from './annotation-context';
import { quoteSaidBySelection } from './speaker-selection';

export const QUOTE_KINDS: readonly QuoteKind[] = ['speech', 'reported', 'other'];

export const QUOTE_COMMANDS = {
  setSpeaker: 'newsLens.annotations.setSpeaker',
  changeKind: 'newsLens.annotations.changeQuoteKind',
  confirm: 'newsLens.annotations.confirmQuote',
  reject: 'newsLens.annotations.rejectQuote',
  mark: 'newsLens.annotations.markQuote',
} as const;

/** The quotation holding the caret (or the start of the selection). */
export function quoteUnder(a: Pick<Annotating, 'analysis' | 'span'>): Quote | undefined {
  return quoteAt(a.analysis, a.span.start) ?? (a.span.end > a.span.start ? quoteAt(a.analysis, a.span.end - 1) : undefined);
}

function noQuote(): undefined {
  void vscode.window.showInformationMessage(vscode.l10n.t('Put the caret inside a quotation first (or select words to mark them as one).'));
  return undefined;
}

function isKind(value: unknown): value is QuoteKind {
  return typeof value === 'string' && (QUOTE_KINDS as readonly string[]).includes(value);
}

function isSpan(value: unknown): value is Span {
  const v = value as Partial<Span> | null;
  return typeof v === 'object' && v !== null && Number.isInteger(v.start) && Number.isInteger(v.end) && v.start! < v.end!;
}

async function pickKind(current?: QuoteKind): Promise<QuoteKind | undefined> {
  const items = QUOTE_KINDS.map((quoteKind) => ({ label: quoteKindLabel(quoteKind), description: quoteKind === current ? vscode.l10n.t('current') : undefined, quoteKind }));
  return (await vscode.window.showQuickPick(items, { placeHolder: vscode.l10n.t('The kind of this quotation') }))?.quoteKind;
}

/** The entity's mention closest to the quote, those before it first: where "who said it" is read. */
function mentionNear(entity: Entity, quote: Span): Span {
  const before = entity.mentions.filter((m) => m.end <= quote.start).sort((x, y) => y.start - x.start);
  return before[0] ?? [...entity.mentions].sort((x, y) => Math.abs(x.start - quote.end) - Math.abs(y.start - quote.end))[0];
}

/**
 * The speaker chosen: given by the caller, else the selection when it lies outside the
 * quote, else picked from the article's names (or "no speaker"). undefined = cancelled.
 */
async function chooseSpeaker(a: Annotating, quote: Quote, given: unknown): Promise<Span | null | undefined> {
  if (given === null || isSpan(given)) return given;
  const selection = nameSpan(a.text, a.span, a.analysis);
  if (selection.end > selection.start && (selection.end <= quote.start || selection.start >= quote.end)) return selection;
  type Item = vscode.QuickPickItem & { entity?: Entity; none?: true };
  const items: Item[] = [
    ...likelySpeakers(a.analysis, quote).map((e) => ({
      label: `$(${ENTITY_ICONS[e.type]}) ${e.name}`,
      description: quote.speaker?.entity === e.id ? vscode.l10n.t('{0} · current speaker', entityTypeLabel(e.type)) : entityTypeLabel(e.type),
      entity: e,
    })),
    { label: `$(circle-slash) ${vscode.l10n.t('No speaker')}`, none: true },
  ];
  const picked = await vscode.window.showQuickPick(items, { placeHolder: vscode.l10n.t('Who said this? (or select the speaker\'s words in the text and run this again)') });
  if (!picked) return undefined;
  return picked.none ? null : mentionNear(picked.entity!, quote);
}

/** "Set speaker", "change kind", "confirm", "not a quotation", "mark selection as quotation". */
export function registerQuoteCommands(services: AnnotationServices): vscode.Disposable {
  const command = (id: string, feature: string, body: Parameters<typeof annotationCommand>[2]) =>
    vscode.commands.registerCommand(id, annotationCommand(services, feature, body));
  return vscode.Disposable.from(
    command(QUOTE_COMMANDS.setSpeaker, 'Set Speaker', async (a, speaker) => {
      const quote = quoteUnder(a) ?? (await quoteSaidBySelection(a));
      if (!quote) return undefined;
      const chosen = await chooseSpeaker(a, quote, speaker);
      return chosen === undefined ? undefined : a.decide((set) => setSpeaker(set, a.analysis, a.text, quote, chosen));
    }),
    command(QUOTE_COMMANDS.changeKind, 'Change Quotation Kind', async (a, kind) => {
      const quote = quoteUnder(a);
      if (!quote) return noQuote();
      const chosen = isKind(kind) ? kind : await pickKind(quote.kind);
      return chosen ? a.decide((set) => setQuoteKind(set, a.analysis, quote, chosen)) : undefined;
    }),
    command(QUOTE_COMMANDS.confirm, 'Confirm Quotation', (a) => {
      const quote = quoteUnder(a);
      return quote ? a.decide((set) => setQuoteKind(set, a.analysis, quote, quote.kind)) : noQuote();
    }),
    command(QUOTE_COMMANDS.reject, 'Not a Quotation', (a) => {
      const quote = quoteUnder(a);
      return quote ? a.decide((set) => rejectQuote(set, a.analysis, quote, a.text)) : noQuote();
    }),
    command(QUOTE_COMMANDS.mark, 'Mark as Quotation', async (a, kind) => {
      const span = trimmedSpan(a.text, a.span);
      if (span.end <= span.start) return void vscode.window.showInformationMessage(vscode.l10n.t('Select the quoted words first.'));
      const chosen = isKind(kind) ? kind : 'speech';
      return a.decide((set) => markQuote(set, a.text, span, chosen));
    }),
  );
}
