import * as vscode from 'vscode';
import {
  applyDecisions,
  applyEdits,
  emptySet,
  isEmptySet,
  parseBrat,
  reanchor,
  writeBrat,
  type Annotation,
  type AnnotationSet,
  type TextEdit,
} from '../../core/annotations';
import type { Analysis } from '../../core/types';
import type { AnalysisOverlay } from '../analysis/analysis-cache';
import type { FailureLog } from '../analysis/failure-log';
import { LANGUAGE_ID } from '../config';
import { annUriOf, bomOnDisk, fileHasBom, NotUtf8Error, readTextFile, writeFileAtomically } from './ann-file';
import type { AnnotationDiagnostics } from './annotation-diagnostics';
import type { WorkspaceRules } from './workspace-rules';

/** How many earlier states of an article's annotations Undo can go back to. */
const UNDO_DEPTH = 30;
/** How many closed articles' unwritten decisions are kept for their reopening. */
const MAX_PARKED = 20;

interface ArticleAnnotations {
  set: AnnotationSet;
  /** Bumped on every change of `set`, by a decision or by an edit moving it. */
  revision: number;
  /** Earlier sets, the newest last; moved with every edit exactly as `set` is. */
  undo: AnnotationSet[];
  /** Decisions not in the `.ann` yet (they wait for the article to be saved). */
  unsaved: boolean;
  /** A `.ann` existed when the article was opened, or was written since. */
  fileExists: boolean;
  loaded: Promise<void>;
  /** What the last edit deleted, at its place before the edit: Undo of that edit brings it back. */
  removedByLastEdit?: Annotation[];
  /** Its `.ann` could not be read as text: it is never overwritten. */
  unreadable?: true;
  /** Writes of this article's `.ann`, one after the other. */
  writing: Promise<void>;
}

export interface AnnotationsSaved {
  document: vscode.TextDocument;
  annUri: vscode.Uri;
}

/**
 * The user's decisions about each open article: read from the `.ann` beside it when it opens
 * (re-anchored to the text as it is now), moved with every edit, laid over the recogniser's
 * analysis (it is the analysis cache's overlay), and written back when the article is saved.
 * A decision made while the article has no unsaved edits is written at once: the `.ann`
 * always describes the article as it is on disk.
 */
export class AnnotationStore implements vscode.Disposable, AnalysisOverlay {
  private readonly articles = new Map<string, ArticleAnnotations>();
  /**
   * Articles closed with decisions not written yet (their text had unsaved edits), by URI, with
   * the text they fit. A change of language mode closes and reopens a document, and closing an
   * edited article without saving keeps its text in VS Code's backups: when the same text opens
   * again, its decisions and Undo come back instead of being lost.
   */
  private readonly parked = new Map<string, { text: string; state: ArticleAnnotations }>();
  private readonly changed = new vscode.EventEmitter<vscode.TextDocument>();
  private readonly saved = new vscode.EventEmitter<AnnotationsSaved>();
  private readonly subscriptions: vscode.Disposable[] = [this.changed, this.saved];
  /** Fires when an article's decisions changed without an edit (a command, Undo, reading its `.ann`). */
  readonly onDidChange = this.changed.event;
  /** Fires after an article's `.ann` was written. */
  readonly onDidSave = this.saved.event;

  constructor(
    private readonly rules: WorkspaceRules,
    private readonly diagnostics: AnnotationDiagnostics,
    private readonly failures: FailureLog,
  ) {
    this.subscriptions.push(
      vscode.workspace.onDidOpenTextDocument((document) => this.open(document)),
      vscode.workspace.onDidCloseTextDocument((document) => this.close(document)),
      vscode.workspace.onDidChangeTextDocument((e) => this.follow(e)),
      vscode.workspace.onDidSaveTextDocument((document) => {
        if (this.articles.get(document.uri.toString())?.unsaved) void this.write(document);
      }),
      rules.onDidChange(() => {
        for (const document of vscode.workspace.textDocuments) if (document.languageId === LANGUAGE_ID) this.changed.fire(document);
      }),
    );
    for (const document of vscode.workspace.textDocuments) this.open(document);
  }

  // ------------------------------------------------------------------ the overlay

  revision(document: vscode.TextDocument): number {
    return (this.articles.get(document.uri.toString())?.revision ?? 0) + this.rules.revision;
  }

  apply(document: vscode.TextDocument, analysis: Analysis): Analysis {
    const set = this.articles.get(document.uri.toString())?.set ?? emptySet();
    const rules = this.rules.rulesFor(document.uri);
    if (isEmptySet(set) && !rules?.rules.length) return analysis;
    return applyDecisions(analysis, document.getText(), set, rules);
  }

