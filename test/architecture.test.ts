// The shape of src/: no import cycles between modules, and no import from a lower layer up into a
// higher one. The imports are read with the TypeScript compiler's own pre-processor
// (`ts.preProcessFile`), so this needs no dependency besides `typescript`.
//
// What counts as an import: every static `import` / `export … from`, every `import()` expression,
// and type-only imports (`import type`, `export type … from`) as well. Type-only imports are erased
// at run time, but they still tie one module's meaning to another's, and a "types only" cycle is how
// real cycles start (the old run.ts ↔ reconcile.ts cycle was type-only), so both checks count them.
// Only relative specifiers inside src/ are followed: packages, node: builtins and the checks/ folder
// beside src/ are outside the graph. A specifier ending in `.js` resolves to the `.ts` beside it;
// build outputs (`*.generated.js`, JSON data) are leaves and need not exist.
//
// Layers, top to bottom: a module may import its own layer and any layer below it, never one above.
// A src/ file's layer is that of its top-level folder (src/engine/run.ts → `engine`) or, for a file
// directly in src/, of its name (src/audit.ts → `audit`). Every top-level entry must be placed.
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import ts from 'typescript';
import { afterAll, describe, expect, it } from 'vitest';

const SRC = path.resolve(import.meta.dirname, '..', 'src');

/**
 * The layer order of src/, top first. Derived from the imports as they are (folder → folder edges),
 * following the order (cli → audit/portfolio/due/history/attest/init → report/checks →
 * grade/engine → gather → stack → hipaa/knowledge → errors/fs-safe/etc.), split where the code
 * already has a direction (portfolio uses due and history; due uses audit; attest uses init; report
 * uses grade; grade uses engine).
 */
const LAYERS: ReadonlyArray<readonly string[]> = [
  ['cli', 'index'],
  ['portfolio'],
  ['due', 'history', 'attest'],
  ['audit', 'init'],
  // load-checks loads checks/ (outside src/), which the issue places beside report.
  ['report', 'load-checks'],
  ['grade'],
  ['engine'],
  ['gather'],
  // Below gather and above stack, not beside hipaa as the issue sketches it: the vendor hints
  // (knowledge/hints.ts) are keyed by the stack's Vendor type, and nothing in stack/ needs knowledge/.
  ['knowledge'],
  ['stack'],
  // Self-contained domains over the base utilities: the HIPAA catalog, and report signing (used by cli only).
  ['hipaa', 'sign'],
  ['errors', 'fs-safe', 'redact', 'shell-quote', 'version', 'write-file', 'days', 'types'],
];

/** Upward imports that are allowed, each with why. Keyed `from → to`, paths relative to src/. */
const EXCEPTIONS: ReadonlyMap<string, string> = new Map([
  ['gather/page-visit.ts → report/chromium.ts', 'finding and running Chromium lives with the PDF printer that first needed it; the page visit drives the same browser'],
  ['history/command.ts → cli/io.ts', 'history/command.ts is the `history` CLI subcommand: it writes through the CLI\'s stdout/stderr helpers'],
  ['history/command.ts → cli/run.ts', 'history/command.ts is the `history` CLI subcommand: it returns the CLI\'s exit codes'],
  ['portfolio/command.ts → cli/io.ts', 'portfolio/command.ts is the `portfolio` CLI subcommand: it writes through the CLI\'s stdout/stderr helpers'],
  ['portfolio/command.ts → cli/run.ts', 'portfolio/command.ts is the `portfolio` CLI subcommand: it returns the CLI\'s exit codes'],
  ['portfolio/command.ts → cli/shared.ts', 'portfolio/command.ts is the `portfolio` CLI subcommand: it shares the audit command\'s probe flags and session'],
]);

// ---------------------------------------------------------------------------------------------
// The analysis: plain functions over a folder, so that the last tests can run them on a made-up one.

interface Graph {
  /** Every .ts file, relative to the root, '/'-separated, sorted. */
  files: string[];
  /** file → the files it imports (deduplicated, in source order). */
  edges: Map<string, string[]>;
  /** Relative specifiers inside the root that resolve to no file. */
  unresolved: string[];
}

