// The stack loader on bad input: every problem at once, each as `file:line:col: what — what to do`
// at the exact node, as an InputError (exit code 2) with no stack trace. Each case is a real file:
// fixtures/invalid/<name>.invalid.yaml, or (large, binary, other encodings) one written to a temp dir.
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { InputError, formatProblem, type Problem } from '../src/errors.js';
import { EXIT, exitCodeFor } from '../src/cli/run.js';
import { loadStack, MAX_STACK_BYTES } from '../src/stack/load.js';
import { stackDataProblems } from '../src/stack/problems.js';
import { validateStackText } from '../src/stack/yaml-parse.js';
import { isCidr } from '../src/stack/references.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const INVALID = path.join(root, 'fixtures', 'invalid');
const GLOW = path.join(root, 'fixtures', 'glow-medspa', 'stack.yaml');
const COMPLIANT = path.join(root, 'fixtures', 'stacks', 'compliant.pass.yaml');
const knownCheckIds = new Set(['encryption.at-rest']);

/** One problem: where it is and what its message says. */
type Expected = [line: number, column: number, message: RegExp];

interface LoaderCase {
  name: string;
  /** A committed fixture, fixtures/invalid/<name>.invalid.yaml, unless `write` makes the file. */
  write?: (dir: string) => string;
  /** Every problem, in line order. */
  expect: Expected[];
}

