import * as vscode from 'vscode';
import {
  bratConfFiles,
  EXPORT_FORMATS,
  exportArticle,
  exportView,
  parseBrat,
  reanchor,
  emptySet,
  type AnnotationSet,
  type ExportFormat,
} from '../../core/annotations';
import { LANGUAGE_ID } from '../config';
import { annUriOf, readTextFile, writeFileAtomically } from './ann-file';
import type { AnnotationServices } from './annotation-context';

export const EXPORT_COMMAND = 'newsLens.annotations.export';

/** Files an export of the workspace looks at; `.txt` files count only when they read as articles. */
const ARTICLE_GLOB = '**/*.{news,article,txt}';

/** What the command asks for; tests (and other extensions) pass it whole to skip the questions. */
export interface ExportRequest {
  scope: 'article' | 'workspace';
  format: ExportFormat;
  suggestions: boolean;
  /** The folder written to. */
  out: string;
  /** With scope `article`: the article (default: the active editor's). */
  uri?: string;
}

export interface ExportResult {
  articles: number;
  files: string[];
  skipped: string[];
}

interface Article {
  uri: vscode.Uri;
  text: string;
  set: AnnotationSet;
}

/** "Export Annotations…": the article or every article of the workspace, as brat, CoNLL or JSONL. */
export function registerExportCommand(services: AnnotationServices): vscode.Disposable {
  return vscode.commands.registerCommand(EXPORT_COMMAND, async (given?: ExportRequest) => {
    const request = given ?? (await ask());
    if (!request) return undefined;
    try {
      const result = await vscode.window.withProgress(
        { location: vscode.ProgressLocation.Notification, title: vscode.l10n.t('Exporting annotations'), cancellable: true },
        (progress, token) => runExport(services, request, progress, token),
      );
      if (!given) {
        void vscode.window.showInformationMessage(
          vscode.l10n.t('Exported {0} article(s) to {1}.', result.articles, vscode.Uri.parse(request.out).fsPath) +
            (result.skipped.length ? ' ' + vscode.l10n.t('Left out: {0}.', result.skipped.join(', ')) : ''),
        );
      }
      return result;
    } catch (err) {
      services.failures.report('Export Annotations', err);
      void vscode.window.showErrorMessage(vscode.l10n.t('Export failed: {0}', err instanceof Error ? err.message : String(err)));
      return undefined;
    }
  });
}

async function ask(): Promise<ExportRequest | undefined> {
  const active = vscode.window.activeTextEditor?.document;
  const scopes = [
    ...(active?.languageId === LANGUAGE_ID ? [{ label: vscode.l10n.t('This article'), scope: 'article' as const }] : []),
    ...(vscode.workspace.workspaceFolders?.length ? [{ label: vscode.l10n.t('Every article of the workspace'), scope: 'workspace' as const }] : []),
  ];
  if (scopes.length === 0) {
    void vscode.window.showInformationMessage(vscode.l10n.t('Open a News Article or a folder of articles to export.'));
    return undefined;
  }
  const scope = scopes.length === 1 ? scopes[0] : await vscode.window.showQuickPick(scopes, { placeHolder: vscode.l10n.t('Export which annotations?') });
  if (!scope) return undefined;
  const formats = EXPORT_FORMATS.map((format) => ({ label: format, format, detail: formatDetail(format) }));
  const format = await vscode.window.showQuickPick(formats, { placeHolder: vscode.l10n.t('Format') });
  if (!format) return undefined;
  const kinds = [
    { label: vscode.l10n.t('Your annotations only'), suggestions: false },
    { label: vscode.l10n.t('Your annotations and the suggestions'), suggestions: true },
  ];
  const kind = await vscode.window.showQuickPick(kinds, { placeHolder: vscode.l10n.t('Include News Lens\'s suggestions?') });
  if (!kind) return undefined;
  const out = await vscode.window.showOpenDialog({ canSelectFolders: true, canSelectFiles: false, openLabel: vscode.l10n.t('Export Here') });
  if (!out?.[0]) return undefined;
  return { scope: scope.scope, format: format.format, suggestions: kind.suggestions, out: out[0].toString(), uri: active?.uri.toString() };
}

