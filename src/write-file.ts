// Writing the files the tool produces (reports, signatures, saved facts, stack files): each
// destination checked before any work is done, never through a link, never over an input, into
// regular files only, and written whole or not at all, owner-only unless told otherwise.
import { randomBytes } from 'node:crypto';
import { constants } from 'node:fs';
import { access, copyFile, link, lstat, open, readlink, rename, stat, unlink } from 'node:fs/promises';
import path from 'node:path';
import { UsageError } from './errors.js';
import { identify, isWithin, kindOf, sameFile, type FileIdentity } from './fs-safe.js';

/**
 * Where an output goes. Three device paths are written as streams, never opened: /dev/stdout and
 * /dev/stderr are the process's own (opening them again could block on a pipe), /dev/null discards.
 */
export type Sink = { kind: 'file'; path: string } | { kind: 'stdout' } | { kind: 'stderr' } | { kind: 'discard' };

export function sinkFor(file: string): Sink {
  switch (file) {
    case '/dev/stdout':
      return { kind: 'stdout' };
    case '/dev/stderr':
      return { kind: 'stderr' };
    case '/dev/null':
      return { kind: 'discard' };
    default:
      return { kind: 'file', path: file };
  }
}

/** Why a file cannot be written at this path (a clause naming it), or undefined. */
export async function destinationProblem(file: string): Promise<string | undefined> {
  if (file.includes('\0')) return `${JSON.stringify(file)} is not a possible file name (it contains a NUL byte)`;
  try {
    const info = await lstat(file);
    if (info.isSymbolicLink()) {
      const target = await readlink(file).catch(() => '?');
      return `${file} is a symbolic link (to ${target}) — hipaa-hero does not write through links: give the path of the file itself, or remove the link`;
    }
    if (info.isDirectory()) return `${file} is a directory — give a file name, e.g. a path inside it`;
    // A FIFO would block the run until something reads it; a device is not a report.
    if (!info.isFile()) return `${file} is a ${kindOf(info)} — reports are written to regular files, to - (standard output), /dev/stdout, /dev/stderr or /dev/null`;
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code !== 'ENOENT') return code === 'ENOTDIR' ? `a part of ${path.dirname(file)} is a file, not a directory` : `${file} cannot be checked (${code ?? 'error'})`;
  }
  const dir = path.dirname(path.resolve(file));
  const shown = path.dirname(file);
  const info = await stat(dir).catch(() => undefined);
  if (!info) return `the directory ${shown} does not exist — create it, or choose another path`;
  if (!info.isDirectory()) return `${shown} is not a directory`;
  // The file is created beside its final name and renamed: the directory must be writable.
  const writable = await access(dir, constants.W_OK | constants.X_OK).then(() => true, () => false);
  if (!writable) return `the directory ${shown} is not writable — check its permissions, or choose another path`;
  return undefined;
}

/** One file the run will write, and what it is (for messages): "the json report", "the signature". */
export interface Destination {
  path: string;
  what: string;
  /** The flag that named it, as the user typed it: `--report json=r.json`. */
  flag: string;
}

/** One file the run reads, that no output may replace. */
export interface InputFile {
  path: string;
  what: string;
}

/**
 * Refuses (UsageError, before any work) an output that is an input of the run — the same path once
 * links are resolved, or the same file through a hard link — or two outputs that are one file.
 * `folders` are input directories (--checks): no script may be written into them.
 */
export async function refuseOverlaps(outputs: readonly Destination[], inputs: readonly InputFile[], folders: readonly string[] = []): Promise<void> {
  const seen: Array<{ out: Destination; id: FileIdentity }> = [];
  const inputIds = await Promise.all(inputs.filter((i) => !i.path.includes('\0')).map(async (i) => ({ input: i, id: await identify(i.path) })));
  const folderIds = await Promise.all(folders.map((f) => identify(f)));
  for (const out of outputs) {
    if (sinkFor(out.path).kind !== 'file' || out.path.includes('\0')) continue;
    const id = await identify(out.path);
    const input = inputIds.find((i) => sameFile(i.id, id));
    if (input) {
      const alias = path.resolve(input.input.path) === path.resolve(out.path) ? '' : ` (the same file as ${input.input.path})`;
      throw new UsageError(`${out.flag}: ${out.path} is ${input.input.what}${alias}, an input of this run — writing ${out.what} there would destroy it; choose another path`);
    }
    if (/\.[cm]?js$/.test(out.path) && folderIds.some((f) => isWithin(f.real, id.real))) {
      throw new UsageError(`${out.flag}: ${out.path} is inside a --checks directory, whose scripts are loaded as checks — choose another path`);
    }
    const twice = seen.find((s) => sameFile(s.id, id));
    if (twice) throw new UsageError(`two outputs would be written to ${path.resolve(out.path)} (${twice.out.flag} and ${out.flag}) — give each its own path`);
    seen.push({ out, id });
  }
}

/** Checks one destination before any work is done; the message names the flag. */
export async function checkDestination(out: Destination): Promise<void> {
  if (sinkFor(out.path).kind !== 'file') return;
  const problem = await destinationProblem(out.path);
  if (problem) throw new UsageError(`${out.flag}: cannot write ${out.what} to ${out.path}: ${problem}`);
}

/**
 * Content made a piece at a time as it is written, never held whole (a large practice's JSON report
 * runs to tens of megabytes). `chunks` may be called more than once: each call starts again.
 */