const cases: LoaderCase[] = [
  // YAML syntax
  { name: 'yaml-syntax', expect: [[4, 14, /^YAML syntax error: this \[ list is never closed — end it with \]/]] },
  {
    name: 'yaml-syntax-several',
    expect: [
      [3, 1, /^YAML syntax error: tabs are not allowed as indentation — indent with spaces$/],
      [9, 14, /^YAML syntax error: a value cannot start with @ — put the value in quotes$/],
    ],
  },
  { name: 'multiple-documents', expect: [[4, 1, /more than one YAML document — keep one document per stack file/]] },
  { name: 'unresolved-alias', expect: [[6, 18, /^alias '\*all' refers to no anchor — define '&all'/]] },
  {
    name: 'unknown-tag',
    expect: [
      [3, 9, /^unknown YAML tag !secret — remove it; a stack file needs no tags$/],
      [4, 12, /^unknown YAML tag !url — remove it/],
    ],
  },
  { name: 'alias-bomb', expect: [[5, 8, /^YAML aliases expand too far \(over 100 uses of anchors\) — write the values out/]] },
  // Types
  {
    name: 'wrong-type',
    expect: [
      [4, 14, /^'locations' must be a list, found 'Main Street' — write a list, e\.g\. \[Main Street\]/],
      [12, 10, /^'mfa' must be true or false, found 'yes' — write true or false/],
      [14, 20, /^'interval_months' must be a whole number, found 'twelve' — write a whole number$/],
      [16, 3, /^'vendors' must be a list, found a mapping — write a list: start each entry with '- '$/],
    ],
  },
  {
    name: 'empty-values',
    expect: [
      [3, 3, /^'name' must be text, found nothing \(an empty value\) — write text after the colon/],
      [4, 1, /^'staff' must be a list, found nothing \(an empty value\) — write a list after the colon/],
      [7, 5, /^'phi' must be true or false, found nothing \(an empty value\) — write true or false after the colon/],
    ],
  },
  {
    name: 'wrong-enum',
    expect: [
      [6, 11, /^'type' is 'laptop', not an accepted value — use one of: cloud, server, workstation, mobile, removable$/],
      [10, 15, /^'security' is 'WPA-3', not an accepted value — did you mean 'WPA3'\?/],
      [12, 20, /^'activity_review' is 12, not an accepted value — use one of: continuous, daily/],
    ],
  },
  // Keys
  {
    name: 'unknown-key',
    expect: [
      [4, 3, /^unknown key 'webiste' — did you mean 'website'\?$/],
      // Not also "'owner' is missing the required key 'permissions'": that is the same mistake.
      [7, 5, /^unknown key 'permisions' — did you mean 'permissions'\?$/],
      [12, 5, /^unknown key 'mfa_enabled' — did you mean 'mfa'\?$/],
      [13, 5, /^unknown key 'favourite_colour' — remove it; keys allowed here: name, account, role, mfa, shared, trained$/],
    ],
  },
  {
    // The misspelt `practise` is the missing `practice`: one mistake, one line.
    name: 'unknown-top-level-key',
    expect: [
      [2, 1, /^unknown key 'practise' — did you mean 'practice'\?$/],
      [4, 1, /^unknown key 'Vendors' — did you mean 'vendors'\?$/],
    ],
  },
  {
    name: 'missing-key',
    expect: [
      [3, 3, /^'practice' is missing the required key 'name' — add it$/],
      [5, 5, /^vendors\[0\] \('Boulevard'\) is missing the required key 'phi' — add it$/],
    ],
  },
  { name: 'missing-version', expect: [[1, 1, /^the file is missing the required key 'version' — add 'version: 1' at the top$/]] },
  // Dates
  {
    name: 'bad-date',
    expect: [
      [7, 16, /^'appointed' is '03\/01\/2025', not a date written YYYY-MM-DD — write it as YYYY-MM-DD, e\.g\. 2026-01-31$/],
      [15, 14, /^'trained' is '2026-02-30', which is not a real calendar date — check the month and the day$/],
      [17, 18, /^'risk_analysis' is '2026-1-10', not a date written YYYY-MM-DD — write it as YYYY-MM-DD/],
      [18, 15, /^'last_audit' is '2025-13-01', which is not a real calendar date — check the month and the day$/],
    ],
  },
  // CIDR ranges, IPv4 and IPv6
  {
    name: 'bad-cidr',
    expect: [
      [8, 9, /^'203\.0\.113\.0\/33' is not an IP address or CIDR range — write e\.g\. 203\.0\.113\.0\/24 or 2001:db8::\/48$/],
      [9, 9, /^'300\.1\.1\.1' is not an IP address or CIDR range — /],
      [11, 9, /^'2001:db8::\/129' is not an IP address or CIDR range — /],
      [12, 9, /^'2001:db8:::1' is not an IP address or CIDR range — /],
      [13, 9, /^'office wifi' is not an IP address or CIDR range — /],
    ],
  },
  // References
  {
    name: 'dangling-reference',
    expect: [
      [12, 11, /^role 'owners' is not defined in `roles` — did you mean 'owner'\?$/],
      [18, 13, /^vendor 'Boulevard Inc' is not defined in `vendors` — did you mean 'Boulevard'\?$/],
      [22, 22, /^role 'front-desk' is not defined in `roles` — use one of: owner, injector$/],
      [23, 21, /^IP allowlist 'office' is not defined in `network\.ip_allowlists` — use one of: office-networks$/],
      [26, 31, /^data store 'Front desk PC' is not defined in `data_stores` — use one of: Boulevard cloud$/],
      [38, 12, /^check 'encryption\.at-rset' is not defined in the check catalog \(`hipaa-hero checks`\) — did you mean 'encryption\.at-rest'\?$/],
    ],
  },
  // Duplicates
  {
    name: 'duplicate-name',
    expect: [
      [12, 14, /^duplicate staff account 'sortiz' \(also on line 9\) — give each staff account its own name, or merge the two entries$/],
      [17, 11, /^duplicate vendor 'Boulevard' \(also on line 15\) — give each vendor its own name/],
      [23, 11, /^duplicate data store 'Front desk PC' \(also on line 20\) — give each data store its own name/],
      [31, 11, /^duplicate backup 'Nightly backup' \(also on line 27\) — give each backup its own name/],
      [38, 10, /^duplicate endpoint 'https:\/\/book\.glow-medspa\.example' \(also on line 36\) — list each endpoint once: merge the two entries$/],
    ],
  },
  { name: 'duplicate-key', expect: [[9, 3, /^duplicate key 'owner' \(also on line 5\) — remove one of them, or rename it$/]] },
  {
    // A duplicate key does not stop validation: the rest of the file is still checked.
    name: 'duplicate-key-and-schema',
    expect: [
      [4, 3, /^duplicate key 'name' \(also on line 3\) — /],
      [12, 10, /^'mfa' must be true or false, found 'maybe' — /],
      [13, 5, /^duplicate key 'role' \(also on line 11\) — /],
      [13, 11, /^role 'admin' is not defined in `roles` — use one of: owner$/],
    ],
  },
  // The file as a whole
  { name: 'empty', expect: [[1, 1, /^the file is empty — describe the practice in it/]] },
  { name: 'comments-only', expect: [[1, 1, /^the file has no content, only comments — describe the practice in it/]] },
  { name: 'top-level-list', expect: [[1, 1, /^the file must be a mapping of keys \(version, practice, \.\.\.\), found a list — /]] },
  { name: 'top-level-scalar', expect: [[1, 1, /^the file must be a mapping of keys .*, found 'Glow Aesthetics Med Spa' — /]] },
  { name: 'version-2', expect: [[1, 10, /^stack format version 2 is not supported — this hipaa-hero reads version 1; write 'version: 1'$/]] },
  { name: 'version-quoted', expect: [[1, 10, /^'version' must be a number, found '1' — write 1 without quotes$/]] },
  {
    name: 'multi-problem',
    expect: [
      [4, 3, /^unknown key 'webiste' — did you mean 'website'\?$/],
      [12, 10, /^'mfa' must be true or false, found 'true' — write true without quotes$/],
      [13, 14, /^'trained' is '2026-02-30', which is not a real calendar date — /],
      [16, 11, /^role 'manager' is not defined in `roles` — use one of: owner$/],
      [18, 5, /^vendors\[0\] \('Boulevard'\) is missing the required key 'phi' — add it$/],
      [22, 30, /^'10\.0\.0\.0\/99' is not an IP address or CIDR range — /],
    ],
  },
  // Generated: encodings, binary, size, not a file
  {
    name: 'latin1',
    write: (dir) => put(dir, 'latin1.invalid.yaml', Buffer.from('version: 1\npractice:\n  name: Caf\xe9 Gl\xf4\n', 'latin1')),
    expect: [[3, 12, /^the file is not valid UTF-8 text — save it as UTF-8 \(it may be Latin-1 or Windows-1252\)$/]],
  },
  {
    name: 'utf16le-bom',
    write: (dir) => put(dir, 'utf16le-bom.invalid.yaml', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('version: 1\n', 'utf16le')])),
    expect: [[1, 1, /^the file is UTF-16 text — save it as UTF-8$/]],
  },
  {
    name: 'utf16be-bom',
    write: (dir) => put(dir, 'utf16be-bom.invalid.yaml', Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from('version: 1\n', 'utf16le').swap16()])),
    expect: [[1, 1, /^the file is UTF-16 text — save it as UTF-8$/]],
  },
  {
    name: 'utf16le-no-bom',
    write: (dir) => put(dir, 'utf16le-no-bom.invalid.yaml', Buffer.from('version: 1\npractice:\n  name: Glow\n', 'utf16le')),
    expect: [[1, 1, /^the file is UTF-16 text — save it as UTF-8$/]],
  },
  {
    name: 'binary-png',
    write: (dir) => put(dir, 'logo.png', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52])),
    expect: [[3, 1, /^the file is binary, not YAML text — give the path of the stack YAML file$/]],
  },
  {
    name: 'stray-nul',
    write: (dir) => put(dir, 'stray-nul.invalid.yaml', Buffer.from('version: 1\npractice:\n  name: Glow\0\n')),
    expect: [[3, 13, /^the file is binary, not YAML text — /]],
  },
  {
    name: 'too-large',
    write: (dir) => put(dir, 'too-large.invalid.yaml', Buffer.from('version: 1\n' + '# padding padding padding\n'.repeat(Math.ceil(MAX_STACK_BYTES / 26) + 1))),
    expect: [[1, 1, /^the file is 5\.1 MB, over the 5 MB limit for a stack file — is this the right file\?$/]],
  },
  {
    name: 'directory',
    write: (dir) => {
      const sub = path.join(dir, 'stack.yaml.d');
      mkdirSync(sub, { recursive: true });
      return sub;
    },
    // About the file as a whole: no line or column (printed as `file: …`).
    expect: [[0, 0, /^is a directory, not a file — give the path of a stack YAML file$/]],
  },
  { name: 'missing-file', write: (dir) => path.join(dir, 'no-such-stack.yaml'), expect: [[0, 0, /^no such file — check the path/]] },
];