function formatDetail(format: ExportFormat): string {
  switch (format) {
    case 'brat': return vscode.l10n.t('.txt and .ann pairs, for brat and INCEpTION');
    case 'conll': return vscode.l10n.t('a token per line with BIO tags, for CoNLL-trained taggers');
    case 'jsonl': return vscode.l10n.t('an article per line with offsets, for doccano, Label Studio and spaCy');
  }
}

async function runExport(
  services: AnnotationServices,
  request: ExportRequest,
  progress: vscode.Progress<{ message?: string; increment?: number }>,
  token: vscode.CancellationToken,
): Promise<ExportResult> {
  const out = vscode.Uri.parse(request.out);
  const uris = request.scope === 'article' ? [articleUri(request)] : await vscode.workspace.findFiles(ARTICLE_GLOB, undefined, undefined, token);
  const result: ExportResult = { articles: 0, files: [], skipped: [] };
  const chunks: string[] = [];
  for (const uri of uris.sort((a, b) => a.toString().localeCompare(b.toString()))) {
    if (token.isCancellationRequested) break;
    progress.report({ message: vscode.workspace.asRelativePath(uri), increment: 100 / uris.length });
    const article = await readArticle(services, uri);
    const suggested = await services.cache.analyzeText(uri.toString(), article.text);
    if (!suggested) continue;
    // In a folder, a .txt is exported only when it reads as an article (as the editor would open it).
    if (request.scope === 'workspace' && uri.path.endsWith('.txt') && !suggested.isArticle) {
      result.skipped.push(vscode.workspace.asRelativePath(uri));
      continue;
    }
    const view = exportView(article.text, article.set, services.rules.rulesFor(uri), request.suggestions ? suggested : undefined);
    const written = exportArticle(request.format, article.text, article.set, view);
    result.articles++;
    if (request.format !== 'brat') {
      chunks.push(written);
      continue;
    }
    const stem = vscode.workspace.asRelativePath(uri, false).replace(/\.[^./]*$/, '');
    for (const [name, content] of [[`${stem}.txt`, article.text], [`${stem}.ann`, written]]) {
      const target = vscode.Uri.joinPath(out, name);
      await vscode.workspace.fs.createDirectory(vscode.Uri.joinPath(target, '..'));
      await writeFileAtomically(target, content);
      result.files.push(target.toString());
    }
  }
  const extra = request.format === 'brat' ? Object.entries(bratConfFiles()) : [[`annotations.${request.format}`, chunks.join('')]];
  for (const [name, content] of extra) {
    const target = vscode.Uri.joinPath(out, name);
    await writeFileAtomically(target, content);
    result.files.push(target.toString());
  }
  return result;
}

function articleUri(request: ExportRequest): vscode.Uri {
  const uri = request.uri ? vscode.Uri.parse(request.uri) : vscode.window.activeTextEditor?.document.uri;
  if (!uri) throw new Error(vscode.l10n.t('no article is open'));
  return uri;
}

/** The article's text and decisions: the open document's when it is open (unsaved edits included), else the files'. */
async function readArticle(services: AnnotationServices, uri: vscode.Uri): Promise<Article> {
  const open = vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString());
  if (open && open.languageId === LANGUAGE_ID) {
    await services.store.ready(open);
    return { uri, text: open.getText(), set: services.store.setOf(open) };
  }
  const raw = (await readTextFile(uri)) ?? '';
  const text = raw.replace(/^\uFEFF/, '');
  const annUri = annUriOf(uri);
  const ann = annUri && (await readTextFile(annUri));
  if (ann === undefined || ann === '') return { uri, text, set: emptySet() };
  return { uri, text, set: reanchor(parseBrat(ann, raw).set, text).set };
}
