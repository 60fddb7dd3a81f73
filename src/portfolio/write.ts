// Where a portfolio goes: the --out directory (created when absent, refused when it is a file or a
// link), a folder per practice in it, and each set of files written whole through the project's
// atomic writer: never through a link, never over an input of the run.
import { lstat, mkdir } from 'node:fs/promises';
import path from 'node:path';
import { UsageError } from '../errors.js';
import { kindOf } from '../fs-safe.js';
import { sanitizeLine } from '../report/sanitize.js';
import { checkDestination, WriteFailed, writeFilesAtomically, type Content, type FileToWrite } from '../write-file.js';

/** Reports describe a practice's weaknesses: folders made here are the owner's alone. */
const DIR_MODE = 0o700;

/** A directory that must be a real one or absent (then made); anything else is refused. */
async function ensureDirectory(dir: string, flag: string): Promise<void> {
  const shown = sanitizeLine(dir);
  if (dir.includes('\0')) throw new UsageError(`${flag}: ${JSON.stringify(dir)} is not a possible path (it contains a NUL byte)`);
  const info = await lstat(dir).catch((e: NodeJS.ErrnoException) => {
    if (e.code === 'ENOENT') return undefined;
    throw new UsageError(`${flag}: ${shown} cannot be checked (${e.code ?? 'error'})`);
  });
  if (info?.isSymbolicLink()) throw new UsageError(`${flag}: ${shown} is a symbolic link — hipaa-hero does not write through links: give the directory itself`);
  if (info && !info.isDirectory()) throw new UsageError(`${flag}: ${shown} is a ${kindOf(info)}, not a directory — give a directory for the portfolio (it is created when it does not exist)`);
  if (info) return;
  try {
    await mkdir(dir, { recursive: true, mode: DIR_MODE });
  } catch (e) {
    throw new UsageError(`${flag}: cannot create the directory ${shown} (${(e as NodeJS.ErrnoException).code ?? 'error'}) — check the parent directory's permissions`);
  }
}

export interface PortfolioWriter {
  readonly out: string;
  /** Writes these files (paths relative to --out, with `/`), made in one go: all or none. */
  write(files: ReadonlyArray<{ name: string; content: Content }>): Promise<void>;
  /** Absolute path of a name relative to --out. */
  resolve(name: string): string;
  /** Refuses, before any work, a planned file (or its folder) that is a link, a directory or a device. */
  check(names: readonly string[]): Promise<void>;
}

/** Checks --out (and creates it) before any audit runs. */
export async function openPortfolio(out: string): Promise<PortfolioWriter> {
  const flag = `--out ${sanitizeLine(out)}`;
  await ensureDirectory(out, flag);
  const resolve = (name: string) => path.join(out, ...name.split('/'));
  return {
    out,
    resolve,
    async check(names) {
      for (const name of names) {
        const file = resolve(name);
        const parent = await lstat(path.dirname(file)).catch(() => undefined);
        if (parent && (parent.isSymbolicLink() || !parent.isDirectory())) {
          throw new UsageError(`${flag}: ${sanitizeLine(path.dirname(file))} is ${parent.isSymbolicLink() ? 'a symbolic link' : `a ${kindOf(parent)}`} where a practice's folder goes — hipaa-hero does not write through links: remove it, or choose another --out`);
        }
        if (parent) await checkDestination({ path: file, what: `the portfolio's ${name}`, flag });
      }
    },
    async write(files) {
      const toWrite: FileToWrite[] = [];
      for (const { name, content } of files) {
        const file = resolve(name);
        const parent = path.dirname(file);
        if (path.resolve(parent) !== path.resolve(out)) await ensureDirectory(parent, flag);
        await checkDestination({ path: file, what: `the portfolio's ${name}`, flag });
        toWrite.push({ path: file, content });
      }
      try {
        await writeFilesAtomically(toWrite);
      } catch (e) {
        if (!(e instanceof WriteFailed)) throw e;
        throw new UsageError(`cannot write ${sanitizeLine(e.file)} (${e.code}) — check the disk and the directory's permissions`);
      }
    },
  };
}
