// Which files a portfolio audits: each path given is a stack file, or a folder whose own *.yaml and
// *.yml files are read when they look like stack files (non-recursive). Inside a folder only
// regular files are taken: a symbolic link is skipped, so nothing outside the folder is read
// through one. A file named on the command line is always taken, so that a broken one is listed
// with its error instead of vanishing.
import { readdir, stat } from 'node:fs/promises';
import path from 'node:path';
import { UsageError } from '../errors.js';
import { FileRefused, readRegularFile } from '../fs-safe.js';
import { sanitizeLine } from '../report/sanitize.js';
import { MAX_STACK_BYTES } from '../stack/load.js';

export interface Discovered {
  /** The stack files, in the order given (a folder's in name order), each once. */
  files: string[];
  /** YAML files in folders that are not stack files (no top-level `version:` and `practice:`). */
  skipped: string[];
}

const YAML_NAME = /\.ya?ml$/i;

/** A stack file has the keys `version:` and `practice:` at its top level. */
export const looksLikeStack = (text: string): boolean => /^version[ \t]*:/m.test(text) && /^practice[ \t]*:/m.test(text);

/** Whether a regular file in a folder is taken: a stack file, or one too large to tell (listed with that error). */
async function isStackFile(file: string): Promise<boolean> {
  try {
    return looksLikeStack((await readRegularFile(file, MAX_STACK_BYTES)).toString('utf8').replace(/^\uFEFF/, ''));
  } catch (e) {
    if (!(e instanceof FileRefused)) throw e;
    return e.refusal.reason === 'too-large';
  }
}

export async function discoverStacks(paths: readonly string[]): Promise<Discovered> {
  const files: string[] = [];
  const skipped: string[] = [];
  const seen = new Set<string>();
  const add = (file: string): void => {
    const key = path.resolve(file);
    if (seen.has(key)) return;
    seen.add(key);
    files.push(file);
  };
  for (const given of paths) {
    const info = given.includes('\0') ? undefined : await stat(given).catch(() => undefined);
    if (!info?.isDirectory()) {
      // A file, or a path that is not there: the stack loader says what is wrong with it.
      add(given);
      continue;
    }
    let entries;
    try {
      entries = await readdir(given, { withFileTypes: true });
    } catch (e) {
      throw new UsageError(`cannot read the folder ${sanitizeLine(given)} (${(e as NodeJS.ErrnoException).code ?? 'error'}) — check its permissions`);
    }
    // Dirent types are not followed: a link is neither a file nor a directory here.
    const names = entries.filter((e) => e.isFile() && YAML_NAME.test(e.name)).map((e) => e.name).sort();
    for (const name of names) {
      const file = path.join(given, name);
      if (await isStackFile(file)) add(file);
      else skipped.push(file);
    }
  }
  if (files.length === 0) {
    throw new UsageError(
      `no stack files in ${paths.map(sanitizeLine).join(', ')} — give stack YAML files, or folders holding them (a stack file has version: and practice: at its top level)`,
    );
  }
  return { files, skipped };
}

/** The facts file saved beside a stack for replay: `clinic.yaml` -> `clinic.facts.json`. */
export const factsBeside = (stackFile: string): string => path.join(path.dirname(stackFile), `${path.basename(stackFile).replace(YAML_NAME, '')}.facts.json`);
