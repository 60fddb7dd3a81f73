// Safe access to the paths a user gives: read only regular files (never open a FIFO, never read a
// device), within a size cap, hash documents as a stream, and tell whether two paths are one file.
import { createHash } from 'node:crypto';
import { constants, type Stats } from 'node:fs';
import { open, realpath, stat, type FileHandle } from 'node:fs/promises';
import path from 'node:path';

export const MiB = 1024 * 1024;

/** Why a file was not read. */
export type Refusal =
  | { reason: 'missing' }
  | { reason: 'invalid-name' }
  | { reason: 'directory' }
  | { reason: 'special'; kind: string }
  | { reason: 'too-large'; size: number; limit: number }
  | { reason: 'unreadable'; code: string };

/**
 * A file that was not read, and why; callers turn it into their own one-line message. `code` is
 * for callers written for fs errors: the errno, or a short phrase where there is none.
 */
export class FileRefused extends Error {
  readonly file: string;
  readonly refusal: Refusal;
  readonly code: string;
  constructor(file: string, refusal: Refusal) {
    super(`${file}: ${describeRefusal(refusal)}`);
    this.name = 'FileRefused';
    this.file = file;
    this.refusal = refusal;
    this.code = codeFor(refusal);
  }
}

function codeFor(r: Refusal): string {
  switch (r.reason) {
    case 'missing':
      return 'ENOENT';
    case 'directory':
      return 'EISDIR';
    case 'unreadable':
      return r.code;
    case 'invalid-name':
      return 'a NUL byte in the name';
    case 'special':
      return `a ${r.kind}, not a regular file`;
    case 'too-large':
      return `${formatSize(r.size)}, over the ${formatSize(r.limit)} limit`;
  }
}

/** What a stat says is at a path, in words. */
export function kindOf(info: Stats): string {
  if (info.isFile()) return 'regular file';
  if (info.isDirectory()) return 'directory';
  if (info.isFIFO()) return 'FIFO (named pipe)';
  if (info.isSocket()) return 'socket';
  if (info.isCharacterDevice()) return 'character device';
  if (info.isBlockDevice()) return 'block device';
  if (info.isSymbolicLink()) return 'symbolic link';
  return 'special file';
}

/** 1 MiB, 64 MiB, 70.3 MiB, 512 bytes. */
export function formatSize(bytes: number): string {
  if (bytes < 1024) return `${bytes} bytes`;
  const mib = bytes / MiB;
  if (mib < 1) return `${Math.ceil(bytes / 1024)} KiB`;
  return Number.isInteger(mib) ? `${mib} MiB` : `${mib.toFixed(1)} MiB`;
}

/** The refusal as the middle of a one-line message: "is a directory, not a file". */
export function describeRefusal(r: Refusal): string {
  switch (r.reason) {
    case 'missing':
      return 'does not exist';
    case 'invalid-name':
      return 'is not a possible file name (it contains a NUL byte)';
    case 'directory':
      return 'is a directory, not a file';
    case 'special':
      return `is a ${r.kind}, not a regular file`;
    case 'too-large':
      return `is ${formatSize(r.size)}, over the ${formatSize(r.limit)} limit`;
    case 'unreadable':
      return `cannot be read (${r.code})`;
  }
}

const codeOf = (e: unknown): string => (e as NodeJS.ErrnoException).code ?? 'error';

/** The stat of a path (following links), or the refusal it earns before anything is opened. */
export async function statForReading(file: string): Promise<Stats> {
  if (file.includes('\0')) throw new FileRefused(file, { reason: 'invalid-name' });
  let info: Stats;
  try {
    info = await stat(file);
  } catch (e) {
    const code = codeOf(e);
    throw new FileRefused(file, code === 'ENOENT' || code === 'ENOTDIR' ? { reason: 'missing' } : { reason: 'unreadable', code });
  }
  if (info.isDirectory()) throw new FileRefused(file, { reason: 'directory' });
  if (!info.isFile()) throw new FileRefused(file, { reason: 'special', kind: kindOf(info) });
  return info;
}

