import { readFile, stat } from 'node:fs/promises';
import { workspaceFiles, type FileAccess } from './file-access';

/**
 * In the desktop (Node) extension host, files on disk are read with Node directly: the corpus
 * reads thousands, and VS Code's file system API costs a round trip of about 15 ms per call in
 * the server host (measured by bench:host), more than analysing a short article. Other schemes
 * go through VS Code. mtime in whole milliseconds, as VS Code gives it.
 */
export const nodeFiles: FileAccess = {
  async stat(uri) {
    if (uri.scheme !== 'file') return workspaceFiles.stat(uri);
    const s = await stat(uri.fsPath);
    return { mtime: Math.floor(s.mtimeMs), size: s.size, isFile: s.isFile() };
  },
  read: (uri) => (uri.scheme === 'file' ? readFile(uri.fsPath) : workspaceFiles.read(uri)),
};
