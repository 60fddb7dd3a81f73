// Mis-indented stack files, through the built CLI: one line at the mis-indented key or `- `, saying
// in plain words what does not line up with what, and where to move it (exit 2, no stack trace).
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { execa } from 'execa';
import { beforeAll, describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('..', import.meta.url));
const bin = path.join(root, 'bin/hipaa-hero.js');
let dir: string;
beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'hh-yaml-messages-'));
});

async function run(command: 'validate' | 'audit', name: string, text: string) {
  writeFileSync(path.join(dir, name), text);
  const args = command === 'audit' ? ['audit', name, '--offline'] : ['validate', name];
  return execa(process.execPath, [bin, ...args], { cwd: dir, reject: false, env: { NO_COLOR: '1' } });
}

interface Case {
  name: string;
  text: string;
  /** The whole of stderr: one line (execa drops the final newline). */
  line: string;
}

const cases: Case[] = [
  {
    name: 'a key of a list item indented one column less than the key after the -',
    text: 'version: 1\nvendors:\n  - name: a\n   phi: true\n',
    line:
      'bad.yaml:4:4: YAML syntax error: `phi` is indented less than `name` above it in the same list item (column 4; `name` is at column 5): ' +
      'the keys of one list item must line up — indent `phi` to column 5, under `name`; or start a new list item with `- ` at column 3',
  },
  {
    name: 'a key of a list item back at the column of the -',
    text: 'version: 1\nvendors:\n  - name: a\n    service: x\n  phi: true\n',
    line:
      'bad.yaml:5:3: YAML syntax error: `phi` is indented less than `service` above it in the same list item (column 3; `service` is at column 5): ' +
      'the keys of one list item must line up — indent `phi` to column 5, under `service`; or start a new list item with `- ` at column 3',
  },
  {
    name: 'a key of a list item indented more than the key after the -',
    text: 'version: 1\nvendors:\n  - name: a\n     phi: true\n',
    line:
      "bad.yaml:4:6: YAML syntax error: `phi` is indented more than `name` above it in the same list item (column 6; `name` is at column 5), so it reads as part of `name`'s value: " +
      'the keys of one list item must line up — indent `phi` to column 5, under `name`',
  },
  {
    name: 'a key of a mapping indented more than the key above it',
    text: 'version: 1\npractice:\n  name: Glow\n    city: Austin\n',
    line:
      "bad.yaml:4:5: YAML syntax error: `city` is indented more than `name` above it in the same mapping (column 5; `name` is at column 3), so it reads as part of `name`'s value: " +
      'the keys of one mapping must line up — indent `city` to column 3, under `name`',
  },
  {
    name: 'the same, with a comment after the value above',
    text: 'version: 1\npractice:\n  name: Glow # the trading name\n    city: Austin\n',
    line:
      "bad.yaml:4:5: YAML syntax error: `city` is indented more than `name` above it in the same mapping (column 5; `name` is at column 3), so it reads as part of `name`'s value: " +
      'the keys of one mapping must line up — indent `city` to column 3, under `name`',
  },
  {
    name: 'a top-level key indented',
    text: 'version: 1\n  practice:\n    name: Glow\n',
    line:
      "bad.yaml:2:3: YAML syntax error: `practice` is indented more than `version` above it in the same mapping (column 3; `version` is at column 1), so it reads as part of `version`'s value: " +
      'the keys of one mapping must line up — indent `practice` to column 1, under `version`',
  },
  {
    name: 'a key of a mapping indented less than the keys above it',
    text: 'version: 1\npractice:\n    name: Glow\n  city: Austin\n',
    line:
      'bad.yaml:4:3: YAML syntax error: `city` is indented less than `name` above it in the same mapping (column 3; `name` is at column 5): ' +
      'the keys of one mapping must line up — indent `city` to column 5, under `name`; or, if it is not part of `practice`, to column 1, under `practice`',
  },
  {
    name: 'a key between two levels of nesting is meant for the outer one',
    text: 'version: 1\npractice:\n  address:\n    street: 1 Main St\n city: Austin\n',
    line:
      'bad.yaml:5:2: YAML syntax error: `city` is indented less than `address` above it in the same mapping (column 2; `address` is at column 3): ' +
      'the keys of one mapping must line up — indent `city` to column 3, under `address`; or, if it is not part of `practice`, to column 1, under `practice`',
  },
  {
    name: 'a key of a list item in a nested list',
    text: 'version: 1\nvendors:\n  - name: a\n    contacts:\n      - name: b\n       role: c\n',
    line:
      'bad.yaml:6:8: YAML syntax error: `role` is indented less than `name` above it in the same list item (column 8; `name` is at column 9): ' +
      'the keys of one list item must line up — indent `role` to column 9, under `name`; or start a new list item with `- ` at column 7',
  },
  {
    name: 'a blank line and a comment between the item and the mis-indented key',
    text: 'version: 1\nvendors:\n  - name: a  # first\n\n   # PHI?\n   phi: true\n',
    line:
      'bad.yaml:6:4: YAML syntax error: `phi` is indented less than `name` above it in the same list item (column 4; `name` is at column 5): ' +
      'the keys of one list item must line up — indent `phi` to column 5, under `name`; or start a new list item with `- ` at column 3',
  },
  {
    name: 'Windows line ends',
    text: 'version: 1\r\nvendors:\r\n  - name: a\r\n   phi: true\r\n',
    line:
      'bad.yaml:4:4: YAML syntax error: `phi` is indented less than `name` above it in the same list item (column 4; `name` is at column 5): ' +
      'the keys of one list item must line up — indent `phi` to column 5, under `name`; or start a new list item with `- ` at column 3',
  },
  {
    name: 'a list item indented less than the items above it',
    text: 'version: 1\nvendors:\n  - a\n - b\n',
    line:
      'bad.yaml:4:2: YAML syntax error: this list item is indented less than the items above it in the same list (its - is at column 2; theirs at column 3): ' +
      'the items of one list must line up — put its - at column 3',
  },
  {
    name: 'a list item indented more than the items above it',
    text: 'version: 1\nvendors:\n- name: a\n  phi: true\n - name: b\n',
    line:
      'bad.yaml:5:2: YAML syntax error: this list item is indented more than the items above it in the same list (its - is at column 2; theirs at column 1): ' +
      'the items of one list must line up — put its - at column 1',
  },
  {
    name: 'an item of the outer list after a nested list',
    text: 'version: 1\nvendors:\n  - name: a\n    contacts:\n      - b\n - name: c\n',
    line:
      'bad.yaml:6:2: YAML syntax error: this list item is indented less than the items above it in the same list (its - is at column 2; theirs at column 3): ' +
      'the items of one list must line up — put its - at column 3',
  },
  {
    name: 'text in a block scalar that looks like a key is text, not a key to line up with',
    text: 'version: 1\npractice:\n  name: Glow\n  notes: |\n    Front desk: call back\n city: Austin\n',
    line:
      'bad.yaml:6:2: YAML syntax error: `city` is indented less than `notes` above it in the same mapping (column 2; `notes` is at column 3): ' +
      'the keys of one mapping must line up — indent `city` to column 3, under `notes`; or, if it is not part of `practice`, to column 1, under `practice`',
  },
  {
    name: 'a key indented into the end of a folded block scalar with a blank line in it',
    text: 'version: 1\npractice:\n  name: Glow\n  notes: >-\n    Front desk: call back\n\n    Second: paragraph\n   city: Austin\n',
    line:
      "bad.yaml:8:4: YAML syntax error: `city` is indented more than `notes` above it in the same mapping (column 4; `notes` is at column 3), so it reads as part of `notes`'s value: " +
      'the keys of one mapping must line up — indent `city` to column 3, under `notes`',
  },
  {
    name: 'a value holding ": " on one line is not an indentation problem',
    text: 'version: 1\npractice:\n  name: Glow: Austin\n',
    line: 'bad.yaml:3:9: YAML syntax error: a value contains another key: value — put nested keys on their own lines, indented, or quote the value',
  },
];

