import { spawn } from 'node:child_process';
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

/** What a run of the bundled CLI printed and how it ended. */
export interface CliRun {
  status: number | null;
  stdout: string;
  stderr: string;
}

/** Runs the bundled CLI `cli` in `cwd` with `args`, feeding it `stdin` (nothing by default). */
export function runCli(cli: string, cwd: string, args: string[], options: { stdin?: Buffer | string; uid?: number; gid?: number } = {}): Promise<CliRun> {
  return new Promise((done, fail) => {
    const child = spawn(process.execPath, [cli, ...args], { cwd, uid: options.uid, gid: options.gid });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (s: string) => (stdout += s));
    child.stderr.setEncoding('utf8').on('data', (s: string) => (stderr += s));
    child.on('error', fail);
    child.on('close', (status) => done({ status, stdout, stderr }));
    // The CLI may stop reading early (over the limit): a broken pipe here is expected.
    child.stdin.on('error', () => undefined);
    child.stdin.end(options.stdin ?? '');
  });
}
