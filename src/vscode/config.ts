import * as vscode from 'vscode';
import type { DecorationSwitches } from './decoration-plan';

/** The `newsLens.*` settings, read in one place with their defaults and types. */
export type DetectMode = 'auto' | 'ask' | 'off';

/** `newsLens.decorations.*`: the master switch (Toggle Decorations flips it) and one per kind. */
export type DecorationSettings = DecorationSwitches;

export interface NewsLensConfig {
  detect: DetectMode;
  decorations: DecorationSettings;
}

export const LANGUAGE_ID = 'news-article';
export const SECTION = 'newsLens';

export function readConfig(scope?: vscode.ConfigurationScope): NewsLensConfig {
  const c = vscode.workspace.getConfiguration(SECTION, scope);
  const detect = c.get<string>('detect', 'auto');
  return {
    detect: detect === 'ask' || detect === 'off' ? detect : 'auto',
    decorations: {
      enabled: c.get<boolean>('decorations.enabled', true),
      names: c.get<boolean>('decorations.names', true),
      speech: c.get<boolean>('decorations.speech', true),
      otherQuotes: c.get<boolean>('decorations.otherQuotes', true),
      reported: c.get<boolean>('decorations.reported', true),
      speakerAfterText: c.get<boolean>('decorations.speakerAfterText', true),
      unsureSpeakers: c.get<boolean>('decorations.unsureSpeakers', true),
    },
  };
}

/** Fires `listener` when any `newsLens.*` setting changes. */
export function onConfigChange(listener: () => void): vscode.Disposable {
  return vscode.workspace.onDidChangeConfiguration((e) => {
    if (e.affectsConfiguration(SECTION)) listener();
  });
}
