import * as vscode from 'vscode';
import { parseRules, RULES_FILE, writeRules, type NameRule, type NameRules } from '../../core/annotations';
import type { FailureLog } from '../analysis/failure-log';
import { readTextFile, writeFileAtomically } from './ann-file';
import type { AnnotationDiagnostics } from './annotation-diagnostics';

interface FolderRules {
  uri: vscode.Uri;
  rules: NameRules;
}

/**
 * The workspace's decisions about name forms ("always a place", "never a name"), one
 * `.newslens/names.tsv` per workspace folder, applied to every article of that folder. The
 * file is re-read when it changes on disk (another window, git, a hand edit).
 */
export class WorkspaceRules implements vscode.Disposable {
  private readonly folders = new Map<string, FolderRules>();
  private readonly changed = new vscode.EventEmitter<void>();
  private readonly subscriptions: vscode.Disposable[] = [this.changed];
  private counter = 0;
  /** Fires after a folder's rules changed. */
  readonly onDidChange = this.changed.event;
  /** Resolves when every folder's rules were read once. */
  readonly ready: Promise<void>;

  constructor(
    private readonly failures: FailureLog,
    private readonly diagnostics: AnnotationDiagnostics,
  ) {
    const watcher = vscode.workspace.createFileSystemWatcher(`**/${RULES_FILE}`);
    const reload = (uri: vscode.Uri) => {
      const folder = vscode.workspace.getWorkspaceFolder(uri);
      if (folder) void this.load(folder);
    };
    this.subscriptions.push(
      watcher,
      watcher.onDidCreate(reload),
      watcher.onDidChange(reload),
      watcher.onDidDelete(reload),
      vscode.workspace.onDidChangeWorkspaceFolders(() => void this.loadAll()),
    );
    this.ready = this.loadAll();
  }

  /** Changes whenever any folder's rules changed. */
  get revision(): number {
    return this.counter;
  }

  /** The rules that apply to an article (those of its workspace folder). */
  rulesFor(article: vscode.Uri): NameRules | undefined {
    const folder = vscode.workspace.getWorkspaceFolder(article);
    return folder ? this.folders.get(folder.uri.toString())?.rules : undefined;
  }

  /**
   * Adds a rule for a name form in the article's workspace folder (replacing one for the same
   * form) and writes the file. Returns false when the article is in no workspace folder.
   */
  async add(article: vscode.Uri, rule: NameRule): Promise<boolean> {
    const folder = vscode.workspace.getWorkspaceFolder(article);
    if (!folder) return false;
    const current = this.folders.get(folder.uri.toString())?.rules ?? { rules: [] };
    const rules: NameRules = { rules: [...current.rules.filter((r) => r.form !== rule.form), rule] };
    const uri = vscode.Uri.joinPath(folder.uri, RULES_FILE);
    await vscode.workspace.fs.createDirectory(vscode.Uri.joinPath(uri, '..'));
    await writeFileAtomically(uri, writeRules(rules));
    this.set(folder, uri, rules);
    return true;
  }

  private async loadAll(): Promise<void> {
    await Promise.all((vscode.workspace.workspaceFolders ?? []).map((f) => this.load(f)));
  }

  private async load(folder: vscode.WorkspaceFolder): Promise<void> {
    const uri = vscode.Uri.joinPath(folder.uri, RULES_FILE);
    try {
      const text = await readTextFile(uri);
      if (text === undefined) {
        this.diagnostics.setFileProblems(uri, []);
        if (this.folders.delete(folder.uri.toString())) this.bump();
        return;
      }
      const { rules, problems } = parseRules(text);
      this.diagnostics.setFileProblems(uri, problems);
      this.set(folder, uri, rules);
    } catch (err) {
      this.failures.report('workspace name rules', err);
    }
  }

  private set(folder: vscode.WorkspaceFolder, uri: vscode.Uri, rules: NameRules): void {
    this.folders.set(folder.uri.toString(), { uri, rules });
    this.bump();
  }

  private bump(): void {
    this.counter++;
    this.changed.fire();
  }

  dispose(): void {
    for (const s of this.subscriptions) s.dispose();
  }
}
