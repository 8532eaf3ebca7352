import * as vscode from 'vscode';
import { articleConfidence, detectionAction } from '../core/structure/detect';
import { DETECTION_PREFIX } from '../core/structure/detection-prefix';
import type { FailureLog } from './analysis/failure-log';
import { LANGUAGE_ID, readConfig } from './config';

/** A plain-text file larger than this is not taken for an article: articles are far smaller. */
const MAX_SNIFF_LENGTH = 2_000_000;
const PLAINTEXT = 'plaintext';

/**
 * Switches plain-text files that are news articles to the News Article language, as
 * `newsLens.detect` says: `auto` switches, `ask` switches the sure ones and asks about the
 * unsure ones (see detectionAction), `off` leaves them alone.
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

  /**
   * Runs detection for `document` now, whatever happened before (the re-detect command):
   * whether it is (now) a News Article, and detection's confidence that it is an article.
   */
  async redetect(document: vscode.TextDocument): Promise<{ isArticle: boolean; confidence: number }> {
    const key = document.uri.toString();
    this.declined.delete(key);
    this.switchedByUs.delete(key);
    const confidence = confidenceOf(document);
    if (document.languageId === LANGUAGE_ID) return { isArticle: true, confidence };
    if (detectionAction(confidence, 'auto') !== 'switch') return { isArticle: false, confidence };
    await vscode.languages.setTextDocumentLanguage(document, LANGUAGE_ID);
    this.switchedByUs.add(key);
    return { isArticle: true, confidence };
  }

  private async consider(document: vscode.TextDocument): Promise<void> {
    if (document.languageId !== PLAINTEXT) return;
    const key = document.uri.toString();
    // We switched it before and it is plain text again: the user chose that.
    if (this.switchedByUs.has(key) || this.declined.has(key)) return;
    const mode = readConfig(document.uri).detect;
    if (mode === 'off' || associatedWithPlainText(document)) return;
    const action = detectionAction(confidenceOf(document), mode);
    if (action === 'leave') return;
    if (action === 'ask' && !(await this.userAgrees(document))) {
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

/**
 * Detection's confidence that the document is a news article; 0 for output panes, settings and
 * huge files. It runs on every plain-text open, synchronously, so it reads only the opening.
 */
function confidenceOf(document: vscode.TextDocument): number {
  if (document.uri.scheme === 'output' || document.uri.scheme === 'vscode-settings') return 0;
  const end = document.lineAt(document.lineCount - 1).range.end;
  if (document.offsetAt(end) > MAX_SNIFF_LENGTH) return 0;
  // Detection needs DETECTION_PREFIX + 1 code units; one more so that a CRLF straddling
  // that offset (positionAt stops before it) cannot make the opening shorter.
  const opening = document.getText(new vscode.Range(new vscode.Position(0, 0), document.positionAt(DETECTION_PREFIX + 2)));
  return articleConfidence(opening);
}
