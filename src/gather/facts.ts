// The facts model: what the gather step saw outside the stack file, plain and JSON-serializable.
import type { EndpointFacts } from './endpoint-facts.js';

/** A document the stack file refers to (a BAA, a policy, a plan), looked up next to the stack file. */
export interface DocumentFact {
  /** The path as written in the stack file. */
  path: string;
  exists: boolean;
  bytes?: number;
  sha256?: string;
  /** Why it could not be read, when it exists but is unreadable. */
  error?: string;
}

export interface Facts {
  /** Keyed by the path as written in the stack file. */
  documents: Record<string, DocumentFact>;
  /**
   * What the live probes saw, keyed by endpoint URL as declared; absent when nothing was probed
   * (--offline without --facts), and then checks that need endpoints report not_applicable.
   */
  endpoints?: Record<string, EndpointFacts>;
}