  // ------------------------------------------------------------------ what commands use

  /** Resolves once the article's `.ann` was read (at once for an article without one). */
  async ready(document: vscode.TextDocument): Promise<void> {
    await this.open(document)?.loaded;
  }

  /** The article's decisions as they are now (empty for a document that is no article). */
  setOf(document: vscode.TextDocument): AnnotationSet {
    return this.articles.get(document.uri.toString())?.set ?? emptySet();
  }

  /** Applies one decision; it can be undone. Returns false when nothing changed. */
  change(document: vscode.TextDocument, decide: (set: AnnotationSet) => AnnotationSet): boolean {
    const state = this.open(document);
    if (!state) return false;
    const next = decide(state.set);
    if (next === state.set) return false;
    state.undo.push(state.set);
    if (state.undo.length > UNDO_DEPTH) state.undo.shift();
    this.replace(document, state, next);
    return true;
  }

  /** Goes back to the article's decisions before the last change. False when there is none. */
  undo(document: vscode.TextDocument): boolean {
    const state = this.articles.get(document.uri.toString());
    const previous = state?.undo.pop();
    if (!state || !previous) return false;
    this.replace(document, state, previous);
    return true;
  }

  /** Resolves when the writes of the article's `.ann` queued so far are done (tests wait on it). */
  async written(document: vscode.TextDocument): Promise<void> {
    await this.articles.get(document.uri.toString())?.writing;
  }

  canUndo(document: vscode.TextDocument): boolean {
    return (this.articles.get(document.uri.toString())?.undo.length ?? 0) > 0;
  }

  /**
   * Writes the article's `.ann` now. An article with unsaved edits is saved first, since the
   * `.ann` must describe the text on disk. Returns the `.ann`, or undefined when there is none.
   */
  async save(document: vscode.TextDocument): Promise<vscode.Uri | undefined> {
    const state = this.open(document);
    if (!state) return undefined;
    await state.loaded;
    state.unsaved = true;
    if (document.isDirty) {
      await document.save();
      await state.writing;
    } else {
      await this.write(document);
    }
    return state.fileExists ? annUriOf(document.uri) : undefined;
  }

  // ------------------------------------------------------------------ lifetime of an article

  private open(document: vscode.TextDocument): ArticleAnnotations | undefined {
    if (document.languageId !== LANGUAGE_ID) return undefined;
    const key = document.uri.toString();
    let state = this.articles.get(key);
    if (!state) state = this.unpark(document);
    if (!state) {
      state = { set: emptySet(), revision: 0, undo: [], unsaved: false, fileExists: false, loaded: Promise.resolve(), writing: Promise.resolve() };
      this.articles.set(key, state);
      state.loaded = this.load(document, state);
    }
    return state;
  }

  private close(document: vscode.TextDocument): void {
    const key = document.uri.toString();
    const state = this.articles.get(key);
    this.articles.delete(key);
    if (!state || !state.unsaved || (isEmptySet(state.set) && state.undo.length === 0)) return;
    this.parked.delete(key);
    this.parked.set(key, { text: document.getText(), state });
    // The oldest go first: a Map iterates in insertion order.
    for (const oldest of this.parked.keys()) {
      if (this.parked.size <= MAX_PARKED) break;
      this.parked.delete(oldest);
    }
  }

  /** The decisions an article was closed with, if it opens again with the same text. */
  private unpark(document: vscode.TextDocument): ArticleAnnotations | undefined {
    const key = document.uri.toString();
    const parked = this.parked.get(key);
    if (!parked) return undefined;
    this.parked.delete(key);
    if (parked.text !== document.getText()) return undefined;
    const state = { ...parked.state, loaded: Promise.resolve(), revision: parked.state.revision + 1 };
    this.articles.set(key, state);
    this.changed.fire(document);
    // Saved meanwhile (as another language): the decisions fit the text on disk now.
    if (!document.isDirty) void this.write(document);
    return state;
  }

