/**
 * What every command shares: the streams it writes to, exit codes, usage errors, and reading and
 * writing files so that a failed write never leaves a half-written file behind.
 *
 * @module
 */
import { randomBytes } from 'node:crypto';
import { readFile, rename, rm, writeFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';

/** A stream the CLI writes text to: `process.stdout` or a test double. */
export interface OutputStream {
  write(text: string): unknown;
  /** True on a terminal: progress is drawn as a bar rather than printed as lines. */
  isTTY?: boolean;
  /** Terminal width, for the progress bar. */
  columns?: number;
}

/** Where a run reads the time and writes its output; tests pass their own. */
export interface CliIo {
  stdout: OutputStream;
  stderr: OutputStream;
  /** The current time, for the default `--as-of` date. Default: the clock. */
  now?: () => Date;
}

/** Exit codes: 0 success; 1 problems in the data or output that could not be written; 2 usage errors. */
export const EXIT = { ok: 0, problems: 1, usage: 2 } as const;

/** A mistake in how the command was called (an unknown option, a missing file, an unknown area): exit 2. */
export class UsageError extends Error {
  override readonly name = 'UsageError';
}

/** Output that could not be written: exit 1, and nothing is left behind. */
export class WriteError extends Error {
  override readonly name = 'WriteError';
}

/** Why a file operation failed, in words, from Node's error code. */
function reason(error: unknown): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  switch (code) {
    case 'ENOENT':
      return 'no such file or directory';
    case 'ENOTDIR':
      return 'a part of the path is not a directory';
    case 'EISDIR':
      return 'it is a directory';
    case 'EACCES':
    case 'EPERM':
      return 'permission denied';
    case 'EROFS':
      return 'read-only file system';
    case 'ENOSPC':
      return 'no space left on the device';
    default:
      return error instanceof Error ? error.message : String(error);
  }
}

/** Reads a text file the user named; a file that cannot be read is a usage error naming it. */
export async function readTextFile(path: string): Promise<string> {
  try {
    return await readFile(path, 'utf8');
  } catch (error) {
    throw new UsageError(`cannot read "${path}": ${reason(error)}`);
  }
}

/**
 * Writes a file whole or not at all: the text goes to a temporary file beside it, which is then
 * renamed over the target (atomic on one file system). On any failure the temporary file is
 * removed and a {@link WriteError} names the path and the reason.
 */
export async function writeFileAtomic(path: string, text: string): Promise<void> {
  const temporary = join(dirname(path), `.${basename(path)}.${process.pid}-${randomBytes(4).toString('hex')}.tmp`);
  try {
    await writeFile(temporary, text, { flag: 'wx' });
    await rename(temporary, path);
  } catch (error) {
    await rm(temporary, { force: true }).catch(() => undefined);
    throw new WriteError(`cannot write "${path}": ${reason(error)}`);
  }
}

/** `1 file`, `2 files`. */
export function count(n: number, singular: string, plural = `${singular}s`): string {
  return `${n} ${n === 1 ? singular : plural}`;
}
