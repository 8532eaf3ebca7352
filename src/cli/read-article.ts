import { open } from 'node:fs/promises';

export const MAX_INPUT_MB = 20;
/** The largest input read, in bytes; past it the file is refused rather than read on (`/dev/zero`). */
export const MAX_INPUT_BYTES = MAX_INPUT_MB * 1024 * 1024;
const CHUNK_BYTES = 1 << 16;

/** An input that cannot be used; the message is one line starting with the path. */
export class InputError extends Error {}

/**
 * Reads a file (`-`: standard input) as UTF-8 without its BOM, or throws an InputError.
 * Reads in chunks and stops past the cap, so devices, FIFOs and pipes are safe too.
 */
export async function readArticleFile(path: string, maxBytes = MAX_INPUT_BYTES): Promise<string> {
  const bytes = path === '-' ? await readStandardInput(maxBytes) : await readPath(path, maxBytes);
  const text = bytes.toString('utf8');
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

async function readPath(path: string, maxBytes: number): Promise<Buffer> {
  let handle;
  try {
    handle = await open(path, 'r');
  } catch (err) {
    throw new InputError(`${path}: ${describeSystemError(err)}`);
  }
  try {
    const info = await handle.stat();
    if (info.isDirectory()) throw new InputError(`${path}: is a directory`);
    if (info.isFile() && info.size > maxBytes) throw tooLarge(path, maxBytes, info.size);
    const chunks: Buffer[] = [];
    let total = 0;
    for (;;) {
      const { bytesRead, buffer } = await handle.read(Buffer.allocUnsafe(CHUNK_BYTES), 0, CHUNK_BYTES, null);
      if (bytesRead === 0) break;
      total += bytesRead;
      if (total > maxBytes) throw tooLarge(path, maxBytes);
      chunks.push(buffer.subarray(0, bytesRead));
    }
    return Buffer.concat(chunks, total);
  } catch (err) {
    throw err instanceof InputError ? err : new InputError(`${path}: ${describeSystemError(err)}`);
  } finally {
    await handle.close();
  }
}

async function readStandardInput(maxBytes: number): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let total = 0;
  try {
    for await (const chunk of process.stdin) {
      total += (chunk as Buffer).length;
      if (total > maxBytes) {
        process.stdin.destroy();
        throw tooLarge('standard input', maxBytes);
      }
      chunks.push(chunk as Buffer);
    }
  } catch (err) {
    throw err instanceof InputError ? err : new InputError(`standard input: ${describeSystemError(err)}`);
  }
  return Buffer.concat(chunks, total);
}

function tooLarge(path: string, maxBytes: number, size?: number): InputError {
  const limit = `the limit is ${megabytes(maxBytes)}`;
  return new InputError(`${path}: too large (${size === undefined ? `more than ${megabytes(maxBytes)}` : megabytes(size)}; ${limit})`);
}

function megabytes(bytes: number): string {
  const mb = bytes / (1024 * 1024);
  return `${Number.isInteger(mb) ? mb : mb.toFixed(1)} MB`;
}

const REASONS: Record<string, string> = {
  ENOENT: 'no such file',
  ENOTDIR: 'no such file (part of the path is not a directory)',
  EACCES: 'permission denied',
  EPERM: 'permission denied',
  ELOOP: 'symbolic link loop',
  EISDIR: 'is a directory',
  ENAMETOOLONG: 'file name too long',
  ENXIO: 'cannot be opened (no such device, or a socket)',
  EIO: 'input/output error',
};

/** A reader's words for a failed system call, without Node's `ENOENT: …, open '…'` wrapping. */
export function describeSystemError(err: unknown): string {
  const code = (err as NodeJS.ErrnoException)?.code;
  if (code && REASONS[code]) return REASONS[code];
  const message = err instanceof Error ? err.message : String(err);
  const plain = /^[A-Z0-9_]+: ([^,]+)/.exec(message)?.[1] ?? message.split('\n')[0];
  return `cannot be read (${plain})`;
}

/** One line for a file that failed: its reading error, or the analysis's exception without a stack. */
export function failureLine(path: string, err: unknown): string {
  if (err instanceof InputError) return err.message;
  const message = err instanceof Error ? `${err.name}: ${err.message}` : String(err);
  return `${path === '-' ? 'standard input' : path}: analysis failed (${message.split('\n')[0]})`;
}
