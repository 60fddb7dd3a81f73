// The portfolio's parts, in-process: slugs, which files a folder gives, the index rows (gate,
// failures, top findings) from a real report, the index renderings with hostile names, and --out.
import { mkdirSync, mkdtempSync, readFileSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { UsageError } from '../src/errors.js';
import { discoverStacks, factsBeside, looksLikeStack } from '../src/portfolio/discover.js';
import { buildIndex, gateOf, summarize, type PortfolioIndex } from '../src/portfolio/model.js';
import { renderIndexHtml } from '../src/portfolio/render-html.js';
import { renderIndexMarkdown, renderIndexText } from '../src/portfolio/render.js';
import { slugify, slugMaker } from '../src/portfolio/slug.js';
import { openPortfolio } from '../src/portfolio/write.js';
import type { Report } from '../src/report/schema.js';
import { exampleReport } from './helpers/example-report.js';

const tmp = () => mkdtempSync(path.join(tmpdir(), 'hh-portfolio-'));
const STACK = 'version: 1\npractice:\n  name: X\n';

describe('slugs', () => {
  it('makes file-safe names from practice names', () => {
    expect(slugify('Glow Aesthetics Med Spa')).toBe('glow-aesthetics-med-spa');
    expect(slugify('Clínica Bélla & Co.')).toBe('clinica-bella-co');
    expect(slugify('../../etc/passwd')).toBe('etc-passwd');
    expect(slugify('診療所')).toBe('practice');
    expect(slugify('a'.repeat(200))).toHaveLength(60);
  });

  it('keeps each unique, in call order, and never "index"', () => {
    const next = slugMaker();
    expect(['Glow Spa', 'Glow  Spa!', 'Index', 'Glow Spa'].map(next)).toEqual(['glow-spa', 'glow-spa-2', 'index-2', 'glow-spa-3']);
  });
});

describe('discovering stack files', () => {
  it('takes the stack files of a folder in name order, not sub-folders, links or other YAML', async () => {
    const dir = tmp();
    const outside = tmp();
    writeFileSync(path.join(dir, 'b.yaml'), STACK);
    writeFileSync(path.join(dir, 'a.yml'), `# a comment\n${STACK}`);
    writeFileSync(path.join(dir, 'config.yaml'), 'foo: 1\n');
    writeFileSync(path.join(dir, 'notes.txt'), STACK);
    mkdirSync(path.join(dir, 'sub'));
    writeFileSync(path.join(dir, 'sub', 'c.yaml'), STACK);
    writeFileSync(path.join(outside, 'secret.yaml'), STACK);
    symlinkSync(path.join(outside, 'secret.yaml'), path.join(dir, 'link.yaml'));
    const found = await discoverStacks([dir]);
    expect(found.files).toEqual([path.join(dir, 'a.yml'), path.join(dir, 'b.yaml')]);
    expect(found.skipped).toEqual([path.join(dir, 'config.yaml')]);
  });

  it('always takes a file named on the command line (a broken one is then listed), each file once', async () => {
    const dir = tmp();
    writeFileSync(path.join(dir, 'a.yaml'), STACK);
    const missing = path.join(dir, 'missing.yaml');
    const found = await discoverStacks([path.join(dir, 'a.yaml'), dir, missing]);
    expect(found.files).toEqual([path.join(dir, 'a.yaml'), missing]);
  });

  it('refuses a run with no stack file at all', async () => {
    const dir = tmp();
    writeFileSync(path.join(dir, 'config.yaml'), 'foo: 1\n');
    await expect(discoverStacks([dir])).rejects.toThrow(UsageError);
  });

  it('knows a stack file by its top-level keys, and where its saved facts are', () => {
    expect(looksLikeStack(STACK)).toBe(true);
    expect(looksLikeStack('practice:\n  version: 1\n')).toBe(false);
    expect(factsBeside('/s/clinic.yaml')).toBe('/s/clinic.facts.json');
    expect(factsBeside('/s/clinic.YML')).toBe('/s/clinic.facts.json');
  });
});

describe('index rows', () => {
  let report: Report;
  beforeAll(async () => {
    report = await exampleReport();
  });

  it('counts failures by severity and keeps the 3 most severe', () => {
    const row = summarize(report, { stack: 'glow.yaml', slug: 'glow' }, { failOn: 'none', failUnder: null }, null);
    const fails = report.results.filter((r) => r.status === 'fail');
    expect(Object.values(row.failures).reduce((a, b) => a + b, 0)).toBe(fails.length);
    expect(row.failures.critical).toBe(fails.filter((r) => r.severity === 'critical').length);
    expect(row.top).toHaveLength(3);
    expect(row.top.every((t) => t.severity === 'critical')).toBe(true);
    expect(row.reports).toEqual({ json: 'glow/report.json', html: 'glow/report.html', markdown: 'glow/report.md' });
    expect(row.due).toBeNull();
  });

  it("gates as audit does: the report's own gate for the same --fail-on and --fail-under", () => {
    for (const failOn of ['critical', 'high', 'medium', 'low', 'none'] as const) {
      expect(gateOf(report, failOn, null).passed).toBe(failOn === 'none');
    }
    expect(gateOf(report, 'none', 90)).toEqual({ passed: false, reasons: [`score ${report.score.value} is under 90`] });
    expect(gateOf(report, report.gate.failOn as 'none', report.gate.failUnder)).toEqual({ passed: report.gate.passed, reasons: report.gate.reasons });
  });
});

describe('index renderings', () => {
  const hostile = '<script>alert(1)</script> | [x](javascript:1) \u001b[31m';
  const index = (): PortfolioIndex =>
    buildIndex({
      source: 'audit',
      generatedAt: new Date('2026-11-28T00:00:00Z'),
      gate: { failOn: 'high', failUnder: null },
      practices: [
        {
          practice: hostile,
          stack: 'stacks/evil.yaml',
          slug: 'script',
          reports: { json: 'script/report.json', html: 'script/report.html', markdown: 'script/report.md' },
          auditDate: '2026-11-28',
          score: 50,
          grade: 'F',
          gate: { passed: false, reasons: ['1 failed result(s) of severity high or higher'] },
          failures: { critical: 0, high: 1, medium: 0, low: 0 },
          top: [{ checkId: 'a.b', severity: 'high', title: 'T', subject: hostile, message: 'm' }],
          due: [],
          trend: null,
        },
      ],
      unreadable: [{ file: 'bad.yaml', error: 'bad.yaml:1:1: <b>oops</b>' }],
      notes: [],
    });

  it('escapes names in HTML, and the page loads nothing', () => {
    const html = renderIndexHtml(index());
    expect(html).not.toContain('<script>');
    expect(html).not.toContain('<b>oops');
    expect(html).toContain('&lt;script&gt;');
    expect(html).toContain("default-src 'none'");
    expect(html).toContain('href="script/report.html"');
  });

  it('keeps Markdown table rows whole and the text free of control characters', () => {
    const md = renderIndexMarkdown(index());
    const row = md.split('\n').find((l) => l.startsWith('| [&lt;script'))!;
    expect(row.split(/(?<!\\)\|/).length).toBe(10);
    // Without history there is no trend column at all.
    expect(md).not.toContain('| Trend |');
    expect(md).not.toContain('<script>');
    const text = renderIndexText(index());
    expect(text).not.toContain('\u001b');
    expect(text).toMatch(/FAIL\n/);
    expect(text).toContain('nothing within 90 days');
    expect(text).toContain('bad.yaml:1:1: <b>oops</b>');
  });
});

describe('the trend column', () => {
  const withTrend = (trends: Array<PortfolioIndex['practices'][number]['trend']>): PortfolioIndex =>
    buildIndex({
      source: 'audit',
      generatedAt: new Date('2026-11-28T00:00:00Z'),
      gate: { failOn: 'none', failUnder: null },
      practices: trends.map((trend, i) => ({
        practice: `Practice ${i}`,
        stack: `p${i}.yaml`,
        slug: `p${i}`,
        reports: { json: `p${i}/report.json`, html: `p${i}/report.html`, markdown: `p${i}/report.md` },
        auditDate: '2026-11-28',
        score: 80,
        grade: 'B',
        gate: { passed: true, reasons: [] },
        failures: { critical: 0, high: 0, medium: 0, low: 0 },
        top: [],
        due: [],
        trend,
      })),
      unreadable: [],
      notes: [],
    });

  it('says the change since the previous run, a first run, or nothing without history, in every format', () => {
    const index = withTrend([
      { runs: 3, previous: { date: '2026-06-01', score: 74.5, grade: 'C' }, change: 5.5 },
      { runs: 2, previous: { date: '2026-05-01', score: 82, grade: 'B' }, change: -2 },
      { runs: 1, previous: null, change: null },
      null,
    ]);
    const text = renderIndexText(index);
    expect(text).toMatch(/Gate {2}Trend\n/);
    expect(text).toMatch(/Practice 0 .* - {5}\+5\.5 since 2026-06-01\n/);
    expect(text).toMatch(/Practice 1 .* -2\.0 since 2026-05-01\n/);
    expect(text).toMatch(/Practice 2 .* first run\n/);
    expect(text).toMatch(/Practice 3 .* - {5}-\n/);
    const md = renderIndexMarkdown(index);
    expect(md).toContain('| Practice | Stack file | Score | Grade | Trend |');
    expect(md).toMatch(/\| 80\.0 \| B \| \+5\.5 since 2026-06-01 \|/);
    const html = renderIndexHtml(index);
    expect(html).toContain('<th>Trend</th>');
    expect(html).toContain('<td>+5.5 since 2026-06-01</td>');
    expect(html).toContain('<td>first run</td>');
  });
});

describe('--out', () => {
  it('is created when absent (owner only), and refused when a file or a link', async () => {
    const dir = tmp();
    const out = path.join(dir, 'new', 'portfolio');
    const writer = await openPortfolio(out);
    expect(statSync(out).mode & 0o777).toBe(0o700);
    await writer.write([{ name: 'a/report.json', content: '{}' }]);
    expect(readFileSync(path.join(out, 'a', 'report.json'), 'utf8')).toBe('{}');
    writeFileSync(path.join(dir, 'file'), 'x');
    await expect(openPortfolio(path.join(dir, 'file'))).rejects.toThrow(/is a regular file, not a directory/);
    symlinkSync(out, path.join(dir, 'link'));
    await expect(openPortfolio(path.join(dir, 'link'))).rejects.toThrow(/symbolic link/);
  });

  it('never writes through a link inside it', async () => {
    const out = tmp();
    const elsewhere = tmp();
    symlinkSync(elsewhere, path.join(out, 'glow'));
    const writer = await openPortfolio(out);
    await expect(writer.write([{ name: 'glow/report.json', content: '{}' }])).rejects.toThrow(/symbolic link/);
    symlinkSync(path.join(elsewhere, 'x'), path.join(out, 'index.json'));
    await expect(writer.write([{ name: 'index.json', content: '{}' }])).rejects.toThrow(UsageError);
  });
});