function listTs(root: string, dir = ''): string[] {
  const out: string[] = [];
  for (const entry of readdirSync(path.join(root, dir), { withFileTypes: true })) {
    const rel = dir ? `${dir}/${entry.name}` : entry.name;
    if (entry.isDirectory()) out.push(...listTs(root, rel));
    else if (entry.name.endsWith('.ts')) out.push(rel);
  }
  return out.sort();
}

function readGraph(root: string): Graph {
  const files = listTs(root);
  const known = new Set(files);
  const edges = new Map<string, string[]>();
  const unresolved: string[] = [];
  for (const file of files) {
    const targets: string[] = [];
    const { importedFiles } = ts.preProcessFile(readFileSync(path.join(root, file), 'utf8'), true, true);
    for (const { fileName: spec } of importedFiles) {
      if (!spec.startsWith('.')) continue;
      const joined = path.posix.normalize(path.posix.join(path.posix.dirname(file), spec));
      if (joined.startsWith('..')) continue; // outside the root (checks/, package files)
      const candidates = [joined.replace(/\.js$/, '.ts'), `${joined}.ts`, `${joined}/index.ts`];
      const target = candidates.find((c) => known.has(c));
      if (target !== undefined) {
        if (!targets.includes(target)) targets.push(target);
      } else if (!/\.generated\.js$|\.json$/.test(joined) && !existsSync(path.join(root, joined))) {
        unresolved.push(`${file} → ${spec}`);
      }
    }
    edges.set(file, targets);
  }
  return { files, edges, unresolved };
}

/** Tarjan's strongly connected components; those of more than one file (or a file importing itself). */
function cyclicComponents(graph: Graph): string[][] {
  let next = 0;
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const found: string[][] = [];
  const visit = (v: string): void => {
    index.set(v, next);
    low.set(v, next);
    next++;
    stack.push(v);
    onStack.add(v);
    for (const w of graph.edges.get(v) ?? []) {
      if (!index.has(w)) {
        visit(w);
        low.set(v, Math.min(low.get(v)!, low.get(w)!));
      } else if (onStack.has(w)) {
        low.set(v, Math.min(low.get(v)!, index.get(w)!));
      }
    }
    if (low.get(v) === index.get(v)) {
      const component: string[] = [];
      let w: string;
      do {
        w = stack.pop()!;
        onStack.delete(w);
        component.push(w);
      } while (w !== v);
      if (component.length > 1 || (graph.edges.get(v) ?? []).includes(v)) found.push(component.sort());
    }
  };
  for (const f of graph.files) if (!index.has(f)) visit(f);
  return found;
}

/** One cycle through a component, as a readable path: a.ts → b.ts → a.ts (shortest, from its first file). */
function cyclePath(graph: Graph, component: readonly string[]): string {
  const inside = new Set(component);
  const start = component[0]!;
  const cameFrom = new Map<string, string>();
  const queue = [start];
  while (queue.length > 0) {
    const v = queue.shift()!;
    for (const w of graph.edges.get(v) ?? []) {
      if (!inside.has(w)) continue;
      if (w === start) {
        const route = [start];
        for (let at: string | undefined = v; at !== undefined && at !== start; at = cameFrom.get(at)) route.splice(1, 0, at);
        return [...route, start].join(' → ');
      }
      if (!cameFrom.has(w)) {
        cameFrom.set(w, v);
        queue.push(w);
      }
    }
  }
  return component.join(', ');
}

function findCycles(graph: Graph): string[] {
  return cyclicComponents(graph).map((c) => `${cyclePath(graph, c)}  (component: ${c.join(', ')})`);
}

const layerName = (file: string): string => (file.includes('/') ? file.slice(0, file.indexOf('/')) : file.replace(/(\.d)?\.ts$/, ''));

