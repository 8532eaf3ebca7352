import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

export const FIXTURES = resolve(__dirname, '../fixtures');

/** Reads a fixture the way VS Code and the CLI do: UTF-8 with the BOM removed. */
export function readFixture(...parts: string[]): string {
  return stripBom(readFileSync(join(FIXTURES, ...parts), 'utf8'));
}

export function stripBom(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

/**
 * The evaluation data (real articles and gold annotations, not in the repository): the folder
 * named by NEWS_LENS_DATA, else shared/data beside the project's folder. Null in a fresh clone.
 */
export function sharedDataDir(): string | null {
  const dir = process.env.NEWS_LENS_DATA ?? resolve(__dirname, '../../../shared/data');
  return existsSync(join(dir, 'README.md')) ? dir : null;
}

/** Why tests needing the evaluation data are skipped, and how to run them (shown in their suite's title). */
export const NO_DATA_SKIP_NOTE = '(skipped: no evaluation data; set NEWS_LENS_DATA to its folder, the one holding its README.md, to run these)';