describe('hipaa-hero validate: mis-indented YAML', () => {
  it.each(cases.map((c) => [c.name, c] as const))('%s', async (_name, c) => {
    const r = await run('validate', 'bad.yaml', c.text);
    expect(r.exitCode).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe(c.line);
    expect(r.stderr).not.toMatch(/missing character|sequence item without|compact mappings/i);
  });
});

describe('hipaa-hero audit: mis-indented YAML', () => {
  it('says the same as validate, before any work', async () => {
    const r = await run('audit', 'bad2.yaml', 'version: 1\nvendors:\n  - name: a\n   phi: true\n');
    expect(r.exitCode).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe(
      'bad2.yaml:4:4: YAML syntax error: `phi` is indented less than `name` above it in the same list item (column 4; `name` is at column 5): ' +
        'the keys of one list item must line up — indent `phi` to column 5, under `name`; or start a new list item with `- ` at column 3',
    );
  });

  it('reads a file with very long lines in linear time: a 300,000-character line is no slower to explain', async () => {
    const long = 'x' + ' \t'.repeat(150_000) + 'y';
    const started = Date.now();
    const r = await run('audit', 'long.yaml', `version: 1\nvendors:\n  - name: a\n   phi: true\n# ${long}\nnotes_${long}\n`);
    expect(r.exitCode).toBe(2);
    expect(r.stderr.split('\n')[0]).toMatch(/^long\.yaml:4:4: YAML syntax error: `phi` is indented less than `name`/);
    expect(Date.now() - started).toBeLessThan(5000);
  });

  it('reports a mis-indented key and an unrelated syntax error each once, in line order', async () => {
    const r = await run('audit', 'two.yaml', 'version: 1\npractice:\n    name: Glow\n  city: Austin\nvendors:\n  - name: "Unclosed\n');
    expect(r.exitCode).toBe(2);
    const lines = r.stderr.trimEnd().split('\n');
    expect(lines).toHaveLength(2);
    expect(lines[0]).toMatch(/^two\.yaml:4:3: YAML syntax error: `city` is indented less than `name` above it in the same mapping/);
    expect(lines[1]).toMatch(/^two\.yaml:6:11: YAML syntax error: this quoted text has no closing " — add the closing quote$/);
  });
});
