// Property-based fuzzing of everything hipaa-hero reads from a file: the stack loader, the facts
// loader (through a whole audit, since the checks read what it lets through) and the report reader
// (through every renderer but the PDF). Any input must end as a result or as an input error naming
// the file (exit 2): never another exception, which the CLI would report as a bug (exit 3). The CLI
// itself is spawned for a few generated inputs per command to hold the exit-code contract.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { execa } from 'execa';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { runAudit } from '../src/audit.js';
import { InputError, UsageError } from '../src/errors.js';
import { readReportFile } from '../src/report/read.js';
import { renderFormats } from '../src/report/render.js';
import { loadStack } from '../src/stack/load.js';
import { stackLoadOptions } from '../src/load-checks.js';
import { attestationChecks, builtinChecks } from '../checks/index.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const EXAMPLE = path.join(root, 'fixtures/glow-medspa/stack.yaml');
const FACTS = path.join(root, 'fixtures/glow-medspa/facts.json');
const REPORT = path.join(root, 'fixtures/reports/glow-medspa.json');
const bin = path.join(root, 'bin/hipaa-hero.js');
const dir = mkdtempSync(path.join(os.tmpdir(), 'hh-fuzz-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Seeded, so a failure replays; the number of runs keeps the suite fast on CI's two cores. */
const params = (numRuns: number) => ({ numRuns, seed: 20261203, endOnFailure: true });

/** What an input may end as: anything but an exception that is not an input or usage error. */
async function endsWell(work: () => Promise<unknown>, file: string): Promise<void> {
  try {
    await work();
  } catch (err) {
    if (err instanceof InputError) {
      for (const p of err.problems) {
        expect(p.file).toBe(file);
        expect(p.line).toBeGreaterThanOrEqual(1);
        expect(p.column).toBeGreaterThanOrEqual(1);
        expect(p.message.length).toBeGreaterThan(0);
        expect(p.message).not.toMatch(/[\r\n]/);
      }
      return;
    }
    if (err instanceof UsageError) return;
    throw err;
  }
}

// ── Text mutations: what a careless edit, a bad paste or a hostile file does to YAML or JSON ──
const TOKENS = [
  ':', ': ', '- ', '\n', '  ', '{', '}', '[', ']', ',', '&a ', '*a', '<<: *a\n', '!!binary ', '!!js/function ', '!!set ',
  '"', "'", '#', '\t', '\u0000', '\r', '---\n', '...\n', '|\n', '>-\n', '? ', '%YAML 1.1\n', 'null', 'true', 'yes', '1e999',
  '-.inf', '0x1F', '2026-02-30', '\uFEFF', '\u202E', '\u001b[2J', 'é', '😀', '~', '@', '`', '9'.repeat(40), '__proto__: ', 'constructor: ',
];
const edit = fc.record({
  at: fc.double({ min: 0, max: 1, noNaN: true }),
  del: fc.nat({ max: 60 }),
  ins: fc.oneof(fc.constantFrom(...TOKENS), fc.string({ maxLength: 12 }), fc.string({ unit: 'binary', maxLength: 6 })),
});
const mutate = (base: string) =>
  fc.array(edit, { minLength: 1, maxLength: 8 }).map((edits) =>
    edits.reduce((text, e) => {
      const at = Math.floor(e.at * text.length);
      return text.slice(0, at) + e.ins + text.slice(at + e.del);
    }, base),
  );

// ── Structure mutations: every path of a JSON document, replaced by any JSON value or removed ──
type JsonPath = Array<string | number>;
function paths(value: unknown, at: JsonPath = [], out: JsonPath[] = []): JsonPath[] {
  out.push(at);
  if (Array.isArray(value)) value.forEach((v, i) => paths(v, [...at, i], out));
  else if (value && typeof value === 'object') for (const [k, v] of Object.entries(value)) paths(v, [...at, k], out);
  return out;
}
function mutateJson(doc: unknown, changes: Array<{ pick: number; remove: boolean; value: unknown }>): unknown {
  const copy = structuredClone(doc);
  const all = paths(copy).filter((p) => p.length > 0);
  for (const c of changes) {
    const p = all[c.pick % all.length]!;
    let parent = copy as Record<string | number, unknown>;
    for (const key of p.slice(0, -1)) {
      const next = parent?.[key];
      if (!next || typeof next !== 'object') break;
      parent = next as Record<string | number, unknown>;
    }
    const last = p[p.length - 1]!;
    if (!parent || typeof parent !== 'object') continue;
    if (c.remove) delete parent[last];
    else parent[last] = c.value;
  }
  return copy;
}
const jsonChanges = fc.array(fc.record({ pick: fc.nat(), remove: fc.boolean(), value: fc.jsonValue({ maxDepth: 2 }) }), { minLength: 1, maxLength: 5 });

let counter = 0;
const put = (name: string, content: string): string => {
  const file = path.join(dir, `${counter++}-${name}`);
  writeFileSync(file, content);
  return file;
};

describe('fuzzing the stack loader', () => {
  const base = readFileSync(EXAMPLE, 'utf8');
  const options = stackLoadOptions([...builtinChecks, ...attestationChecks]);
  it('loads or refuses with file:line:col problems, for any edit of the example', async () => {
    await fc.assert(
      fc.asyncProperty(mutate(base), async (text) => {
        const file = put('stack.yaml', text);
        await endsWell(() => loadStack(file, options), file);
      }),
      params(250),
    );
  }, 60_000);

  it('loads or refuses any short text, arbitrary bytes included', async () => {
    await fc.assert(
      fc.asyncProperty(fc.oneof(fc.string({ maxLength: 200 }), fc.string({ unit: 'binary', maxLength: 200 }), fc.uint8Array({ maxLength: 200 }).map((b) => Buffer.from(b).toString('latin1'))), async (text) => {
        const file = put('stack.yaml', text);
        await endsWell(() => loadStack(file, options), file);
      }),
      params(300),
    );
  }, 60_000);
});

describe('fuzzing the facts loader, through the audit that reads them', () => {
  const base = readFileSync(FACTS, 'utf8');
  const doc = JSON.parse(base) as unknown;
  const audit = (facts: string) =>
    runAudit({
      file: EXAMPLE,
      now: '2026-11-28',
      checksDirs: [],
      failOn: 'none',
      failUnder: null,
      probe: { offline: false, factsFile: facts, timeoutMs: 1000, concurrency: 1, deadlineMs: 1000 },
      generatedAt: new Date('2026-11-28T00:00:00Z'),
    });

  it('audits or refuses the facts file, for any change to any field', async () => {
    await fc.assert(
      fc.asyncProperty(jsonChanges, async (changes) => {
        const file = put('facts.json', JSON.stringify(mutateJson(doc, changes)));
        await endsWell(() => audit(file), file);
      }),
      params(150),
    );
  }, 120_000);

  it('audits or refuses the facts file, for any edit of its text', async () => {
    await fc.assert(
      fc.asyncProperty(mutate(base), async (text) => {
        const file = put('facts.json', text);
        await endsWell(() => audit(file), file);
      }),
      params(100),
    );
  }, 120_000);
});

describe('fuzzing the report reader, through every renderer', () => {
  const base = readFileSync(REPORT, 'utf8');
  const doc = JSON.parse(base) as unknown;
  const FORMATS = ['text', 'json', 'markdown', 'html', 'sarif', 'junit'] as const;
  const readAndRender = async (file: string) => {
    const { report } = await readReportFile(file);
    await renderFormats(FORMATS.map((format) => ({ format, settings: { color: false, width: 80 } })), report);
  };

  it('reads and renders, or refuses, a report with any field changed', async () => {
    await fc.assert(
      fc.asyncProperty(jsonChanges, async (changes) => {
        const file = put('report.json', JSON.stringify(mutateJson(doc, changes)));
        await endsWell(() => readAndRender(file), file);
      }),
      params(150),
    );
  }, 120_000);

  it('reads and renders, or refuses, a report with its text edited', async () => {
    await fc.assert(
      fc.asyncProperty(mutate(base), async (text) => {
        const file = put('report.json', text);
        await endsWell(() => readAndRender(file), file);
      }),
      params(40),
    );
  }, 120_000);
});

describe('the CLI on fuzzed inputs', () => {
  const cli = (...args: string[]) => execa('node', [bin, ...args], { cwd: dir, reject: false, env: { NO_COLOR: '1' }, stdin: 'ignore', timeout: 30_000 });
  const holdsTheContract = (r: Awaited<ReturnType<typeof cli>>) => {
    expect([0, 1, 2], r.stderr).toContain(r.exitCode);
    expect(r.stderr).not.toMatch(/\n\s+at .+:\d+:\d+\)?\n/);
  };
  const samples = <T>(arb: fc.Arbitrary<T>, n: number) => fc.sample(arb, { numRuns: n, seed: 20261203 });

  it('validate, audit --facts and render exit 0, 1 or 2 with a message, never a trace', async () => {
    for (const text of samples(mutate(readFileSync(EXAMPLE, 'utf8')), 4)) {
      holdsTheContract(await cli('validate', put('stack.yaml', text)));
    }
    const facts = JSON.parse(readFileSync(FACTS, 'utf8')) as unknown;
    for (const changes of samples(jsonChanges, 4)) {
      const file = put('facts.json', JSON.stringify(mutateJson(facts, changes)));
      holdsTheContract(await cli('audit', EXAMPLE, '--facts', file, '--now', '2026-11-28', '--format', 'json', '--output', path.join(dir, `${counter++}-out.json`)));
    }
    const report = JSON.parse(readFileSync(REPORT, 'utf8')) as unknown;
    for (const changes of samples(jsonChanges, 4)) {
      holdsTheContract(await cli('render', put('report.json', JSON.stringify(mutateJson(report, changes))), '--format', 'markdown'));
    }
  }, 120_000);
});
