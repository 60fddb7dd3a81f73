// Runs every built-in check's case table (test/checks/<area>/<name>.cases.ts) and holds each check
// to being tested both ways: at least one case with a passing finding and one with a failing one.
import { existsSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { builtinChecks } from '../checks/index.js';
import type { Check, CheckContext, Stack } from '../src/index.js';
import { documentPaths } from '../src/gather/documents.js';
import { stackDataProblems } from '../src/stack/problems.js';
import { parsePointer } from '../src/stack/positions.js';
import { BASE_NOW, baseStack, type CheckCase } from './helpers/cases.js';
import { goodEndpointFacts } from './helpers/endpoint-facts.js';
import { CLAIMS_LAW } from './helpers/legal-words.js';

const knownCheckIds = new Set(builtinChecks.map((c) => c.meta.id));

function caseFile(check: Check): string {
  const [area, name] = check.meta.id.split('.') as [string, string];
  return fileURLToPath(new URL(`./checks/${area}/${name}.cases.ts`, import.meta.url));
}

export function buildStack(c: CheckCase): Stack {
  const stack = { ...baseStack(), ...structuredClone(c.stack ?? {}) } as Stack;
  for (const [key, value] of Object.entries(c.stack ?? {})) {
    if (value === undefined) delete (stack as Record<string, unknown>)[key];
  }
  c.edit?.(stack);
  return stack;
}

function resolves(stack: unknown, pointer: string): boolean {
  let node: unknown = stack;
  for (const segment of parsePointer(pointer)) {
    if (node === null || typeof node !== 'object' || !(segment in node)) return false;
    node = (node as Record<string, unknown>)[segment];
  }
  return true;
}

export function runCase(check: Check, c: CheckCase) {
  const stack = buildStack(c);
  const ctx: CheckContext = {
    stack,
    now: c.now ?? BASE_NOW,
    facts: {
      documents: Object.fromEntries(documentPaths(stack).map((p) => [p, { path: p, exists: true, kind: 'file' as const, bytes: 100, sha256: 'a'.repeat(64) }])),
      endpoints: Object.fromEntries((stack.endpoints ?? []).map((e) => [e.url, goodEndpointFacts(e.url)])),
      ...c.facts,
    },
    options: { offline: true },
  };
  return { stack, findings: check.run(ctx) };
}

for (const check of builtinChecks) {
  describe(check.meta.id, async () => {
    const file = caseFile(check);
    it('has a case table', () => {
      expect(existsSync(file), `missing ${file}`).toBe(true);
    });
    if (!existsSync(file)) return;
    const table = ((await import(pathToFileURL(file).href)) as { default: CheckCase[] }).default;

    it.each(table.map((c) => [c.name, c] as const))('%s', (_name, c) => {
      const { stack, findings } = runCase(check, c);
      expect(stackDataProblems(stack, { knownCheckIds }), 'the case stack must be a valid stack').toEqual([]);
      // What the engine makes of an unknown: an error, or not judged when it names the check that reports the cause.
      const statusOf = (f: (typeof findings)[number]) => (f.unavailable === undefined ? f.status : f.explainedBy === undefined ? 'error' : 'not_judged');
      expect(findings.map((f) => [f.subject, statusOf(f)])).toEqual(c.expect.map(([subject, status]) => [subject, status]));
      c.expect.forEach(([, , pattern], i) => {
        if (pattern) expect(findings[i]!.unavailable ?? findings[i]!.message).toMatch(pattern);
      });
      for (const f of findings) {
        expect(f.message.length, 'every finding says something').toBeGreaterThan(10);
        if (f.path !== undefined) expect(resolves(stack, f.path), `path ${f.path} must exist in the stack`).toBe(true);
        if (f.evidence !== undefined) expect(() => JSON.stringify(f.evidence)).not.toThrow();
      }
    });

    it('is tested both ways', () => {
      const statuses = new Set(table.flatMap((c) => c.expect.map(([, s]) => s)));
      expect(statuses.has('pass'), 'at least one case where the check passes').toBe(true);
      expect(statuses.has('fail') || statuses.has('warn'), 'at least one case where the check fails or warns').toBe(true);
    });

    // Only a required finding may say that HIPAA requires what it tests: scan every message the case table produces.
    if (check.meta.obligation !== 'required') {
      it(`says "HIPAA requires" in no message (it is ${check.meta.obligation})`, () => {
        const messages = table.flatMap((c) => runCase(check, c).findings.map((f) => f.message));
        expect(messages.filter((m) => CLAIMS_LAW.test(m))).toEqual([]);
      });
    }
  });
}