/** Imports that go up the layers, and files whose top-level entry has no layer. */
function findUpwardImports(graph: Graph, layers: ReadonlyArray<readonly string[]>, exceptions: ReadonlyMap<string, string>) {
  const rank = new Map<string, number>();
  layers.forEach((names, i) => names.forEach((n) => rank.set(n, i)));
  const unplaced = new Set<string>();
  const upward: string[] = [];
  const excused = new Set<string>();
  for (const file of graph.files) {
    const from = layerName(file);
    if (!rank.has(from)) unplaced.add(from);
    for (const target of graph.edges.get(file) ?? []) {
      const to = layerName(target);
      if (!rank.has(from) || !rank.has(to) || rank.get(to)! >= rank.get(from)!) continue;
      const key = `${file} → ${target}`;
      if (exceptions.has(key)) excused.add(key);
      else upward.push(`src/${file} → src/${target}: ${from} (layer ${rank.get(from)! + 1}) may not import ${to} (layer ${rank.get(to)! + 1})`);
    }
  }
  const stale = [...exceptions.keys()].filter((k) => !excused.has(k)).map((k) => `${k}: no longer an upward import; remove the exception`);
  return { upward, unplaced: [...unplaced].sort(), stale };
}

// ---------------------------------------------------------------------------------------------

describe('architecture of src/', () => {
  const graph = readGraph(SRC);

  it('reads the import graph (every relative import resolves)', () => {
    expect(graph.files.length).toBeGreaterThan(100);
    expect(graph.unresolved).toEqual([]);
    // Both static imports and import() expressions are edges.
    expect(graph.edges.get('report/render.ts')).toContain('report/markdown.ts');
  });

  it('has no import cycles', () => {
    expect(findCycles(graph), 'import cycles (break each by moving what both sides need into a module of its own)').toEqual([]);
  });

  it('places every top-level entry of src/ in a layer, once', () => {
    const all = LAYERS.flat();
    expect(all.length, 'a name listed in two layers').toBe(new Set(all).size);
    expect(findUpwardImports(graph, LAYERS, EXCEPTIONS).unplaced, 'top-level entries of src/ missing from LAYERS').toEqual([]);
  });

  it('imports only down the layers (or within one)', () => {
    const { upward, stale } = findUpwardImports(graph, LAYERS, EXCEPTIONS);
    expect(upward, 'upward imports (move the shared code down, or pass a function in)').toEqual([]);
    expect(stale, 'exceptions that no longer apply').toEqual([]);
  });

  describe('the analysis itself, on a made-up src/', () => {
    const root = mkdtempSync(path.join(tmpdir(), 'hipaa-hero-architecture-'));
    afterAll(() => rmSync(root, { recursive: true, force: true }));
    const write = (file: string, text: string) => {
      mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
      writeFileSync(path.join(root, file), text);
    };
    write('top/a.ts', "import { b } from './b.js';\nexport const a = b;\n");
    write('top/b.ts', "export const b = 1;\nexport const later = () => import('./c.js');\n");
    write('top/c.ts', "import type { A } from './a.js';\nimport { low } from '../low/low.js';\nexport type C = A;\nexport { low };\n");
    write('low/low.ts', "import { a } from '../top/a.js';\nexport const low = a;\n");
    write('low/alone.ts', "import data from './data.generated.json';\nexport default data;\n");
    write('low/self.ts', "import { self } from './self.js';\nexport const again = self;\nexport const self = 1;\n");
    const made = readGraph(root);

    it('finds a cycle made of a static import, an import() and a type-only import, as a path', () => {
      const cycles = findCycles(made);
      expect(cycles).toHaveLength(2);
      expect(cycles).toContain('low/low.ts → top/a.ts → top/b.ts → top/c.ts → low/low.ts  (component: low/low.ts, top/a.ts, top/b.ts, top/c.ts)');
      expect(cycles).toContain('low/self.ts → low/self.ts  (component: low/self.ts)');
    });

    it('finds an upward import and names both files', () => {
      const found = findUpwardImports(made, [['top'], ['low']], new Map());
      expect(found.upward).toEqual(['src/low/low.ts → src/top/a.ts: low (layer 2) may not import top (layer 1)']);
      const excused = findUpwardImports(made, [['top'], ['low']], new Map([['low/low.ts → top/a.ts', 'test'], ['top/a.ts → low/x.ts', 'stale']]));
      expect(excused.upward).toEqual([]);
      expect(excused.stale).toEqual(['top/a.ts → low/x.ts: no longer an upward import; remove the exception']);
      expect(findUpwardImports(made, [['top']], new Map()).unplaced).toEqual(['low']);
    });
  });
});