export interface ChunkedContent {
  readonly chunks: () => Iterable<Uint8Array>;
}

/** What a report or a file is: text (written as UTF-8), bytes, or bytes made as they are written. */
export type Content = string | Uint8Array | ChunkedContent;

const isChunked = (content: Content): content is ChunkedContent => typeof content !== 'string' && !(content instanceof Uint8Array);

/** The content in the pieces it is written in: one for text or bytes, each chunk for chunked content. */
export const contentPieces = (content: Content): Iterable<string | Uint8Array> => (isChunked(content) ? content.chunks() : [content]);

/** The whole content as bytes (for a signature, or a hash). */
export const contentBytes = (content: Content): Uint8Array =>
  typeof content === 'string' ? Buffer.from(content, 'utf8') : isChunked(content) ? Buffer.concat([...content.chunks()]) : content;

export interface FileToWrite {
  path: string;
  content: Content;
  /** Defaults to 0600: reports describe a practice's weaknesses. */
  mode?: number;
}

/**
 * A write that failed or was refused, naming the file (exit 2: the disk or the path is the problem,
 * not hipaa-hero). `code` is the errno, or the reason in words. When it comes from
 * writeFilesAtomically, none of the set was left changed.
 */
export class WriteFailed extends UsageError {
  readonly file: string;
  readonly code: string;
  constructor(file: string, cause: unknown) {
    const code = typeof cause === 'string' ? cause : ((cause as NodeJS.ErrnoException).code ?? (cause as Error).message);
    super(`cannot write ${file} (${code})`);
    this.name = 'WriteFailed';
    this.file = file;
    this.code = code;
  }
}

const sidecar = (file: string, tag: string) => path.join(path.dirname(file), `.${path.basename(file)}.${tag}-${process.pid}-${randomBytes(4).toString('hex')}`);
const quietly = async (work: () => Promise<unknown>): Promise<void> => {
  await work().catch(() => undefined);
};

/** Writes content to a new temporary file (never an existing one: O_EXCL) and flushes it to disk. */
async function writeTemp(temp: string, file: FileToWrite): Promise<void> {
  const handle = await open(temp, constants.O_WRONLY | constants.O_CREAT | constants.O_EXCL, file.mode ?? 0o600);
  try {
    // Each writeFile on a handle continues where the last one ended.
    for (const piece of contentPieces(file.content)) await handle.writeFile(piece);
    // The umask may have narrowed the mode; an edited file keeps exactly its own.
    await handle.chmod(file.mode ?? 0o600);
    await handle.sync();
  } finally {
    await handle.close();
  }
}

/**
 * Writes several files all or none. Each is written in full to a temporary file beside it; only
 * when all are ready are they renamed into place (rename replaces a name, and never follows a link
 * put there meanwhile). An existing file is first hard-linked aside, so that if a later rename
 * fails, the ones already made can be undone. write-file-atomic renames each file as soon as it is
 * written, so it cannot hold a set back until every file is ready.
 */
export async function writeFilesAtomically(files: readonly FileToWrite[]): Promise<void> {
  const temps: string[] = [];
  try {
    for (const file of files) {
      const temp = sidecar(file.path, 'tmp');
      temps.push(temp);
      try {
        await writeTemp(temp, file);
      } catch (e) {
        throw new WriteFailed(file.path, e);
      }
    }
    const done: Array<{ file: string; backup: string | undefined }> = [];
    try {
      for (const [i, file] of files.entries()) {
        const backup = await keepAside(file.path);
        done.push({ file: file.path, backup });
        try {
          await rename(temps[i]!, file.path);
        } catch (e) {
          throw new WriteFailed(file.path, e);
        }
      }
    } catch (e) {
      // Best effort: put back what was there, remove what was not.
      for (const { file, backup } of done.reverse()) {
        await quietly(() => (backup ? rename(backup, file) : unlink(file)));
      }
      throw e;
    }
    for (const { backup } of done) if (backup) await quietly(() => unlink(backup));
  } finally {
    for (const temp of temps) await quietly(() => unlink(temp));
  }
}

/** A second name for an existing file (a hard link, else a copy), or undefined when there is none. */
async function keepAside(file: string): Promise<string | undefined> {
  const exists = await lstat(file).then(() => true, () => false);
  if (!exists) return undefined;
  const backup = sidecar(file, 'old');
  try {
    await link(file, backup);
  } catch {
    try {
      // Some file systems have no hard links.
      await copyFile(file, backup, constants.COPYFILE_EXCL);
    } catch (e) {
      throw new WriteFailed(file, e);
    }
  }
  return backup;
}

/**
 * Writes one file whole or not at all, with mode 0600 (or `mode`, so that an edited file keeps its
 * own permissions); a link, a directory, a device or a FIFO there is refused (WriteFailed).
 */
export async function writeOutputFile(file: string, content: string | Uint8Array, mode = 0o600): Promise<void> {
  const problem = await destinationProblem(file);
  if (problem) throw new WriteFailed(file, problem);
  const { default: writeFileAtomic } = await import('write-file-atomic');
  try {
    await writeFileAtomic(file, typeof content === 'string' ? content : Buffer.from(content.buffer, content.byteOffset, content.byteLength), { mode });
  } catch (e) {
    throw new WriteFailed(file, e);
  }
}
