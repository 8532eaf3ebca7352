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

/** The shared evaluation data beside the project, or null in a user's fresh clone. */
export function sharedDataDir(): string | null {
  const dir = process.env.NEWS_LENS_DATA ?? resolve(__dirname, '../../../shared/data');
  return existsSync(join(dir, 'README.md')) ? dir : null;
}
