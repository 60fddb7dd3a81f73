// The fast path (js-yaml events) and the careful path (the yaml library) must read every valid stack
// file the same way: the same data, and every node at the same line and column.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { fastParse } from '../src/stack/fast-parse.js';
import { parseCarefully } from '../src/stack/yaml-parse.js';
import { toPointer } from '../src/stack/positions.js';
// @ts-expect-error -- a plain ES module script without types
import { generateStack } from '../scripts/gen-stack.mjs';

const fixture = (p: string) => readFileSync(fileURLToPath(new URL(`../fixtures/${p}`, import.meta.url)), 'utf8');

function pointers(value: unknown, at = ''): string[] {
  const here = [at];
  if (Array.isArray(value)) return here.concat(value.flatMap((v, i) => pointers(v, `${at}${toPointer(i)}`)));
  if (value !== null && typeof value === 'object') {
    return here.concat(Object.entries(value).flatMap(([k, v]) => pointers(v, `${at}${toPointer(k)}`)));
  }
  return here;
}

const samples: Array<[string, string]> = [
  ['the bundled example', fixture('glow-medspa/stack.yaml')],
  ['the compliant fixture', fixture('stacks/compliant.pass.yaml')],
  ['a generated stack', generateStack(1) as string],
  [
    'quoting, flow collections, empty values, comments and odd keys',
    [
      '# comment',
      'version: 1',
      "practice: { name: 'Quote ''n'' Co', website: \"https://x.example\" }",
      'roles:',
      '  "a/b~c": {permissions: ["*"]}',
      '  empty:',
      '    permissions: []',
      'staff:',
      '  - name: "Lee"   # trailing comment',
      '    account: lee',
      '    role: "a/b~c"',
      '    trained:',
      'policies:',
      '  - name: >-',
      '      Folded',
      '      name',
      '    covers: [use]',
      '  - name: |+ # literal, kept',
      '',
      '      Two',
      '      lines',
      '',
      '    covers:',
      '      - "use"',
      '      - disclosure',
      '',
    ].join('\n'),
  ],
  ['Windows line endings', 'version: 1\r\npractice:\r\n  name: CRLF Spa\r\n  locations: [A, B]\r\nroles:\r\n  x:\r\n    permissions: []\r\n'],
];

describe('fast and careful parsing agree', () => {
  it.each(samples)('%s', (_name, text) => {
    const fast = fastParse(text);
    expect(fast, 'the fast path reads it').toBeDefined();
    const careful = parseCarefully('x.yaml', text, {});
    expect(fast!.data).toEqual(careful.data);
    const all = pointers(careful.data);
    expect(all.length).toBeGreaterThan(5);
    for (const p of all) expect([p, fast!.locate(p)]).toEqual([p, careful.locate(p)]);
    // A pointer past the document resolves to its deepest existing node on both paths.
    expect(fast!.locate('/staff/999/name')).toEqual(careful.locate('/staff/999/name'));
  });

  it('leaves tags, aliases, duplicate keys, several documents and syntax errors to the careful path', () => {
    for (const text of ['a: !secret x\n', 'a: &x 1\nb: *x\n', 'a: 1\na: 2\n', 'a: 1\n---\nb: 2\n', 'a: [1\n', '# nothing\n', '']) {
      expect(fastParse(text), JSON.stringify(text)).toBeUndefined();
    }
  });
});