function put(dir: string, name: string, bytes: Buffer): string {
  const file = path.join(dir, name);
  writeFileSync(file, bytes);
  return file;
}

let tmp: string;
beforeAll(() => {
  tmp = mkdtempSync(path.join(os.tmpdir(), 'hipaa-hero-loader-'));
});
afterAll(() => {
  rmSync(tmp, { recursive: true, force: true });
});

/** Load `file`, which must fail, and check the failure is a clean exit-2 input error. */
async function failureOf(file: string): Promise<InputError> {
  const err: unknown = await loadStack(file, { knownCheckIds }).then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(err, 'the file must not load').toBeInstanceOf(InputError);
  const input = err as InputError;
  let printed = '';
  expect(exitCodeFor(input, false, (s) => (printed += s))).toBe(EXIT.badInput);
  expect(EXIT.badInput).toBe(2);
  // What the user sees: one line per problem, `file:line:col: message`, no stack trace.
  expect(printed).toBe(input.problems.map(formatProblem).join('\n') + '\n');
  expect(printed).not.toMatch(/^\s+at /m);
  return input;
}

function expectProblems(problems: Problem[], file: string, expected: Expected[]): void {
  const seen = problems.map((p) => `${p.line}:${p.column}: ${p.message}`).join('\n');
  expect(problems.length, `all problems at once:\n${seen}`).toBe(expected.length);
  expected.forEach(([line, column, pattern], i) => {
    const p = problems[i]!;
    expect(p.file).toBe(file);
    expect(`${p.line}:${p.column}`, `problem ${i + 1}: ${p.message}`).toBe(`${line}:${column}`);
    expect(p.message).toMatch(pattern);
    expect(p.message, 'one line, `what is wrong — what to do`').toMatch(/^[^\n—]*\S — \S[^\n]*$/);
  });
  // In line order.
  const order = problems.map((p) => p.line * 1e6 + p.column);
  expect(order).toEqual([...order].sort((a, b) => a - b));
}

