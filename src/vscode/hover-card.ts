import * as vscode from 'vscode';
import { speakerDisplayName } from '../core/quotes/speaker-name';
import { unsureSpeaker } from '../core/quotes/speaker-ranker';
import type { Analysis, Entity, Quote, Span } from '../core/types';
import { definingMention, entityById, mentionForms, quotesBy } from './entity-lookup';
import { entityTypeLabel, quoteKindLabel } from './labels';
import { escapeMarkdown, isolated, revealLink, shorten, trustedForReveal } from './markdown';

/** How many of an entity's quotes the card lists. */
export const CARD_QUOTES = 3;
/** How many written forms of an entity the card lists. */
const CARD_FORMS = 5;
const QUOTE_CHARS = 90;

/**
 * The card shown on a name. Every piece of article text goes through escapeMarkdown;
 * the only links are our reveal command with offsets we computed.
 */
export function entityCard(document: vscode.TextDocument, analysis: Analysis, entity: Entity, hovered?: Span): vscode.MarkdownString {
  const md = trustedForReveal();
  md.appendMarkdown(`**${isolated(entity.name)}** · ${escapeMarkdown(entityTypeLabel(entity.type))}\n\n`);
  const mention = hovered && entity.mentions.find((m) => m.start === hovered.start && m.end === hovered.end);
  if (mention) md.appendMarkdown(`${escapeMarkdown(decisionLabel(mention.confirmed))}\n\n`);

  const known = [entity.otherName, entity.description].filter((s): s is string => !!s);
  if (known.length > 0) md.appendMarkdown(`${known.map(isolated).join(' · ')}\n\n`);
  if (entity.role) md.appendMarkdown(`${escapeMarkdown(vscode.l10n.t('Role in the article: {0}', entity.role))}\n\n`);

  // One form per list item: each item is its own paragraph for the bidi algorithm, so a count
  // never gets pulled into the neighbouring Arabic name (which a comma-separated line did).
  md.appendMarkdown(`${escapeMarkdown(vscode.l10n.t('Mentions: {0}', entity.mentions.length))}\n\n`);
  const forms = mentionForms(entity);
  for (const f of forms.slice(0, CARD_FORMS)) md.appendMarkdown(`- ${f.count}× ${isolated(f.form)}\n`);
  if (forms.length > CARD_FORMS) md.appendMarkdown(`- …\n`);
  md.appendMarkdown('\n');

  const quotes = quotesBy(analysis, entity);
  if (quotes.length > 0) {
    md.appendMarkdown(`${escapeMarkdown(vscode.l10n.t('Quotes: {0}', quotes.length))}\n\n`);
    for (const quote of quotes.slice(0, CARD_QUOTES)) {
      md.appendMarkdown(`- ${revealLink(document, quote, `«${shorten(quote.text, QUOTE_CHARS)}»`)} ${lineTag(document, quote.start)}\n`);
    }
    md.appendMarkdown('\n');
  }

  const first = definingMention(entity);
  if (first) md.appendMarkdown(revealLink(document, first, vscode.l10n.t('First mention, line {0}', document.positionAt(first.start).line + 1)));
  return md;
}

/** The card shown on a quote: its kind and its speaker, linked to the speaker's mention. */
export function quoteCard(document: vscode.TextDocument, analysis: Analysis, quote: Quote): vscode.MarkdownString {
  const md = trustedForReveal();
  md.appendMarkdown(`**${escapeMarkdown(quoteKindLabel(quote.kind))}** · ${escapeMarkdown(decisionLabel(quote.confirmed))}\n\n`);
  const speaker = quote.speaker;
  if (!speaker) {
    md.appendMarkdown(escapeMarkdown(vscode.l10n.t('No speaker found.')));
    return md;
  }
  const entity = speaker.entity ? entityById(analysis, speaker.entity) : undefined;
  // The entity's fullest name (فلاديمير بوتين), linked to the mention that names the speaker here.
  md.appendMarkdown(`${escapeMarkdown(vscode.l10n.t('Speaker:'))} ${revealLink(document, speaker, speakerDisplayName(speaker, entity))}`);
  // A fifth to a half of the speakers picked below this certainty were wrong where measured: say so.
  if (unsureSpeaker(quote)) md.appendMarkdown(` · ${escapeMarkdown(vscode.l10n.t('Not sure: check it before you quote it'))}`);
  return md;
}

function lineTag(document: vscode.TextDocument, offset: number): string {
  return escapeMarkdown(vscode.l10n.t('(line {0})', document.positionAt(offset).line + 1));
}

/** Whether what the card shows is the user's decision or the recogniser's suggestion. */
function decisionLabel(confirmed: true | undefined): string {
  return confirmed ? vscode.l10n.t('Confirmed by you') : vscode.l10n.t('Suggested by News Lens (Quick Fix corrects it)');
}
