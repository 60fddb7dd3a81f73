// Looks up the documents a stack file refers to (BAAs, policies, the incident response plan), next to
// the stack file, and attestations' evidence, once each: checks read the result instead of touching the disk.
import { realpath } from 'node:fs/promises';
import path from 'node:path';
import { FileRefused, formatSize, hashRegularFile, isWithin, MiB } from '../fs-safe.js';
import type { Stack } from '../stack/schema.js';
import type { DocumentFact } from './facts.js';

/** Documents are hashed, never parsed: the cap only keeps a wrong path (a disk image) from being read for minutes. */
export const MAX_DOCUMENT_BYTES = 64 * MiB;

export interface DocumentOptions {
  /** Follow document paths that lead outside the stack file's folder (--allow-outside). */
  allowOutside?: boolean;
}

/** Every document path the stack refers to, as written, without duplicates. */
export function documentPaths(stack: Stack): string[] {
  const paths = [
    ...(stack.vendors ?? []).map((v) => v.baa?.document),
    ...(stack.policies ?? []).map((p) => p.document),
    stack.incident_response?.plan,
    stack.inventory?.assets?.document,
    stack.inventory?.network_map?.document,
    stack.privacy_notice?.document,
    stack.marketing?.authorization?.form,
    stack.patient_communications?.unencrypted_consent?.form,
    stack.patient_communications?.personal_devices?.policy,
    ...Object.values(stack.attestations ?? {}).map((a) => a.evidence),
  ];
  return [...new Set(paths.filter((p): p is string => typeof p === 'string'))];
}

/** Where each document path leads (relative to the stack file's folder), for paths that can name a file. */
export const documentLocations = (stack: Stack, baseDir: string): string[] =>
  documentPaths(stack)
    .filter((p) => !p.includes('\0'))
    .map((p) => path.resolve(baseDir, p));

export async function gatherDocuments(stack: Stack, baseDir: string, options: DocumentOptions = {}): Promise<Record<string, DocumentFact>> {
  const base = path.resolve(baseDir);
  const folder = await realpath(base).catch(() => base);
  const facts: Record<string, DocumentFact> = {};
  await Promise.all(
    documentPaths(stack).map(async (p) => {
      facts[p] = await readDocument(p, { base, folder, allowOutside: options.allowOutside === true });
    }),
  );
  return facts;
}

interface Where {
  /** The stack file's folder as given, and with links resolved. */
  base: string;
  folder: string;
  allowOutside: boolean;
}

const OUTSIDE_HINT = 'allowed only with --allow-outside';

async function readDocument(written: string, where: Where): Promise<DocumentFact> {
  const not = (kind: DocumentFact['kind'], error?: string): DocumentFact => ({ path: written, exists: false, kind, ...(error ? { error } : {}) });
  if (written.includes('\0')) return not('invalid-name', 'the name contains a NUL byte');
  const resolved = path.resolve(where.base, written);
  // Checked on the name first, so that `../../etc/shadow` or `/proc/self/environ` is not even looked at.
  if (!where.allowOutside && !isWithin(where.base, resolved)) return not('outside', `outside the stack file's folder ${where.folder} (${OUTSIDE_HINT})`);
  let real: string;
  try {
    real = await realpath(resolved);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code ?? 'unreadable';
    return code === 'ENOENT' || code === 'ENOTDIR' ? not('missing') : { path: written, exists: false, kind: 'unreadable', error: code };
  }
  // A link inside the folder may still lead out of it.
  if (!where.allowOutside && !isWithin(where.folder, real)) {
    return not('outside', `a link to ${real}, outside the stack file's folder ${where.folder} (${OUTSIDE_HINT})`);
  }
  try {
    const { bytes, sha256 } = await hashRegularFile(real, MAX_DOCUMENT_BYTES);
    return { path: written, exists: true, kind: 'file', bytes, sha256 };
  } catch (e) {
    if (!(e instanceof FileRefused)) throw e;
    const r = e.refusal;
    switch (r.reason) {
      case 'missing':
        return not('missing');
      case 'invalid-name':
        return not('invalid-name', 'the name contains a NUL byte');
      case 'directory':
        return not('directory', 'a directory, not a file');
      case 'special':
        return not('special', `a ${r.kind}, not a regular file`);
      case 'too-large':
        return { path: written, exists: true, kind: 'too-large', error: `${formatSize(r.size)}, over the ${formatSize(r.limit)} limit for a document` };
      case 'unreadable':
        return { path: written, exists: true, kind: 'unreadable', error: r.code };
    }
  }
}
