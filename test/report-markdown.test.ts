// The Markdown reporter and GitHub Actions output: applicability first, safe table cells, baseline section, eCFR links, annotations.
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exampleReport } from './helpers/example-report.js';
import { escapeData, escapeProperty, githubAnnotations, githubStepSummary } from '../src/report/github.js';
import { escapeCell, renderComparisonMarkdown, renderMarkdown } from '../src/report/markdown.js';
import { openItems } from '../src/report/open-items.js';
import { CATALOG } from '../src/hipaa/catalog.js';
import { DISCLAIMER, obligationLabel, obligationNote } from '../src/report/obligation.js';
import type { Baseline, Report, Result } from '../src/report/schema.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const FIXTURE = path.join(root, 'fixtures/glow-medspa');

// Replays the saved facts: no network.
const audit = (file: string): Promise<Report> => exampleReport(file);

let report: Report;
let md: string;
const dirs: string[] = [];
beforeAll(async () => {
  report = await audit('fixtures/glow-medspa/stack.yaml');
  md = renderMarkdown(report);
});
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

const firstFail = (): Result => report.results.find((r) => r.status === 'fail' && r.location !== null)!;
/** The body rows of the first table under a `## heading`. */
const tableUnder = (text: string, heading: string): string[] => {
  const lines = text.split('\n');
  const start = lines.findIndex((l) => l.startsWith(`## ${heading}`));
  expect(start).toBeGreaterThanOrEqual(0);
  const rows: string[] = [];
  for (const l of lines.slice(start + 1)) {
    if (l.startsWith('|')) rows.push(l);
    else if (rows.length || l.startsWith('#')) break;
  }
  return rows.slice(2);
};
/** Splits a GFM table row on unescaped pipes. */
const cells = (row: string): string[] => row.replace(/^\| | \|$/g, '').split(/(?<!\\)\| /).map((c) => c.trim());