describe('loadStack on bad input', () => {
  it('has a committed fixture for every case that is not generated, and a case for every fixture', () => {
    const committed = readdirSync(INVALID).filter((f) => f.endsWith('.invalid.yaml')).sort();
    const tabled = cases.filter((c) => !c.write).map((c) => `${c.name}.invalid.yaml`).sort();
    expect(committed).toEqual(tabled);
  });

  it.each(cases.map((c) => [c.name, c] as const))('%s', async (_, c) => {
    const file = c.write ? c.write(tmp) : path.join(INVALID, `${c.name}.invalid.yaml`);
    const err = await failureOf(file);
    expectProblems(err.problems, file, c.expect);
  });

  it('reports the multi-problem file with at least four different kinds of problem at once', async () => {
    const err = await failureOf(path.join(INVALID, 'multi-problem.invalid.yaml'));
    const kinds = new Set(err.problems.map((p) => p.message.match(/^(unknown key|'\w+' must be|'\w+' is '[^']*', which|role|vendors\[0\]|'[^']*' is not an IP)/)?.[1]));
    kinds.delete(undefined);
    expect(kinds.size).toBeGreaterThanOrEqual(4);
  });

  it('keeps a problem on one line when it quotes a key with a line break', () => {
    expect(() => validateStackText('stack.yaml', 'version: 1\npractice:\n  name: X\n  "web\\nsite": y\n')).toThrow(
      "stack.yaml:4:3: unknown key 'web\\nsite' — did you mean 'website'?",
    );
  });

  it('does not check waiver ids when no check ids are given', async () => {
    const text = readFileSync(path.join(INVALID, 'dangling-reference.invalid.yaml'), 'utf8');
    const err = (() => {
      try {
        validateStackText('stack.yaml', text);
        return undefined;
      } catch (e) {
        return e as InputError;
      }
    })();
    expect(err).toBeInstanceOf(InputError);
    expect(err!.problems).toHaveLength(5);
    expect(err!.problems.some((p) => p.message.startsWith('check '))).toBe(false);
  });
});

