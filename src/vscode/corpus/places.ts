import * as vscode from 'vscode';
import type { Place } from '../../core/corpus/entry';
import { REVEAL_COMMAND } from '../markdown';

export function placeRange(place: Place): vscode.Range {
  return new vscode.Range(place[2], place[3], place[4], place[5]);
}

export function placeLocation(article: string, place: Place): vscode.Location {
  return new vscode.Location(vscode.Uri.parse(article, true), placeRange(place));
}

/** Opens the article and selects the place (the same reveal command the Entities view uses). */
export function revealPlace(article: string, place: Place, title: string): vscode.Command {
  return { command: REVEAL_COMMAND, title, arguments: [article, place[0], place[1]] };
}

/** The file's name and, when the workspace has it, its folder relative to the workspace. */
export function articleLabel(article: string): { name: string; folder: string } {
  const uri = vscode.Uri.parse(article, true);
  const relative = vscode.workspace.asRelativePath(uri, false);
  const cut = relative.lastIndexOf('/');
  return { name: relative.slice(cut + 1), folder: cut > 0 ? relative.slice(0, cut) : '' };
}