describe('renderMarkdown', () => {
  it('starts with the practice, audit date and version, then score, grade and gate; deterministic', () => {
    const lines = md.split('\n');
    expect(lines[0]).toBe('# HIPAA audit of Glow Aesthetics Med Spa');
    expect(lines[2]).toContain('Audit date **2026-11-28**');
    expect(lines[2]).toContain(`hipaa-hero ${report.tool.version}`);
    expect(md).toContain(`**Score ${report.score.value.toFixed(1)} / 100 · Grade ${report.score.grade}**`);
    expect(md).toContain('**Gate: passed** (fail on none)');
    expect(md).not.toContain('Applicability');
    expect(md).not.toContain('Changes since the baseline');
    expect(md.endsWith('\n') && !md.endsWith('\n\n')).toBe(true);
    expect(renderMarkdown(report)).toBe(md);
    expect(githubStepSummary(report)).toBe(md);
  });

  it('lists the areas, the checklist line, findings by severity then status, manual and waived items, endpoint grades', () => {
    for (const a of report.areas) expect(md).toContain(`| ${a.title} |`);
    expect(md).toMatch(new RegExp(`^HIPAA checklist: ${CATALOG.length} items of 45 CFR 164 — \\d+ met`, 'm'));
    const rows = tableUnder(md, 'Findings');
    const findings = report.results.filter((r) => ['fail', 'warn', 'error'].includes(r.status) || (r.status === 'manual' && r.kind === 'automated'));
    expect(rows).toHaveLength(findings.length);
    const sev = rows.map((r) => ['critical', 'high', 'medium', 'low'].indexOf(cells(r)[1]!));
    expect(sev).toEqual([...sev].sort((a, b) => a - b));
    expect(cells(rows[0]!)[0]).toBe('**fail**');
    const f = firstFail();
    const row = rows.find((r) => cells(r)[2] === escapeCell(f.subject) && cells(r)[3] === f.checkId)!;
    expect(cells(row)[5]).toBe(`${f.location!.file}:${f.location!.line}:${f.location!.column}`);
    // One row per open item: the number every format and `hipaa-hero attest` count.
    const open = openItems(report);
    expect(tableUnder(md, "Awaiting a person's answer")).toHaveLength(open.length);
    expect(md).toContain(`## Awaiting a person's answer (${open.length})`);
    expect(md).toContain(`${open.length} items await a person's answer (counted once per check`);
    // The suggested command runs when pasted: it names the stack file.
    expect(md).toContain(`\`hipaa-hero attest ${report.stack.path}\``);
    expect(tableUnder(md, 'Waived')).toHaveLength(report.counts.waived);
    expect(tableUnder(md, 'Endpoint grades')).toHaveLength(report.endpoints!.length);
  });

  it('links every citation to its eCFR section', () => {
    expect(md).toContain('[164.312(d)](https://www.ecfr.gov/current/title-45/section-164.312)');
    expect(md).toContain('[164.308(a)(4)(ii)(C)](https://www.ecfr.gov/current/title-45/section-164.308)');
    const links = [...md.matchAll(/\]\((https:[^)]+)\)/g)].map((m) => m[1]!);
    expect(links.length).toBeGreaterThan(50);
    for (const l of links) expect(l).toMatch(/^https:\/\/www\.ecfr\.gov\/current\/title-45\/section-164\.\d+$/);
  });

  it('says the applicability statement first when covered_entity is unsure', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'hh-md-'));
    dirs.push(dir);
    cpSync(FIXTURE, dir, { recursive: true });
    const file = path.join(dir, 'stack.yaml');
    const yaml = readFileSync(file, 'utf8');
    expect(yaml).toContain('covered_entity: "yes"');
    writeFileSync(file, yaml.replace('covered_entity: "yes"', 'covered_entity: unsure'));
    const unsure = await audit(file);
    expect(unsure.applicability.statement).toBeTruthy();
    const text = renderMarkdown(unsure);
    const blocks = text.split('\n\n');
    expect(blocks[2]).toBe(`> **Disclaimer:** ${escapeCell(DISCLAIMER)}`);
    expect(blocks[3]).toMatch(/^> \*\*Applicability:\*\* The practice is unsure whether it is a HIPAA covered entity/);
    expect(text.indexOf('Applicability')).toBeLessThan(text.indexOf('**Score'));
  });

  it('escapes pipes, newlines, backslashes and HTML in cells so each result stays one row', () => {
    const f = firstFail();
    const nasty: Report = {
      ...report,
      stack: { ...report.stack, practice: 'Glow <img src=x onerror=alert(1)> Spa' },
      results: report.results.map((r) =>
        r === f ? { ...r, subject: 'a|b', message: 'one | two\nthree \\ four <script>alert(1)</script> [x](javascript:alert(1)) `code|pipe` `ok`' } : r,
      ),
    };
    const text = renderMarkdown(nasty);
    expect(text).not.toMatch(/<(img|script)/);
    expect(text.split('\n')[0]).toBe('# HIPAA audit of Glow &lt;img src=x onerror=alert(1)&gt; Spa');
    const rows = tableUnder(text, 'Findings');
    expect(rows).toHaveLength(tableUnder(md, 'Findings').length);
    const row = rows.find((r) => r.includes('a\\|b'))!;
    expect(cells(row)).toHaveLength(8);
    // The message, then the sentence on the law behind the check (escaped the same way).
    const note = obligationNote(f);
    expect(cells(row)[6]).toBe(
      'one \\| two<br>three \\\\ four &lt;script&gt;alert(1)&lt;/script&gt; \\[x\\](javascript:alert(1)) \\`code\\|pipe\\` `ok`' +
        (note ? `<br>${escapeCell(note)}` : ''),
    );
  });

  it('shows the changes since the baseline only when there is one, and marks new results', () => {
    const f = firstFail();
    const baseline: Baseline = {
      path: 'reports/2026-10.json',
      generatedAt: '2026-10-01T12:00:00Z',
      auditDate: '2026-10-01',
      sha256: 'ab'.repeat(32),
      score: { before: 80.5, after: report.score.value, delta: report.score.value - 80.5 },
      grade: { before: 'B', after: report.score.grade },
      areas: report.areas.map((a) => ({ id: a.id, title: a.title, score: { before: a.score, after: a.score, delta: a.score === null ? null : 0 } })),
      counts: { new: 1, unchanged: report.results.length - 1, resolved: 1, newFindings: 1 },
      resolved: [{ checkId: 'network.firewall', title: 'A firewall | guards the network', severity: 'high', subject: 'Main Street', was: 'fail', now: 'pass' }],
    };
    const compared: Report = {
      ...report,
      baseline,
      results: report.results.map((r) => ({ ...r, change: r === f ? 'new' : 'unchanged' })),
    };
    const text = renderMarkdown(compared);
    expect(text).toContain('## Changes since the baseline');
    expect(text).toContain(`Score 80.5 → ${report.score.value.toFixed(1)} (+${(report.score.value - 80.5).toFixed(1)}) · grade B → ${report.score.grade}`);
    expect(text).toContain('1 new result (1 new finding), ' + (report.results.length - 1) + ' unchanged, 1 resolved');
    expect(text).toContain('| high | Main Street | network.firewall<br>A firewall \\| guards the network | fail | pass |');
    // Every area scores as before: no rows of dashes, one line instead.
    expect(tableUnder(text, 'Changes since the baseline')).toHaveLength(0);
    expect(text).toContain('Every area scores as before.');
    const moved: Report = {
      ...compared,
      baseline: { ...baseline, areas: baseline.areas.map((a, i) => (i === 0 ? { ...a, score: { before: 50, after: 60, delta: 10 } } : a)) },
    };
    const movedText = renderMarkdown(moved);
    expect(tableUnder(movedText, 'Changes since the baseline')).toEqual([`| ${report.areas[0]!.title} | 50 | 60 | +10.0 |`]);
    expect(movedText).toContain(`${report.areas.length - 1} other areas unchanged.`);
    const marked = tableUnder(text, 'Findings').filter((r) => r.includes('(new)'));
    expect(marked).toHaveLength(1);
    expect(marked[0]).toContain(f.checkId);
  });
});

