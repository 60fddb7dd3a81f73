// The facts model: what the gather step saw outside the stack file, plain and JSON-serializable.
import type { EndpointFacts } from './endpoint-facts.js';

/**
 * What is at a document's path. Only `file` is "on file": a regular file that was read whole and
 * hashed. `missing`: nothing is there. The others name why nothing was read: a directory, a device,
 * FIFO or socket (`special`), a file over the size limit, an error while reading, a path outside
 * the stack file's folder (not looked at without --allow-outside), or a name no file can have.
 */
export type DocumentKind = 'file' | 'missing' | 'directory' | 'special' | 'too-large' | 'unreadable' | 'outside' | 'invalid-name';

/** A document the stack file refers to (a BAA, a policy, a plan), looked up next to the stack file. */
export interface DocumentFact {
  /** The path as written in the stack file. */
  path: string;
  /**
   * A regular file is at the path. False for nothing, for something that is not a file (a directory,
   * a device) and for a path that was not looked at, so that a reader that checks only `exists`
   * never takes those for a document.
   */
  exists: boolean;
  /** What was found (absent only in facts made by hand): see DocumentKind. */
  kind?: DocumentKind;
  /** Set, with sha256, only when the file was read and hashed. */
  bytes?: number;
  sha256?: string;
  /** Why it was not read, whenever kind is neither `file` nor `missing` (a short phrase, e.g. `EACCES`). */
  error?: string;
}

export interface Facts {
  /** Keyed by the path as written in the stack file. */
  documents: Record<string, DocumentFact>;
  /**
   * What the live probes saw, keyed by endpoint URL as declared; absent when nothing was probed
   * (--offline without --facts), and then checks that need endpoints report not_judged.
   */
  endpoints?: Record<string, EndpointFacts>;
}
