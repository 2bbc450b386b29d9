import { closeSync, constants, fstatSync, openSync, readSync } from 'node:fs';
import { InputRejected } from './input-rejected';
import { MAX_SOURCE_BYTES, tooLarge } from './decode-source';

/**
 * The bytes of one input file, or the reason it cannot be read. Opened without following a link and
 * without waiting on a FIFO (a pipe named *.txt would otherwise hang ingest), then checked from its
 * stat before a byte is read: only a regular file of at most MAX_SOURCE_BYTES is read whole.
 */
export function readSource(path: string): Uint8Array {
  let fd: number;
  try {
    fd = openSync(path, constants.O_RDONLY | constants.O_NOFOLLOW | constants.O_NONBLOCK);
  } catch (error) {
    throw new InputRejected(unreadable(error));
  }
  try {
    const info = fstatSync(fd);
    if (!info.isFile()) throw new InputRejected(`${nonRegularKind(info)}, not a regular file`);
    if (info.size > MAX_SOURCE_BYTES) throw new InputRejected(tooLarge(info.size));
    // One byte more than the limit: a file that grew since its stat is still caught.
    const bytes = new Uint8Array(Math.min(info.size, MAX_SOURCE_BYTES) + 1);
    let length = 0;
    for (let read = -1; read !== 0 && length < bytes.length; length += read)
      read = readSync(fd, bytes, length, bytes.length - length, null);
    if (length > MAX_SOURCE_BYTES) throw new InputRejected(tooLarge(length));
    return bytes.subarray(0, length);
  } catch (error) {
    if (error instanceof InputRejected) throw error;
    throw new InputRejected(unreadable(error));
  } finally {
    closeSync(fd);
  }
}

/** "cannot read the file: permission denied (EACCES)". */
export function unreadable(error: unknown): string {
  return `cannot read the file: ${describeErrno(error)}`;
}

/** "permission denied (EACCES)": a system error in words, with its code. */
export function describeErrno(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  return code && ERRNO_WORDS[code] ? `${ERRNO_WORDS[code]} (${code})` : (code ?? (error as Error).message);
}

export const ERRNO_WORDS: Record<string, string> = {
  EACCES: 'permission denied',
  EPERM: 'operation not permitted',
  ELOOP: 'it is a symbolic link (links are not followed)',
  ENOENT: 'it is gone (removed while ingest ran)',
  EISDIR: 'it is a folder',
  EIO: 'input/output error',
  EMFILE: 'too many open files',
  ENOSPC: 'no space left on device',
  EROFS: 'read-only file system',
  ENOTDIR: 'a part of the path is not a folder',
};

/** What a non-regular file is, in words. */
export function nonRegularKind(info: {
  isFIFO(): boolean;
  isSocket(): boolean;
  isCharacterDevice(): boolean;
  isBlockDevice(): boolean;
  isDirectory(): boolean;
  isSymbolicLink(): boolean;
}): string {
  if (info.isSymbolicLink()) return 'a symbolic link (links are not followed)';
  if (info.isFIFO()) return 'a FIFO (named pipe)';
  if (info.isSocket()) return 'a socket';
  if (info.isCharacterDevice() || info.isBlockDevice()) return 'a device';
  if (info.isDirectory()) return 'a folder';
  return 'not a file';
}