describe('githubAnnotations', () => {
  it('writes one command per fail, error and warn, most severe first', () => {
    const out = githubAnnotations(report);
    const lines = out.trimEnd().split('\n');
    expect(lines).toHaveLength(report.counts.fail + report.counts.error + report.counts.warn);
    expect(lines.filter((l) => l.startsWith('::error ')).length).toBe(report.counts.fail + report.counts.error);
    expect(lines.filter((l) => l.startsWith('::warning ')).length).toBe(report.counts.warn);
    const f = firstFail();
    const title = escapeProperty(obligationLabel(f) ? `${f.checkId} (${obligationLabel(f)})` : f.checkId);
    expect(lines).toContain(
      `::error file=${f.location!.file},line=${f.location!.line},col=${f.location!.column},title=${title}::${escapeData(`${f.message} Fix: ${f.remediation}`)}`,
    );
    expect(lines[0]).toMatch(/^::error .*title=vendors\./);
  });

  it('escapes %, CR and LF in messages, and also : and , in properties; omits a missing location', () => {
    expect(escapeData('100% done\r\nnext: a, b')).toBe('100%25 done%0D%0Anext: a, b');
    expect(escapeProperty('C:\\a,b%\n')).toBe('C%3A\\a%2Cb%25%0A');
    const f = firstFail();
    const odd: Report = {
      ...report,
      results: [
        {
          ...f,
          checkId: 'access.odd',
          obligation: 'addressable',
          message: '50% of staff\nlack MFA: fix, now',
          remediation: 'Do it.',
          location: { ...f.location!, file: 'dir,x/st:ack.yaml' },
        },
        // A result of a report written before obligations: its title is the check id alone.
        { ...f, checkId: 'access.nowhere', status: 'warn', obligation: undefined, message: 'Probe said: no', remediation: 'Look.', location: null },
      ],
    };
    const lines = githubAnnotations(odd).trimEnd().split('\n');
    expect(lines).toEqual([
      `::error file=dir%2Cx/st%3Aack.yaml,line=${f.location!.line},col=${f.location!.column},title=access.odd (Addressable)::50%25 of staff%0Alack MFA: fix, now Fix: Do it.`,
      '::warning title=access.nowhere::Probe said: no Fix: Look.',
    ]);
    expect(githubAnnotations({ ...report, results: report.results.filter((r) => r.status === 'pass') })).toBe('');
  });
});

describe('renderComparisonMarkdown (hipaa-hero diff --format markdown)', () => {
  it('renders Markdown: a heading, the moved areas only, and the new findings as a table', () => {
    const f = report.results.find((r) => r.status === 'fail')!;
    const baseline: Baseline = {
      path: 'old.json',
      generatedAt: '2026-10-01T12:00:00Z',
      auditDate: '2026-10-01',
      sha256: 'cd'.repeat(32),
      score: { before: 70, after: 75, delta: 5 },
      grade: { before: 'C', after: 'C' },
      areas: report.areas.map((a, i) => ({ id: a.id, title: a.title, score: i === 1 ? { before: 40, after: a.score, delta: (a.score ?? 0) - 40 } : { before: a.score, after: a.score, delta: a.score === null ? null : 0 } })),
      counts: { new: 1, unchanged: 0, resolved: 0, newFindings: 1 },
      resolved: [],
    };
    const md = renderComparisonMarkdown(baseline, [{ ...f, change: 'new' }], { path: 'new.json', areas: report.areas });
    expect(md.startsWith('# Changes from old.json to new.json\n')).toBe(true);
    expect(md).toContain('Score 70.0 → 75.0 (+5.0) · grade C → C');
    expect(md).toContain(`| ${report.areas[1]!.title} | 40 |`);
    expect(md).not.toContain(`| ${report.areas[0]!.title} |`);
    expect(md).toContain('## New findings (1)');
    expect(md).toContain(`| **fail** | ${f.severity} | ${escapeCell(f.subject)} | ${f.checkId}<br>`);
  });
});
