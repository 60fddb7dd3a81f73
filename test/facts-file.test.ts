// A --facts file is held to the shape --save-facts writes (src/gather/facts-schema.ts) before any
// check reads it: each bad field is refused (exit 2) with its JSON Pointer and its line, and what
// the current version saves always reads back.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { execa } from 'execa';
import { describe, expect, it } from 'vitest';
import { InputError } from '../src/errors.js';
import type { EndpointFacts } from '../src/gather/endpoint-facts.js';
import { readFactsFile, renderFactsFile, replayFacts } from '../src/gather/facts-file.js';
import { goodEndpointFacts, unreachable } from './helpers/endpoint-facts.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const dir = mkdtempSync(path.join(tmpdir(), 'hh-facts-'));
const EXAMPLE_STACK = path.join(root, 'fixtures/glow-medspa/stack.yaml');
const EXAMPLE_FACTS = path.join(root, 'fixtures/glow-medspa/facts.json');
const BOOK = 'https://book.example';

let counter = 0;
/** Writes `text` to a fresh file and returns its path. */
const put = (text: string): string => {
  const file = path.join(dir, `facts-${counter++}.json`);
  writeFileSync(file, text);
  return file;
};

/** A saved facts file holding BOOK's good facts, changed by `change` (on the parsed JSON, so any value fits). */
function factsText(change: (endpoint: Record<string, unknown>) => void = () => {}): string {
  const file = JSON.parse(renderFactsFile({ [BOOK]: goodEndpointFacts(BOOK) }, new Date('2026-11-28T00:00:00Z'))) as {
    endpoints: Record<string, Record<string, unknown>>;
  };
  change(file.endpoints[BOOK]!);
  return JSON.stringify(file, null, 2);
}

/** The problems reading `text` gives, as printed: `file:line:col: message`. */
async function problems(text: string): Promise<{ file: string; lines: string[] }> {
  const file = put(text);
  try {
    await readFactsFile(file);
  } catch (err) {
    if (err instanceof InputError) return { file, lines: err.message.split('\n') };
    throw err;
  }
  return { file, lines: [] };
}

/** 1-based line of the first occurrence of `needle` in `text`. */
const lineOf = (text: string, needle: string) => text.slice(0, text.indexOf(needle)).split('\n').length;

const WHAT_TO_DO = ' — record the facts again with --save-facts, or correct this value';
const P = '/endpoints/https:~1~1book.example';

describe('readFactsFile refuses what --save-facts could not have written, naming the field and its line', () => {
  const leaf = (f: Record<string, unknown>) => ((f.certificate as { chain: Array<Record<string, unknown>> }).chain[0]!);
  const https = (f: Record<string, unknown>) => f.https as Record<string, unknown>;

  it.each<[string, (f: Record<string, unknown>) => void, string, string]>([
    ['a key size given as text ("big" would pass transport.cert-key)', (f) => { leaf(f).keyBits = 'big'; }, `${P}/certificate/chain/0/keyBits: must be a whole number (it is the string "big")`, '"keyBits": "big"'],
    ['TLS results that are a string', (f) => { f.tls = 'oops'; }, `${P}/tls: must be an object (it is the string "oops")`, '"tls": "oops"'],
    ['a certificate chain that is a string', (f) => { (f.certificate as Record<string, unknown>).chain = 'leaf'; }, `${P}/certificate/chain: must be a list (it is the string "leaf")`, '"chain": "leaf"'],
    ['headers that are null', (f) => { https(f).headers = null; }, `${P}/https/headers: must be an object of strings (it is null)`, '"headers": null'],
    ['a header value given as a list', (f) => { (https(f).headers as Record<string, unknown>)['x-frame-options'] = ['DENY', 'SAMEORIGIN']; }, `${P}/https/headers/x-frame-options: must be a string (it is a list)`, '"x-frame-options": ['],
    ['a SameSite the probe never records', (f) => { (https(f).cookies as Array<Record<string, unknown>>)[0]!.sameSite = 'bogus'; }, `${P}/https/cookies/0/sameSite: must be one of "Strict", "Lax", "None", null (it is the string "bogus")`, '"sameSite": "bogus"'],
    ['a protocol status the probe never records', (f) => { ((f.tls as { protocols: Record<string, Record<string, unknown>> }).protocols['TLSv1.2']!).status = 'maybe'; }, `${P}/tls/protocols/TLSv1.2/status: must be one of "accepted", "rejected", "untestable", "error" (it is the string "maybe")`, '"status": "maybe"'],
    ['a port out of range', (f) => { f.port = 70000; }, `${P}/port: must be at most 65535 (it is the number 70000)`, '"port": 70000'],
    ['a header name not in lower case (checks would read it as never sent)', (f) => { (https(f).headers as Record<string, unknown>).Server = 'nginx/1.18.0'; }, `${P}/https/headers/Server: is not a lower-case header name, as saved facts write them`, '"Server"'],
    ['a misspelt field', (f) => { leaf(f).keybits = 2048; }, `${P}/certificate/chain/0/keybits: is not a field of saved facts`, '"keybits"'],
    ['a missing field', (f) => { delete leaf(f).keyBits; }, `${P}/certificate/chain/0/keyBits: is missing: it must be a whole number`, '"keyType"'],
    ['facts filed under another URL', (f) => { f.url = 'https://other.example'; }, `${P}/url: must be the URL it is filed under ("https://book.example")`, '"url": "https://other.example"'],
  ])('%s', async (_name, change, message, near) => {
    const text = factsText(change);
    const { file, lines } = await problems(text);
    expect(lines).toHaveLength(1);
    const [, line, column, said] = /^(?:.*):(\d+):(\d+): (.*)$/.exec(lines[0]!) ?? [];
    expect(`${file}:${line}:${column}: ${said}`).toBe(lines[0]);
    expect(said).toBe(message + WHAT_TO_DO);
    // The line is where the field is written (or, for a missing one, its object).
    expect(Number(line)).toBeGreaterThanOrEqual(lineOf(text, near) - (near === '"keyType"' ? 12 : 0));
    expect(Number(line)).toBeLessThanOrEqual(lineOf(text, near));
    expect(Number(column)).toBeGreaterThanOrEqual(1);
  });

  it('names at most five problems, one line each', async () => {
    const { lines } = await problems(factsText((f) => {
      f.port = 'x';
      f.host = 1;
      f.tls = 1;
      f.certificate = 1;
      f.https = 1;
      f.http = 1;
    }));
    expect(lines).toHaveLength(5);
  });

  it('refuses a file that is not facts at all with one line', async () => {
    expect((await problems('[1, 2]')).lines).toEqual([expect.stringMatching(/:1:1: not a hipaa-hero facts file/)]);
    expect((await problems('{"schemaVersion": 2, "endpoints": {}}')).lines).toEqual([expect.stringMatching(/:1:1: not a hipaa-hero facts file/)]);
  });

  it('never repeats a password from a URL in its messages', async () => {
    const text = factsText().replaceAll(BOOK, 'https://admin:SECRET-PW@book.example');
    const { lines } = await problems(text.replace('"keyBits": 256', '"keyBits": "x"'));
    expect(lines).toHaveLength(1);
    expect(lines[0]).toContain('/endpoints/https:~1~1***@book.example/certificate/chain/0/keyBits');
    expect(lines.join('\n')).not.toContain('SECRET');
    const syntax = await problems('{"schemaVersion": 1, "endpoints": {"https://admin:SECRET-PW@book.example": }');
    expect(syntax.lines.join('\n')).not.toContain('SECRET');
  });
});