// O_NONBLOCK: should the path be swapped for a FIFO between the stat and the open, the open returns
// at once instead of waiting for a writer forever; the fstat below then refuses it. It changes
// nothing for a regular file.
const READ_FLAGS = constants.O_RDONLY | (constants.O_NONBLOCK ?? 0) | (constants.O_NOCTTY ?? 0);

/** Opens a regular file for reading, or refuses it without having opened anything else. */
async function openRegular(file: string, limit: number): Promise<{ handle: FileHandle; size: number }> {
  const before = await statForReading(file);
  if (before.size > limit) throw new FileRefused(file, { reason: 'too-large', size: before.size, limit });
  let handle: FileHandle;
  try {
    handle = await open(file, READ_FLAGS);
  } catch (e) {
    throw new FileRefused(file, { reason: 'unreadable', code: codeOf(e) });
  }
  const info = await handle.stat();
  if (!info.isFile() || info.dev !== before.dev || info.ino !== before.ino) {
    await handle.close();
    throw new FileRefused(file, { reason: 'special', kind: info.isFile() ? 'file that changed while it was opened' : kindOf(info) });
  }
  return { handle, size: info.size };
}

const CHUNK = MiB;

/** Calls `take` with each chunk of the file (a view of a reused buffer: copy it to keep it), refusing it once more than `limit` bytes were read (a file may grow). */
async function readChunks(file: string, limit: number, take: (chunk: Buffer) => void): Promise<number> {
  const { handle, size } = await openRegular(file, limit);
  let total = 0;
  try {
    // Sized to the file (one byte more, to see its end in one read), up to a chunk: a stack naming
    // thousands of small documents would otherwise allocate and clear a megabyte for each. Only
    // the bytes read are ever passed on, so the buffer need not be cleared.
    const length = Math.min(CHUNK, size + 1);
    const buffer = Buffer.allocUnsafeSlow(length);
    for (;;) {
      let n: number;
      try {
        ({ bytesRead: n } = await handle.read(buffer, 0, length, null));
      } catch (e) {
        throw new FileRefused(file, { reason: 'unreadable', code: codeOf(e) });
      }
      if (n === 0) return total;
      total += n;
      if (total > limit) throw new FileRefused(file, { reason: 'too-large', size: total, limit });
      take(buffer.subarray(0, n));
    }
  } finally {
    await handle.close();
  }
}

/** The whole content of a regular file of at most `limit` bytes; anything else throws FileRefused. */
export async function readRegularFile(file: string, limit: number): Promise<Buffer> {
  const chunks: Buffer[] = [];
  await readChunks(file, limit, (c) => chunks.push(Buffer.from(c)));
  return Buffer.concat(chunks);
}

/** The size and SHA-256 of a regular file of at most `limit` bytes, read as a stream. */
export async function hashRegularFile(file: string, limit: number): Promise<{ bytes: number; sha256: string }> {
  const hash = createHash('sha256');
  const bytes = await readChunks(file, limit, (c) => hash.update(c));
  return { bytes, sha256: hash.digest('hex') };
}

/** Where a path really leads (links resolved), and which file it is when it exists. */
export interface FileIdentity {
  real: string;
  dev?: number;
  ino?: number;
}

/** The identity of a path; for one that does not exist yet, its resolved folder joined with its name. */
export async function identify(file: string): Promise<FileIdentity> {
  const absolute = path.resolve(file);
  try {
    const real = await realpath(absolute);
    const info = await stat(real);
    return { real, dev: info.dev, ino: info.ino };
  } catch {
    try {
      return { real: path.join(await realpath(path.dirname(absolute)), path.basename(absolute)) };
    } catch {
      return { real: absolute };
    }
  }
}

/** The same file: the same resolved path, or (hard links) the same device and inode. */
export const sameFile = (a: FileIdentity, b: FileIdentity): boolean =>
  a.real === b.real || (a.ino !== undefined && a.dev === b.dev && a.ino === b.ino);

/** `inner` is `folder` or lies under it (both resolved paths). */
export const isWithin = (folder: string, inner: string): boolean => {
  const rel = path.relative(folder, inner);
  return rel === '' || (rel !== '..' && !rel.startsWith(`..${path.sep}`) && !path.isAbsolute(rel));
};
