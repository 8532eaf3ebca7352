// Helpers shared by the editor-feature tests (decorations, hovers, navigation, the Entities view).
import * as vscode from 'vscode';
import type { NewsLensApi } from '../../src/extension';
import type { Entity } from '../../src/core/types';
import { analysisOf, fixtureUri } from './util';
import { openAndPaint } from './editor-helpers';

export { closeAllEditors, hoverText } from './editor-helpers';

export const SEED = ['articles', 'ar-summit-seedlike.news'] as const;

/** Opens a fixture (or any uri) in an editor and waits until the extension painted it. */
export function showArticle(api: NewsLensApi, uri: vscode.Uri = fixtureUri(...SEED)): Promise<vscode.TextEditor> {
  return openAndPaint(api, uri);
}

/** Resolves when the editor's decorations were brought up to date for `version` (or a later one). */
export function paintedVersion(api: NewsLensApi, editor: vscode.TextEditor, version: number, deadlineMs = 10_000): Promise<void> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      sub.dispose();
      reject(new Error(`decorations for version ${version} not applied within ${deadlineMs} ms`));
    }, deadlineMs);
    const sub = api.decorations!.onDidApplyDecorations((e) => {
      if (e.editor.document === editor.document && e.version >= version) {
        clearTimeout(timer);
        sub.dispose();
        resolve();
      }
    });
  });
}

/** The entity with a mention written exactly `text`, starting after `from` (the first such mention). */
export async function entityMentioned(api: NewsLensApi, document: vscode.TextDocument, text: string, from = 0): Promise<{ entity: Entity; start: number; end: number }> {
  const analysis = await analysisOf(api, document);
  let best: { entity: Entity; start: number; end: number } | undefined;
  for (const entity of analysis.entities) {
    for (const m of entity.mentions) {
      if (m.text === text && m.start >= from && (!best || m.start < best.start)) best = { entity, start: m.start, end: m.end };
    }
  }
  if (!best) throw new Error(`no entity mentioned as ${text} after ${from}: ${analysis.entities.map((e) => e.name).join(', ')}`);
  return best;
}
