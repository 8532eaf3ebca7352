import * as vscode from 'vscode';
import { contained } from './analysis/failure-log';
import type { AnalysisServices } from './analysis/services';
import { LANGUAGE_ID, onConfigChange, readConfig } from './config';
import { DECORATION_KINDS, emptyPlan, planDecorations, planKey, type DecorationKind, type DecorationPlan } from './decoration-plan';
import { createDecorationTypes, PAINTED_KINDS } from './decoration-styles';
import { SpeakerHints } from './speaker-hints';

/** Quiet time after the last keystroke before an article is analysed and repainted. */
export const DECORATION_DEBOUNCE_MS = 150;

export interface DecorationsApplied {
  editor: vscode.TextEditor;
  /** The document version the decorations were computed for. */
  version: number;
}

/** What tests (and other extensions) can see of the painted decorations. */
export interface DecorationsApi {
  /** The ranges last set on `editor`, per kind (empty arrays for kinds switched off). */
  applied(editor: vscode.TextEditor): Record<DecorationKind, vscode.Range[]> | undefined;
  /** The speaker labels last planned for `editor` (shown as inlay hints), in document order. */
  afterTexts(editor: vscode.TextEditor): string[];
  /** Fires after decorations were brought up to date for an editor (even when nothing changed). */
  readonly onDidApplyDecorations: vscode.Event<DecorationsApplied>;
}

interface EditorState {
  version: number;
  keys: Partial<Record<DecorationKind, string>>;
  ranges: Record<DecorationKind, vscode.Range[]>;
  afterTexts: string[];
}

/**
 * Paints names and quotes in every visible article editor. Edits are debounced per
 * document; a run for a version that is no longer current is dropped; the active editor
 * is painted before the other visible ones; a kind whose ranges did not change is not set
 * again, so unrelated edits never make decorations flicker.
 */
export class DecorationManager implements vscode.Disposable, DecorationsApi {
  private readonly types = createDecorationTypes();
  private readonly speakerHints = new SpeakerHints();
  private readonly states = new Map<vscode.TextEditor, EditorState>();
  private readonly timers = new Map<string, ReturnType<typeof setTimeout>>();
  private readonly applyEmitter = new vscode.EventEmitter<DecorationsApplied>();
  private readonly subscriptions: vscode.Disposable[] = [];
  readonly onDidApplyDecorations = this.applyEmitter.event;

  private disposed = false;

  constructor(private readonly services: AnalysisServices) {
    this.subscriptions.push(
      this.applyEmitter,
      vscode.window.onDidChangeVisibleTextEditors(() => this.refreshVisible()),
      vscode.window.onDidChangeActiveTextEditor(() => this.refreshVisible()),
      vscode.workspace.onDidChangeTextDocument((e) => {
        if (e.contentChanges.length > 0) this.schedule(e.document);
      }),
      // A language switch (e.g. a .txt detected as an article) re-opens the document.
      vscode.workspace.onDidOpenTextDocument(() => this.refreshVisible()),
      vscode.workspace.onDidCloseTextDocument((doc) => this.cancel(doc.uri.toString())),
      onConfigChange(() => this.refreshVisible()),
      // The user's annotations changed (no edit): repaint that article now, no debounce.
      services.cache.onDidRevise((document) => {
        const editors = vscode.window.visibleTextEditors.filter((e) => e.document === document);
        for (const editor of this.inPaintOrder(editors)) void this.paint(editor);
      }),
    );
    this.refreshVisible();
  }

  applied(editor: vscode.TextEditor): Record<DecorationKind, vscode.Range[]> | undefined {
    return this.states.get(editor)?.ranges;
  }

  afterTexts(editor: vscode.TextEditor): string[] {
    return this.states.get(editor)?.afterTexts ?? [];
  }

  /** Repaints every visible editor now, the active one first. */
  refreshVisible(): void {
    const visible = vscode.window.visibleTextEditors;
    for (const editor of this.states.keys()) if (!visible.includes(editor)) this.states.delete(editor);
    for (const editor of this.inPaintOrder(visible)) void this.paint(editor);
  }

