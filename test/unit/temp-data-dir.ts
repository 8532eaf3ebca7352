import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

/**
 * Runs `read` on a throwaway evaluation-data folder holding just `files` (paths relative to it),
 * and removes the folder afterwards, whatever happens.
 */
export function inDataDir<T>(files: Record<string, string | Buffer>, read: (dataDir: string) => T): T {
  const dir = mkdtempSync(join(tmpdir(), 'news-lens-data-'));
  try {
    for (const [path, content] of Object.entries(files)) {
      mkdirSync(dirname(join(dir, path)), { recursive: true });
      writeFileSync(join(dir, path), content);
    }
    return read(dir);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
