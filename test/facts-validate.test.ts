// The precompiled "valid?" validator of --facts files (built from facts-schema.ts by scripts/build.mjs)
// and the detailed check (TypeBox, facts-check.ts) must agree on every file: the fast path accepts a
// file only if the detailed check would, and refuses it only if the detailed check names a problem.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Value } from '@sinclair/typebox/value';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { FactsFileSchema } from '../src/gather/facts-schema.js';
import isValidFactsShape from '../src/gather/validate-facts-lean.generated.js';
import { validateFactsFile } from '../src/gather/facts-validate.js';
import { InputError } from '../src/errors.js';

const FILE = fileURLToPath(new URL('../fixtures/glow-medspa/facts.json', import.meta.url));
const TEXT = readFileSync(FILE, 'utf8');
const fresh = (): Record<string, unknown> => JSON.parse(TEXT) as Record<string, unknown>;

type Path = Array<string | number>;

/** Every path in a JSON value, objects' keys and arrays' indexes alike. */
function pathsOf(value: unknown, at: Path = [], out: Path[] = []): Path[] {
  out.push(at);
  if (Array.isArray(value)) value.forEach((v, i) => pathsOf(v, [...at, i], out));
  else if (value !== null && typeof value === 'object') for (const [k, v] of Object.entries(value)) pathsOf(v, [...at, k], out);
  return out;
}

const REPLACEMENTS: unknown[] = [null, 'x', '', -1, 0, 1.5, 70000, true, [], {}, ['x'], { unknown: 1 }];

/** A copy with the value at `path` replaced (or, with `undefined`, removed). */
function edited(path: Path, replacement: unknown): unknown {
  const root = fresh();
  if (path.length === 0) return replacement;
  let parent: any = root;
  for (const step of path.slice(0, -1)) parent = parent[step];
  const last = path[path.length - 1]!;
  if (replacement === undefined) {
    if (Array.isArray(parent)) parent.splice(last as number, 1);
    else delete parent[last];
  } else {
    parent[last] = replacement;
  }
  return root;
}

const agree = (data: unknown) => expect(isValidFactsShape(data), String(JSON.stringify(data)).slice(0, 200)).toBe(Value.Check(FactsFileSchema, data));

describe('the precompiled facts validator', () => {
  it('accepts the recorded example facts', () => {
    expect(isValidFactsShape(fresh())).toBe(true);
    expect(Value.Check(FactsFileSchema, fresh())).toBe(true);
  });

  it('agrees with the detailed check on every field of the example removed or replaced', () => {
    const paths = pathsOf(fresh());
    expect(paths.length).toBeGreaterThan(200);
    let refused = 0;
    for (const path of paths) {
      for (const replacement of [undefined, ...REPLACEMENTS]) {
        const data = edited(path, replacement);
        agree(data);
        if (!Value.Check(FactsFileSchema, data)) refused++;
      }
    }
    // Most edits break the file: the comparison is not between two validators that accept anything.
    expect(refused).toBeGreaterThan(paths.length * 5);
  });

  it('agrees on an unknown field added anywhere, and on header names in upper case', () => {
    for (const path of pathsOf(fresh())) {
      const data = fresh();
      let node: any = data;
      for (const step of path) node = node[step];
      if (node === null || typeof node !== 'object' || Array.isArray(node)) continue;
      node.Not_A_Field = 'x';
      agree(data);
    }
  });

  it('agrees on random JSON values put anywhere', () => {
    const paths = pathsOf(fresh());
    fc.assert(
      fc.property(fc.integer({ min: 0, max: paths.length - 1 }), fc.jsonValue({ maxDepth: 2 }), (i, value) => {
        agree(edited(paths[i]!, value));
      }),
      { numRuns: 300 },
    );
  });
});

describe('validateFactsFile', () => {
  it('returns valid facts as they are, and refuses a bad file with the detailed message', async () => {
    const data = fresh();
    await expect(validateFactsFile(FILE, TEXT, data)).resolves.toBe(data);
    const bad = edited(['probedAt'], 5);
    const refusal = await validateFactsFile(FILE, TEXT, bad).catch((e: unknown) => e);
    expect(refusal).toBeInstanceOf(InputError);
    expect((refusal as Error).message).toMatch(/\/probedAt: must be a string \(it is the number 5\)/);
  });

  it('refuses an endpoint filed under another URL, which no schema can say', async () => {
    const data = fresh() as { endpoints: Record<string, { url: string }> };
    const [url] = Object.keys(data.endpoints);
    data.endpoints[url!]!.url = 'https://elsewhere.example/';
    await expect(validateFactsFile(FILE, TEXT, data)).rejects.toThrow(/must be the URL it is filed under/);
  });
});