  private schedule(document: vscode.TextDocument): void {
    const key = document.uri.toString();
    if (!vscode.window.visibleTextEditors.some((e) => e.document === document)) return;
    this.cancel(key);
    const version = document.version;
    this.timers.set(
      key,
      setTimeout(() => {
        this.timers.delete(key);
        if (document.isClosed || document.version !== version) return; // a newer edit has its own timer
        const editors = vscode.window.visibleTextEditors.filter((e) => e.document === document);
        for (const editor of this.inPaintOrder(editors)) void this.paint(editor);
      }, DECORATION_DEBOUNCE_MS),
    );
  }

  private cancel(key: string): void {
    const timer = this.timers.get(key);
    if (timer !== undefined) clearTimeout(timer);
    this.timers.delete(key);
  }

  private inPaintOrder(editors: readonly vscode.TextEditor[]): vscode.TextEditor[] {
    const active = vscode.window.activeTextEditor;
    return [...editors].sort((a, b) => Number(b === active) - Number(a === active));
  }

  /**
   * Paints one editor from its document's analysis. The analysis runs in the worker; the
   * paint is dropped if, when it arrives, the document changed (a newer paint is scheduled),
   * the editor is no longer visible or the manager was disposed. Editors are asked for in
   * paint order, and the worker answers in the order asked, so the active editor comes first.
   */
  private async paint(editor: vscode.TextEditor): Promise<void> {
    const document = editor.document;
    if (document.isClosed) return;
    const state = this.states.get(editor);
    if (document.languageId !== LANGUAGE_ID) {
      if (!state) return; // never painted: nothing to clear
      this.apply(editor, emptyPlan(), document.version, state);
      this.states.delete(editor);
      return;
    }
    const version = document.version;
    await contained(this.services.failures, 'decorations', document, undefined, async () => {
      const analysis = await this.services.cache.get(document);
      if (!analysis || this.disposed || document.isClosed || document.version !== version) return;
      if (document.languageId !== LANGUAGE_ID || !vscode.window.visibleTextEditors.includes(editor)) return;
      const plan = planDecorations(analysis, document.getText(), readConfig(document.uri).decorations);
      this.apply(editor, plan, version, this.states.get(editor));
    });
  }

  private apply(editor: vscode.TextEditor, plan: DecorationPlan, version: number, previous: EditorState | undefined): void {
    const document = editor.document;
    const state: EditorState = previous ?? { version, keys: {}, ranges: emptyRanges(), afterTexts: [] };
    state.version = version;
    // Every version, changed or not: the hints are given for the version they were planned for.
    this.speakerHints.update(document, version, plan.speaker);
    for (const kind of DECORATION_KINDS) {
      const key = planKey(plan[kind]);
      if (state.keys[kind] === key) continue;
      state.keys[kind] = key;
      const ranges = plan[kind].map((s) => new vscode.Range(document.positionAt(s.start), document.positionAt(s.end)));
      if (kind === 'speaker') state.afterTexts = plan.speaker.map((s) => s.afterText ?? '');
      else editor.setDecorations(this.types[kind], ranges);
      state.ranges[kind] = ranges;
    }
    this.states.set(editor, state);
    this.applyEmitter.fire({ editor, version });
  }

  dispose(): void {
    this.disposed = true;
    for (const timer of this.timers.values()) clearTimeout(timer);
    this.timers.clear();
    this.states.clear();
    for (const kind of PAINTED_KINDS) this.types[kind].dispose();
    this.speakerHints.dispose();
    for (const s of this.subscriptions) s.dispose();
  }
}

function emptyRanges(): Record<DecorationKind, vscode.Range[]> {
  const ranges = {} as Record<DecorationKind, vscode.Range[]>;
  for (const kind of DECORATION_KINDS) ranges[kind] = [];
  return ranges;
}

/** Names and quotes painted in article editors; the manager doubles as the API tests read. */
export function registerDecorations(services: AnalysisServices): { disposable: vscode.Disposable; api: DecorationsApi } {
  const manager = new DecorationManager(services);
  return { disposable: manager, api: manager };
}
