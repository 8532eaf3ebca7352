import * as vscode from 'vscode';

/** What the corpus needs of a file: its stamp (to tell a change) and its bytes. */
export interface FileAccess {
  stat(uri: vscode.Uri): Promise<{ mtime: number; size: number; isFile: boolean }>;
  read(uri: vscode.Uri): Promise<Uint8Array>;
}

/** Through VS Code's file system API: every host and scheme (a round trip of milliseconds per call). */
export const workspaceFiles: FileAccess = {
  async stat(uri) {
    const s = await vscode.workspace.fs.stat(uri);
    return { mtime: s.mtime, size: s.size, isFile: (s.type & vscode.FileType.File) !== 0 };
  },
  read: (uri) => Promise.resolve(vscode.workspace.fs.readFile(uri)),
};
