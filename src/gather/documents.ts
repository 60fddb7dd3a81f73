// Looks up the documents a stack file refers to (BAAs, policies, the incident response plan), next to
// the stack file, and attestations' evidence, once each: checks read the result instead of touching the disk.
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Stack } from '../stack/schema.js';
import type { DocumentFact } from './facts.js';

/** Every document path the stack refers to, as written, without duplicates. */
export function documentPaths(stack: Stack): string[] {
  const paths = [
    ...(stack.vendors ?? []).map((v) => v.baa?.document),
    ...(stack.policies ?? []).map((p) => p.document),
    stack.incident_response?.plan,
    ...Object.values(stack.attestations ?? {}).map((a) => a.evidence),
  ];
  return [...new Set(paths.filter((p): p is string => typeof p === 'string'))];
}

export async function gatherDocuments(stack: Stack, baseDir: string): Promise<Record<string, DocumentFact>> {
  const facts: Record<string, DocumentFact> = {};
  await Promise.all(
    documentPaths(stack).map(async (p) => {
      facts[p] = await readDocument(p, path.resolve(baseDir, p));
    }),
  );
  return facts;
}

async function readDocument(written: string, resolved: string): Promise<DocumentFact> {
  try {
    const bytes = await readFile(resolved);
    return { path: written, exists: true, bytes: bytes.length, sha256: createHash('sha256').update(bytes).digest('hex') };
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR') return { path: written, exists: false };
    return { path: written, exists: true, error: code ?? 'unreadable' };
  }
}