  /** Reads the `.ann` and places its spans in the text as it is now (it may have been edited elsewhere). */
  private async load(document: vscode.TextDocument, state: ArticleAnnotations): Promise<void> {
    const annUri = annUriOf(document.uri);
    if (!annUri) return;
    try {
      const annText = await readTextFile(annUri, { strict: true });
      if (annText === undefined) return;
      const bom = await fileHasBom(document.uri);
      if (this.articles.get(document.uri.toString()) !== state) return; // closed meanwhile
      // No await from here on: the text read is the one the set is placed in.
      const text = document.getText();
      const { set, problems, lines } = parseBrat(annText, bom ? `\uFEFF${text}` : text);
      const anchored = reanchor(set, text);
      this.diagnostics.setFileProblems(annUri, problems);
      this.diagnostics.setUnanchored(annUri, anchored.unanchored.map((a) => ({ line: lines.get(a.id) ?? 1, message: unanchoredMessage(a) })));
      state.fileExists = true;
      // Opening an article never rewrites its `.ann` (it may come from another tool, with its
      // own line endings and order), unless a span had to move to find its text again.
      this.replace(document, state, anchored.set, anchored.moved > 0);
    } catch (err) {
      if (err instanceof NotUtf8Error) {
        state.unreadable = true;
        this.diagnostics.setFileProblems(annUri, [{ line: 1, message: err.message }], vscode.DiagnosticSeverity.Error);
        return;
      }
      this.failures.report('reading annotations', err, document);
    }
  }

  /** Moves every annotation (and every Undo state) with the article's edit. */
  private follow(e: vscode.TextDocumentChangeEvent): void {
    const state = this.articles.get(e.document.uri.toString());
    if (!state || e.contentChanges.length === 0) return;
    if (isEmptySet(state.set) && state.undo.length === 0 && !state.removedByLastEdit) return;
    const edits: TextEdit[] = e.contentChanges.map((c) => ({ offset: c.rangeOffset, deleteLength: c.rangeLength, insertLength: c.text.length }));
    const text = e.document.getText();
    const moved = applyEdits(state.set, edits, text);
    state.undo = state.undo.map((set) => applyEdits(set, edits, text).set);
    state.set = moved.set;
    state.revision++;
    state.unsaved = true;
    if (e.reason === vscode.TextDocumentChangeReason.Undo && state.removedByLastEdit) {
      // Ctrl+Z put back the text an edit deleted: its annotations come back where they were.
      const back = state.removedByLastEdit.filter((a) => text.slice(a.start, a.end) === a.text);
      if (back.length > 0) state.set = { ...state.set, items: [...state.set.items, ...back].sort((a, b) => a.start - b.start) };
    }
    state.removedByLastEdit = moved.removed.length > 0 ? moved.removed : undefined;
    if (moved.removed.length > 0) {
      vscode.window.setStatusBarMessage(
        vscode.l10n.t('News Lens: {0} annotation(s) removed with the deleted text (undo the edit to bring them back)', moved.removed.length),
        8000,
      );
    }
  }

  private replace(document: vscode.TextDocument, state: ArticleAnnotations, set: AnnotationSet, unsaved = true): void {
    state.set = set;
    state.revision++;
    state.unsaved = unsaved;
    this.changed.fire(document);
    if (unsaved && !document.isDirty) void this.write(document);
  }

  /** Writes the `.ann` of the text on disk; skipped while the article has unsaved edits. */
  private write(document: vscode.TextDocument): Promise<void> {
    const state = this.articles.get(document.uri.toString());
    const annUri = annUriOf(document.uri);
    if (!state || !annUri) return Promise.resolve();
    state.writing = state.writing.then(async () => {
      if (!state.unsaved || state.unreadable || (isEmptySet(state.set) && !state.fileExists)) return;
      const bom = await bomOnDisk(document.uri);
      // A deleted article (its folder maybe too) gets no .ann beside it, which would bring the folder back.
      if (bom === undefined) return;
      if (document.isDirty || document.isClosed) return; // the next save writes it
      const text = document.getText();
      await writeFileAtomically(annUri, writeBrat(state.set, bom ? `\uFEFF${text}` : text));
      state.unsaved = false;
      state.fileExists = true;
      this.diagnostics.setUnanchored(annUri, []);
      this.saved.fire({ document, annUri });
    }).catch((err: unknown) => {
      this.failures.report('writing annotations', err, document);
      void vscode.window.showErrorMessage(vscode.l10n.t('News Lens could not write {0}: {1}', annUri.fsPath, err instanceof Error ? err.message : String(err)));
    });
    return state.writing;
  }

  dispose(): void {
    this.articles.clear();
    this.parked.clear();
    for (const s of this.subscriptions) s.dispose();
  }
}

function unanchoredMessage(a: Annotation): string {
  return vscode.l10n.t('{0} "{1}" is no longer in the article; it is kept in the .ann as a note.', a.id, a.text);
}