describe('loadStack on valid input', () => {
  it('loads the bundled glow-medspa stack with no problems', async () => {
    const loaded = await loadStack(GLOW, { knownCheckIds });
    expect(loaded.stack.practice.name).toBe('Glow Aesthetics Med Spa');
    expect(loaded.file).toBe(GLOW);
    expect(loaded.dir).toBe(path.dirname(GLOW));
    expect(loaded.sha256).toMatch(/^[0-9a-f]{64}$/);
    expect(stackDataProblems(loaded.stack, { knownCheckIds })).toEqual([]);
  });

  it('loads the compliant case-table base with no problems', async () => {
    const loaded = await loadStack(COMPLIANT, { knownCheckIds });
    expect(loaded.stack.practice.name).toBe('Clear Skin Studio');
    expect(stackDataProblems(loaded.stack, { knownCheckIds })).toEqual([]);
    expect(loaded.locate('/network/ip_allowlists/office/1')).toEqual({ line: 64, column: 30 });
  });

  it('loads a stack saved with a UTF-8 byte-order mark, with positions unchanged', async () => {
    const file = put(tmp, 'bom.valid.yaml', Buffer.from('\ufeffversion: 1\npractice:\n  name: Glow\n', 'utf8'));
    const loaded = await loadStack(file);
    expect(loaded.stack.practice.name).toBe('Glow');
    expect(loaded.locate('/practice/name')).toEqual({ line: 3, column: 9 });
  });

  it('reads dates and yes/no as text even under a %YAML 1.1 directive', async () => {
    const file = put(tmp, 'yaml11.yaml', Buffer.from('%YAML 1.1\n---\nversion: 1\npractice:\n  name: Glow\nofficers:\n  privacy: { name: Dana, appointed: 2025-03-01 }\n'));
    const loaded = await loadStack(file);
    expect(loaded.stack.officers?.privacy?.appointed).toBe('2025-03-01');
  });
});

describe('locate', () => {
  const at = (line: number, column: number) => ({ line, column });

  it.each([
    ['', at(3, 1)],
    ['/practice/name', at(6, 9)],
    ['/roles/owner/permissions/0', at(33, 19)],
    ['/staff/2', at(46, 5)],
    ['/staff/2/account', at(47, 14)],
    ['/vendors/0/baa/expires', at(64, 16)],
    ['/data_stores/0/encryption/at_rest', at(94, 28)],
    ['/network/ip_allowlists/office-networks/1', at(141, 9)],
    ['/waivers/0/check', at(220, 12)],
    ['/attestations/164.310(d)(2)(i)/answer', at(251, 13)],
    // Past the document: the deepest node that exists.
    ['/staff/99', at(36, 3)],
    ['/no-such-key', at(3, 1)],
  ])('glow-medspa %j is at %o', async (pointer, position) => {
    const loaded = await loadStack(GLOW, { knownCheckIds });
    expect(loaded.locate(pointer)).toEqual(position);
  });

  it('follows aliases into the anchored node', async () => {
    const file = put(
      tmp,
      'aliases.yaml',
      Buffer.from('version: 1\npractice:\n  name: Glow\nroles:\n  owner: &full\n    permissions: ["*"]\n  admin: *full\n'),
    );
    const loaded = await loadStack(file);
    expect(loaded.stack.roles?.admin?.permissions).toEqual(['*']);
    expect(loaded.locate('/roles/admin')).toEqual({ line: 7, column: 10 });
    expect(loaded.locate('/roles/admin/permissions/0')).toEqual({ line: 6, column: 19 });
  });
});

