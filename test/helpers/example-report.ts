// The bundled example's report, made in-process with its saved endpoint facts (no network) and a
// fixed day, for the tests of the report formats.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { runAudit } from '../../src/audit.js';
import type { Report } from '../../src/report/schema.js';

export const EXAMPLE_DIR = fileURLToPath(new URL('../../fixtures/glow-medspa/', import.meta.url));
export const EXAMPLE_NOW = '2026-11-28';

/** The audit of `file` (the example by default), replaying the example's saved facts. */
export function exampleReport(file = 'fixtures/glow-medspa/stack.yaml'): Promise<Report> {
  return runAudit({
    file,
    now: EXAMPLE_NOW,
    checksDirs: [],
    failOn: 'none',
    failUnder: null,
    probe: { offline: false, factsFile: path.join(EXAMPLE_DIR, 'facts.json'), timeoutMs: 1000, concurrency: 1, deadlineMs: 1000 },
    generatedAt: new Date(`${EXAMPLE_NOW}T00:00:00Z`),
  });
}
