// The HTML (and so PDF) report is for the practice, not for CI: its cover says in plain words the
// score, the grade, what needs attention and what the report is not; "Prepared by" appears once; no
// gate wording anywhere in the page. The gate stays where CI reads it: terminal, JSON, stderr, and
// Markdown (appended to $GITHUB_STEP_SUMMARY).
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { execa } from 'execa';
import { beforeAll, describe, expect, it } from 'vitest';
import { renderHtml } from '../src/report/html/index.js';
import { renderMarkdown } from '../src/report/markdown.js';
import { openItems } from '../src/report/open-items.js';
import type { Report } from '../src/report/schema.js';
import { exampleReport } from './helpers/example-report.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const PREPARED = 'Compliance Partners (sample)';
const FAILED_GATE: Report['gate'] = { passed: false, failOn: 'low', failUnder: 95, reasons: ['12 failed result(s) of severity low or higher', 'score 87.0 is under 95'] };

/** The cover's text, tags dropped and entities for quotes undone: what the client reads. */
function coverText(html: string): string {
  const cover = /<header class="cover">([\s\S]*?)<\/header>/.exec(html)?.[1] ?? expect.unreachable('no cover');
  return cover
    .replace(/<[^>]+>/g, ' ')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&')
    .replace(/\s+/g, ' ')
    .replace(/ ([,.:)])/g, '$1');
}

let report: Report;
beforeAll(async () => {
  report = await exampleReport();
});

describe('the HTML cover speaks to the client', () => {
  it('has no gate wording anywhere in the page, passed or failed', () => {
    for (const gate of [report.gate, FAILED_GATE]) {
      const html = renderHtml({ ...report, gate }, { preparedBy: PREPARED });
      expect(html).not.toMatch(/\bgate\b/i);
      expect(html).not.toMatch(/fail on (low|none|high)|fail under/i);
      expect(html).not.toContain('score 87.0 is under 95');
    }
  });

  it('says "Prepared by" once, under the title', () => {
    const html = renderHtml(report, { preparedBy: PREPARED });
    expect(html.match(/Prepared by/g)).toHaveLength(1);
    expect(coverText(html)).toMatch(/as of November 28, 2026 Prepared by Compliance Partners \(sample\) Disclaimer: /);
    expect(renderHtml(report, {})).not.toContain('Prepared by');
  });

  it('after who prepared it and the disclaimer, gives the score, the grade and why it is held, what needs attention and where to start', () => {
    const text = coverText(renderHtml(report, { preparedBy: PREPARED }));
    const fails = report.results.filter((r) => r.status === 'fail');
    const critical = [...new Set(fails.filter((r) => r.severity === 'critical').map((r) => r.subject))];
    expect(critical.length).toBeGreaterThan(0);
    expect(report.score.capped).toBe(true);
    const expected = [
      'Prepared by Compliance Partners (sample)',
      'Disclaimer: This report is a gap assessment',
      'it is not legal advice.',
      `Score ${report.score.value.toFixed(1)} out of 100 · Grade ${report.score.grade} (A is 90 or more, B 80, C 70, D 60; below 60 is F)`,
      `The score alone would earn a ${report.score.uncappedGrade}. The grade stays at ${report.score.grade} while a critical problem is open, so fix those first.`,
      'What needs attention',
      `${fails.length} problems to fix (`,
      `${report.counts.warn} warnings to review.`,
      `${openItems(report).length} items await a person's answer: questions about the practice’s policies and routines that no scan can see`,
      `Start with the critical problems: ${critical.join(', ')}.`,
    ];
    let at = -1;
    for (const part of expected) {
      const i = text.indexOf(part, at + 1);
      expect(i, `"${part}" after position ${at} in: ${text}`).toBeGreaterThan(at);
      at = i;
    }
    // Each severity's count, most severe first, adding up to the problems.
    const counts = /problems to fix \(([^)]*)\)/.exec(text)![1]!;
    const sum = [...counts.matchAll(/(\d+) (critical|high|medium|low)/g)].reduce((s, m) => s + Number(m[1]), 0);
    expect(sum).toBe(fails.length);
    expect(counts.startsWith(`${fails.filter((r) => r.severity === 'critical').length} critical`)).toBe(true);
  });

  it('says nothing needs attention when nothing does, and no "held" sentence without a cap', () => {
    const clean: Report = {
      ...report,
      results: report.results.filter((r) => r.status === 'pass'),
      counts: { ...report.counts, fail: 0, warn: 0, error: 0, manual: 0 },
      score: { ...report.score, capped: false, grade: 'A', uncappedGrade: 'A', value: 100 },
    };
    const text = coverText(renderHtml(clean, {}));
    expect(text).toContain('Score 100.0 out of 100 · Grade A');
    expect(text).toContain('Nothing needs attention in what hipaa-hero could see.');
    expect(text).not.toContain('would earn');
    expect(text).not.toContain('Start with');
  });

  it('keeps the gate line in Markdown, which is appended to $GITHUB_STEP_SUMMARY', () => {
    expect(renderMarkdown({ ...report, gate: FAILED_GATE })).toContain('**Gate: FAILED** (fail on low, fail under 95): 12 failed result(s) of severity low or higher; score 87.0 is under 95');
  });

  it('through the CLI: a failed gate exits 1 and is said on stderr, but not in the HTML', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'hh-cover-'));
    const out = path.join(dir, 'r.html');
    const r = await execa(
      'node',
      [path.join(root, 'bin/hipaa-hero.js'), 'audit', 'fixtures/glow-medspa/stack.yaml', '--facts', 'fixtures/glow-medspa/facts.json', '--now', '2026-11-28', '--fail-on', 'low', '--prepared-by', PREPARED, '--report', `html=${out}`],
      { reject: false, env: { NO_COLOR: '1', GITHUB_ACTIONS: '' }, cwd: root, stdin: 'ignore' },
    );
    expect(r.exitCode, r.stderr).toBe(1);
    expect(r.stderr).toMatch(/gate failed: /);
    const html = readFileSync(out, 'utf8');
    expect(html).not.toMatch(/\bgate\b/i);
    expect(html.match(/Prepared by/g)).toHaveLength(1);
    expect(coverText(html)).toContain('What needs attention');
  });
});
