import * as vscode from 'vscode';
import { SECTION } from '../config';

/** The `newsLens.corpus.*` and `newsLens.references.*` settings, with their defaults. */
export interface CorpusConfig {
  enabled: boolean;
  /** Files larger than this many bytes are not indexed. */
  maxFileBytes: number;
  referencesAcrossWorkspace: boolean;
}

export function readCorpusConfig(): CorpusConfig {
  const c = vscode.workspace.getConfiguration(SECTION);
  const kb = c.get<number>('corpus.maxFileSizeKB', 1024);
  return {
    enabled: c.get<boolean>('corpus.enabled', true),
    maxFileBytes: Number.isFinite(kb) && kb > 0 ? kb * 1024 : 1024 * 1024,
    referencesAcrossWorkspace: c.get<boolean>('references.acrossWorkspace', true),
  };
}

/** Fires when a setting that changes which files are indexed changes. */
export function onIndexSettingsChange(listener: () => void): vscode.Disposable {
  return vscode.workspace.onDidChangeConfiguration((e) => {
    if (['newsLens.corpus', 'newsLens.detect', 'files.exclude', 'search.exclude'].some((s) => e.affectsConfiguration(s))) listener();
  });
}
