// What the built commands load: `hipaa-hero checks` lists the catalog, and `probe` probes, without
// the YAML parser and the stack validator (the largest chunks, and most of a command's start-up). Reads dist/, which
// `npm test` builds first.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const chunks = fileURLToPath(new URL('../dist/chunks/', import.meta.url));
const text = (chunk: string) => readFileSync(path.join(chunks, chunk), 'utf8');

/** The chunks a chunk imports statically (and, with `dynamic`, those it may import later), itself included. */
function closure(entry: string, dynamic = false): Set<string> {
  const seen = new Set<string>();
  const pending = [entry];
  while (pending.length) {
    const c = pending.pop()!;
    if (seen.has(c)) continue;
    seen.add(c);
    for (const m of text(c).matchAll(/(?:from\s*|import\s*)"\.\/(chunk-[A-Z0-9]+\.js)"/g)) pending.push(m[1]!);
    if (dynamic) for (const m of text(c).matchAll(/import\("\.\/([\w-]+\.js)"\)/g)) pending.push(m[1]!);
  }
  return seen;
}

describe('the bundle', () => {
  it('lets `checks` start without the YAML parser or the stack validator', () => {
    const entry = readdirSync(chunks).find((c) => c.startsWith('checks-command-'));
    expect(entry).toBeDefined();
    const loaded = [...closure(entry!)];
    expect(loaded.filter((c) => /YAMLException/.test(text(c)))).toEqual([]);
    expect(loaded.filter((c) => /ucs2length/.test(text(c)))).toEqual([]);
    // The audit's closure has both (loaded when it runs): the patterns above do find them.
    const audit = readdirSync(chunks).find((c) => c.startsWith('audit-command-'))!;
    const auditLoaded = [...closure(audit, true)];
    expect(auditLoaded.some((c) => /YAMLException/.test(text(c)))).toBe(true);
    expect(auditLoaded.some((c) => /ucs2length/.test(text(c)))).toBe(true);
  });

  it('lets `probe` run without the YAML parser or the stack validator', () => {
    const entry = readdirSync(chunks).find((c) => c.startsWith('probe-command-'));
    expect(entry).toBeDefined();
    const loaded = [...closure(entry!)];
    expect(loaded.filter((c) => /YAMLException/.test(text(c)))).toEqual([]);
    expect(loaded.filter((c) => /ucs2length/.test(text(c)))).toEqual([]);
  });
});
