import * as vscode from 'vscode';
import type { Span } from '../core/types';

/** The only command hover links may run; see `trustedForReveal`. */
export const REVEAL_COMMAND = 'newsLens.revealRange';

/**
 * Escapes article text for Markdown: every ASCII punctuation mark gets a backslash (CommonMark
 * allows that for all of them), so no link, emphasis, HTML, entity or autolink can be formed
 * from document text; line breaks become spaces so the text stays one inline run.
 */
export function escapeMarkdown(text: string): string {
  return text.replace(/[\r\n\u2028\u2029]+/g, ' ').replace(/[!-/:-@[-`{-~]/g, '\\$&');
}

/**
 * escapeMarkdown, then a left-to-right mark: an Arabic name followed by a count or punctuation
 * would otherwise pull them into its right-to-left run (the hover is laid out left to right).
 * (FSI…PDI isolates were not honoured by the hover renderer in VS Code 1.100.)
 */
export function isolated(text: string): string {
  return `${escapeMarkdown(text)}\u200e`;
}

/** At most `max` characters of `text` on one line, cut at a space when possible, with an ellipsis. */
export function shorten(text: string, max: number): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (flat.length <= max) return flat;
  const cut = flat.lastIndexOf(' ', max);
  return `${flat.slice(0, cut > max / 2 ? cut : max).trimEnd()}…`;
}

/** A command URI for our reveal command, with arguments we produce (never document text). */
export function revealUri(document: vscode.TextDocument, span: Span): string {
  const args = [document.uri.toString(), span.start, span.end];
  return `command:${REVEAL_COMMAND}?${encodeURIComponent(JSON.stringify(args))}`;
}

/** `[label](command:newsLens.revealRange?…)`; the label is escaped here. */
export function revealLink(document: vscode.TextDocument, span: Span, label: string): string {
  return `[${isolated(label)}](${revealUri(document, span)})`;
}

/**
 * Hover Markdown that can run our reveal command and nothing else: not fully trusted,
 * no HTML, no theme icons from text (we add none from the document).
 */
export function trustedForReveal(): vscode.MarkdownString {
  const md = new vscode.MarkdownString('', false);
  md.isTrusted = { enabledCommands: [REVEAL_COMMAND] };
  md.supportHtml = false;
  return md;
}
