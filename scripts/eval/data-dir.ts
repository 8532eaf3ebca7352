import { existsSync } from 'node:fs';
import { resolve } from 'node:path';

/**
 * The shared evaluation data lives beside the project (`../shared/data`); a user's
 * fresh clone has none. NEWS_LENS_DATA overrides the location.
 */
export function findDataDir(): string | null {
  const candidates = [process.env.NEWS_LENS_DATA, resolve(process.cwd(), '../shared/data')].filter(Boolean) as string[];
  return candidates.find((dir) => existsSync(resolve(dir, 'README.md'))) ?? null;
}