describe('stackDataProblems', () => {
  const valid = () => validateStackText(COMPLIANT, readFileSync(COMPLIANT, 'utf8'));

  it('finds nothing wrong in a valid stack', () => {
    expect(stackDataProblems(valid(), { knownCheckIds })).toEqual([]);
  });

  it('reports schema problems as pointer: message', () => {
    expect(stackDataProblems({ version: 2, practice: {} })).toEqual([
      "/practice: 'practice' is missing the required key 'name' — add it",
      "/version: stack format version 2 is not supported — this hipaa-hero reads version 1; write 'version: 1'",
    ]);
  });

  it('names every missing key of one mapping in one line', () => {
    expect(stackDataProblems({ version: 1, practice: { name: 'Glow' }, vendors: [{ service: 'Email' }] })).toEqual([
      "/vendors/0: vendors[0] is missing the required keys 'name' and 'phi' — add them",
    ]);
  });

  it('reports a top level that is not a mapping', () => {
    expect(stackDataProblems(null)).toEqual(['/: the file must be a mapping of keys (version, practice, ...), found nothing (an empty value) — start from the bundled example']);
    expect(stackDataProblems([])).toEqual(['/: the file must be a mapping of keys (version, practice, ...), found a list — start from the bundled example']);
  });

  it('reports schema and reference problems together', () => {
    const stack = valid() as unknown as Record<string, unknown>;
    stack.staff = [
      { name: 'Ben Cho', account: 'bcho', role: 'ghost', mfa: 'yes' },
      { name: 'Ben Cho again', account: 'bcho', role: 'admin' },
    ];
    stack.waivers = [{ check: 'no.such-check', subject: 'x', reason: 'y', approved_by: 'z', expires: '2027-02-29' }];
    expect(stackDataProblems(stack, { knownCheckIds })).toEqual([
      "/staff/0/mfa: 'mfa' must be true or false, found 'yes' — write true or false (yes/no and on/off are text in YAML 1.2)",
      "/waivers/0/expires: 'expires' is '2027-02-29', which is not a real calendar date — check the month and the day",
      "/staff/1/account: duplicate staff account 'bcho' (also staff[0]) — give each staff account its own name, or merge the two entries",
      "/staff/0/role: role 'ghost' is not defined in `roles` — use one of: clinician, admin",
      "/waivers/0/check: check 'no.such-check' is not defined in the check catalog (`hipaa-hero checks`) — use one of: encryption.at-rest",
    ]);
  });

  it('does not crash on sections of the wrong type', () => {
    const stack = { version: 1, practice: { name: 'Glow' }, staff: 'everyone', roles: [], data_stores: [null, 3, { name: 'PC', type: 'workstation', phi: true, access: 'all' }], network: { ip_allowlists: { office: 'any' } } };
    const problems = stackDataProblems(stack);
    expect(problems).toEqual([
      "/roles: 'roles' must be a mapping of keys to values, found a list — write a mapping of keys to values",
      "/staff: 'staff' must be a list, found 'everyone' — write a list, e.g. [everyone] or one '- item' per line",
      "/data_stores/0: data_stores[0] must be a mapping of keys to values, found nothing (an empty value) — write a mapping of keys to values, or remove the empty '-' entry",
      "/data_stores/1: data_stores[1] must be a mapping of keys to values, found 3 — write a mapping of keys to values",
      "/data_stores/2/access: 'access' must be a mapping of keys to values, found 'all' — write a mapping of keys to values",
      "/network/ip_allowlists/office: 'office' must be a list, found 'any' — write a list, e.g. [any] or one '- item' per line",
    ]);
  });
});

describe('isCidr', () => {
  it.each(['203.0.113.0/24', '203.0.113.10', '0.0.0.0/0', '198.51.100.0/29', '2001:db8::/48', '::1', '2001:db8:10::/56', '::ffff:203.0.113.1'])(
    'accepts %s',
    (value) => expect(isCidr(value)).toBe(true),
  );
  it.each(['10', '10.1', '10.1.2', '0x0a.0.0.1', '010.0.0.1', '300.1.1.1', '1.2.3.4/33', '1.2.3.4/', '1.2.3.4/024', '1.2.3.4/2/4', '1.2.3.4/ 24', '::/129', '2001:db8:::1', 'fe80::1%eth0', 'office wifi', ''])(
    'rejects %j',
    (value) => expect(isCidr(value)).toBe(false),
  );
});
