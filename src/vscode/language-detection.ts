import * as vscode from 'vscode';
import { DETECTION_PREFIX, isArticleText } from '../core/structure';
import type { FailureLog } from './analysis/failure-log';
import { LANGUAGE_ID, readConfig } from './config';

/** A plain-text file larger than this is not taken for an article: articles are far smaller. */
const MAX_SNIFF_LENGTH = 2_000_000;
const PLAINTEXT = 'plaintext';

/**
 * Switches plain-text files that are news articles to the News Article language, as
 * `newsLens.detect` says: `auto` switches, `ask` offers, `off` leaves them alone.
 * A document is looked at once per open; a file the user moved back to plain text by
 * hand (after we switched it) is never switched again in this session.
 */
export class ArticleLanguageDetector implements vscode.Disposable {
  private readonly switchedByUs = new Set<string>();
  private readonly declined = new Set<string>();
  private readonly subscriptions: vscode.Disposable[] = [];

  constructor(private readonly failures: FailureLog) {
    this.subscriptions.push(vscode.workspace.onDidOpenTextDocument((doc) => this.considerSafely(doc)));
  }

  /** Looks at documents already open when the extension starts. */
  considerOpenDocuments(): void {
    for (const doc of vscode.workspace.textDocuments) this.considerSafely(doc);
  }

  /** One document's detection failing is reported and touches no other document. */
  private considerSafely(document: vscode.TextDocument): void {
    this.consider(document).catch((err: unknown) => this.failures.report('article detection', err, document));
  }

  /** Runs detection for `document` now, whatever happened before (the re-detect command). */
  async redetect(document: vscode.TextDocument): Promise<boolean> {
    const key = document.uri.toString();
    this.declined.delete(key);
    this.switchedByUs.delete(key);
    if (document.languageId === LANGUAGE_ID) return true;
    if (!looksLikeArticle(document)) return false;
    await vscode.languages.setTextDocumentLanguage(document, LANGUAGE_ID);
    this.switchedByUs.add(key);
    return true;
  }

  private async consider(document: vscode.TextDocument): Promise<void> {
    if (document.languageId !== PLAINTEXT) return;
    const key = document.uri.toString();
    // We switched it before and it is plain text again: the user chose that.
    if (this.switchedByUs.has(key) || this.declined.has(key)) return;
    const mode = readConfig(document.uri).detect;
    if (mode === 'off' || associatedWithPlainText(document) || !looksLikeArticle(document)) return;
    if (mode === 'ask' && !(await this.userAgrees(document))) {
      this.declined.add(key);
      return;
    }
    if (document.isClosed || document.languageId !== PLAINTEXT) return;
    this.switchedByUs.add(key);
    await vscode.languages.setTextDocumentLanguage(document, LANGUAGE_ID);
  }

  private async userAgrees(document: vscode.TextDocument): Promise<boolean> {
    const open = vscode.l10n.t('Open as News Article');
    const never = vscode.l10n.t('Never Ask');
    const name = document.uri.path.split('/').pop() ?? '';
    const answer = await vscode.window.showInformationMessage(vscode.l10n.t('{0} looks like a news article.', name), open, never);
    if (answer === never) {
      await vscode.workspace.getConfiguration('newsLens').update('detect', 'off', vscode.ConfigurationTarget.Global);
    }
    return answer === open;
  }

  dispose(): void {
    for (const s of this.subscriptions) s.dispose();
  }
}

/**
 * Whether the user's `files.associations` explicitly gives this file to plain text: that is
 * a choice made by hand, which detection must respect. A pattern without a slash matches the
 * file name, as VS Code reads it; one with a slash matches the path.
 */
function associatedWithPlainText(document: vscode.TextDocument): boolean {
  const associations = vscode.workspace.getConfiguration('files', document.uri).get<Record<string, string>>('associations') ?? {};
  return Object.entries(associations).some(
    ([pattern, language]) => language === PLAINTEXT && vscode.languages.match({ pattern: pattern.includes('/') ? pattern : `**/${pattern}` }, document) > 0,
  );
}

/** Runs on every plain-text open, synchronously: it reads only the opening of the document. */
function looksLikeArticle(document: vscode.TextDocument): boolean {
  if (document.uri.scheme === 'output' || document.uri.scheme === 'vscode-settings') return false;
  const end = document.lineAt(document.lineCount - 1).range.end;
  if (document.offsetAt(end) > MAX_SNIFF_LENGTH) return false;
  // Detection needs DETECTION_PREFIX + 1 code units; one more so that a CRLF straddling
  // that offset (positionAt stops before it) cannot make the opening shorter.
  const opening = document.getText(new vscode.Range(new vscode.Position(0, 0), document.positionAt(DETECTION_PREFIX + 2)));
  return isArticleText(opening);
}