describe('readFactsFile and replayFacts on good files', () => {
  it('reads the bundled example and what --save-facts writes, unchanged', async () => {
    await expect(readFactsFile(EXAMPLE_FACTS)).resolves.toMatchObject({ schemaVersion: 1 });
    const endpoints: Record<string, EndpointFacts> = { [BOOK]: goodEndpointFacts(BOOK), 'https://down.example': unreachable('https://down.example') };
    const text = renderFactsFile(endpoints, new Date('2026-11-28T00:00:00Z'));
    const file = await readFactsFile(put(text));
    expect(file.endpoints).toEqual(endpoints);
  });

  it('masks credentials in a hand-written file, so a stack URL with the same credentials finds its facts masked', async () => {
    const file = await readFactsFile(put(factsText().replaceAll(BOOK, 'https://admin:SECRET-PW@book.example')));
    const replayed = replayFacts(file, ['https://admin:SECRET-PW@book.example'], 'facts.json');
    expect(Object.keys(replayed)).toEqual(['https://***@book.example']);
    expect(JSON.stringify(replayed)).not.toContain('SECRET');
    expect(replayed['https://***@book.example']?.error).toBeUndefined();
  });

  it('marks an endpoint that answered nothing, saved by an older version, as not reached', async () => {
    const file = await readFactsFile(put(renderFactsFile({ [BOOK]: unreachable(BOOK) }, new Date('2026-11-28T00:00:00Z'))));
    expect(replayFacts(file, [BOOK], 'facts.json')[BOOK]?.error).toBe('no answer (connection refused at 203.0.113.9 port 443)');
  });
});

describe('audit --facts with a bad file', () => {
  const cli = (args: string[]) => execa('node', [path.join(root, 'bin/hipaa-hero.js'), ...args], { reject: false, env: { NO_COLOR: '1' }, cwd: dir });
  const example = JSON.parse(readFileSync(EXAMPLE_FACTS, 'utf8')) as { endpoints: Record<string, Record<string, unknown>> };
  const first = Object.keys(example.endpoints)[0]!;

  it.each<[string, (f: Record<string, unknown>) => void, RegExp]>([
    ['keyBits "big"', (f) => { ((f.certificate as { chain: Array<Record<string, unknown>> }).chain[0]!).keyBits = 'big'; }, /\/certificate\/chain\/0\/keyBits: must be a whole number/],
    ['tls "oops"', (f) => { f.tls = 'oops'; }, /\/tls: must be an object/],
    ['a string chain', (f) => { (f.certificate as Record<string, unknown>).chain = 'x'; }, /\/certificate\/chain: must be a list/],
    ['headers null', (f) => { (f.https as Record<string, unknown>).headers = null; }, /\/https\/headers: must be an object of strings/],
    ['header values as arrays', (f) => { (f.https as Record<string, unknown>).headers = { server: ['nginx'] }; }, /\/https\/headers\/server: must be a string/],
  ])('%s: exit 2, one line naming the file, the field and what to do', async (_name, change, pointer) => {
    const changed = structuredClone(example);
    change(changed.endpoints[first]!);
    const file = put(JSON.stringify(changed, null, 2));
    const r = await cli(['audit', EXAMPLE_STACK, '--facts', file, '--now', '2026-11-28', '--format', 'json']);
    expect(r.exitCode, r.stderr).toBe(2);
    const lines = r.stderr.trim().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(new RegExp(`^${file.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}:\\d+:\\d+: /endpoints/https:~1~1`));
    expect(lines[0]).toMatch(pointer);
    expect(lines[0]).toMatch(/ — record the facts again with --save-facts, or correct this value$/);
  });
});
