// What every format says about the law behind a result: the disclaimer near the top, each result's
// obligation, documented alternatives shown as such (and never as failures), what set each checklist
// row, and old reports (without any of it) still rendering.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import AjvDraft04 from 'ajv-draft-04';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormatsModule from 'ajv-formats';
import { XMLParser } from 'fast-xml-parser';
import type { Log } from 'sarif';
import { beforeAll, describe, expect, it } from 'vitest';
import { evaluateGate } from '../src/engine/score.js';
import type { CheckResult } from '../src/engine/run.js';
import { decidedByText, practiceText } from '../src/report/checklist-words.js';
import { githubAnnotations } from '../src/report/github.js';
import { renderHtml } from '../src/report/html/index.js';
import { renderJunit } from '../src/report/junit.js';
import { renderMarkdown } from '../src/report/markdown.js';
import { escapeCell } from '../src/report/markdown-escape.js';
import { DISCLAIMER, obligationNote } from '../src/report/obligation.js';
import reportSchema from '../src/report/report-schema.generated.json' with { type: 'json' };
import { renderSarif } from '../src/report/sarif.js';
import type { ChecklistRow, Report } from '../src/report/schema.js';
import { renderText } from '../src/report/text.js';
import { exampleReport } from './helpers/example-report.js';
import { ALT, asOldReport, BASIS, markObligations, type Marked } from './helpers/obligation-report.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const sarifSchema = JSON.parse(readFileSync(path.join(root, 'fixtures/schemas/sarif-schema-2.1.0.json'), 'utf8')) as object;
const sarifAjv = new AjvDraft04.default({ allErrors: true, strict: false });
addFormatsModule.default(sarifAjv);
const validateSarif = sarifAjv.compile(sarifSchema);
const reportAjv = new Ajv2020({ allErrors: true, strict: false });
addFormatsModule.default(reportAjv);
const validateReport = reportAjv.compile(reportSchema);

let m: Marked;
let old: Report;
beforeAll(async () => {
  // Replays the saved facts: no network.
  m = markObligations(await exampleReport());
  old = asOldReport(m.report);
});

const text = (report: Report) => renderText(report, { color: false, width: 80 });
/** The lines of a text report's entry for one subject: from its status line to the next entry. */
function textEntry(out: string, subject: string): string {
  const lines = out.split('\n');
  const start = lines.findIndex((l) => /^ {2}\S/.test(l) && l.endsWith(`  ${subject}`));
  expect(start, subject).toBeGreaterThanOrEqual(0);
  const end = lines.findIndex((l, i) => i > start && !l.startsWith('    '));
  return lines.slice(start, end).join('\n');
}
const oneLine = (s: string) => s.replace(/\s+/g, ' ');

describe('obligationNote', () => {
  it('says "HIPAA requires" only for a required result; an alternative is allowed for addressable; practice names its source', () => {
    expect(obligationNote({ obligation: 'required', basis: 'B' })).toBe('HIPAA requires this (B).');
    const addressable = obligationNote({ obligation: 'addressable', basis: 'B' })!;
    expect(addressable).toMatch(/^Addressable \(B\): implement it, or document why/);
    expect(addressable).toContain('164.306(d)(3)');
    expect(addressable).not.toContain('HIPAA requires');
    expect(obligationNote({ obligation: 'practice', basis: 'NIST' })).toBe('Good practice, not a HIPAA requirement (NIST).');
    expect(obligationNote({})).toBeNull();
  });
});

describe('the disclaimer', () => {
  it('opens the text report, before the score', () => {
    const out = text(m.report);
    const at = oneLine(out).indexOf(DISCLAIMER);
    expect(at).toBeGreaterThan(0);
    expect(at).toBeLessThan(oneLine(out).indexOf('Score '));
    expect(out.split('\n').slice(0, 12).join(' ')).toContain('This report is a gap assessment');
  });

  it('opens the Markdown report, before the score', () => {
    const md = renderMarkdown(m.report);
    const at = md.indexOf(`> **Disclaimer:** ${escapeCell(DISCLAIMER)}`);
    expect(at).toBeGreaterThan(0);
    expect(at).toBeLessThan(md.indexOf('**Score'));
  });

  it('is on the cover of the HTML report (and so the first page of the PDF)', () => {
    const html = renderHtml(m.report);
    const cover = html.slice(html.indexOf('<header class="cover">'), html.indexOf('</header>'));
    expect(cover).toContain(`<p class="disclaimer" role="note" id="disclaimer"><strong>Disclaimer:</strong> ${DISCLAIMER.replace(/'/g, '&#39;')}</p>`);
  });

  it('uses the report’s own words when it carries them', () => {
    const own = { ...m.report, disclaimer: 'Our own words: not a certification.' };
    expect(text(own)).toContain('Our own words: not a certification.');
    expect(renderMarkdown(own)).toContain('> **Disclaimer:** Our own words: not a certification.');
    expect(renderHtml(own)).toContain('Our own words: not a certification.');
  });
});

describe('obligations on results', () => {
  it('text: a label beside the severity, and the sentence in the detail', () => {
    const out = text(m.report);
    const req = textEntry(out, 'Required subject');
    expect(req).toMatch(new RegExp(`^ {2}✗ FAIL ${m.required.severity} · Required {2}Required subject`));
    expect(oneLine(req)).toContain(`HIPAA requires this (${BASIS.required}).`);
    const prac = textEntry(out, 'Practice subject');
    expect(prac).toMatch(new RegExp(`^ {2}✗ FAIL ${m.practice.severity} · Good practice {2}Practice subject`));
    expect(oneLine(prac)).toContain(`Good practice, not a HIPAA requirement (${BASIS.practice}).`);
    expect(prac).not.toContain('HIPAA requires');
    expect(out.split('\n').filter((l) => [...l].length > 80)).toEqual([]);
  });

  it('Markdown: the label over the citations, the sentence after the message', () => {
    const md = renderMarkdown(m.report);
    const row = md.split('\n').find((l) => l.includes('| Practice subject |'))!;
    expect(row).toContain('| **Good practice**<br>[');
    expect(row).toContain(escapeCell(`Good practice, not a HIPAA requirement (${BASIS.practice}).`));
    expect(row).not.toContain('HIPAA requires');
    expect(md.split('\n').find((l) => l.includes('| Required subject |'))).toContain('| **Required**<br>[');
  });

  it('HTML: a badge per finding and the sentence in its detail', () => {
    const html = renderHtml(m.report);
    const row = (subject: string) => {
      const at = html.indexOf(`<strong class="subject">${subject}</strong>`);
      return html.slice(html.lastIndexOf('<tr', at), html.indexOf('</tr>', at));
    };
    expect(row('Required subject')).toContain('<span class="obl obl-required">Required</span>');
    expect(row('Practice subject')).toContain('<span class="obl obl-practice">Good practice</span>');
    expect(row('Practice subject')).toContain(`<p class="obl-note">Good practice, not a HIPAA requirement (${BASIS.practice}).</p>`);
    expect(row('Practice subject')).not.toContain('HIPAA requires');
  });

  it('SARIF: the rule carries obligation and basis, and says it in its help; still valid SARIF 2.1.0', () => {
    const log = JSON.parse(renderSarif(m.report)) as Log;
    expect(validateSarif(log), JSON.stringify(validateSarif.errors)).toBe(true);
    const rules = log.runs[0]!.tool.driver.rules!;
    const rule = rules.find((r) => r.id === m.practice.checkId)!;
    expect(rule.properties).toMatchObject({ obligation: 'practice', basis: BASIS.practice });
    expect(rule.help!.text).toContain(`Good practice, not a HIPAA requirement (${BASIS.practice}).`);
    expect(rule.help!.text).not.toContain('HIPAA requires');
    expect(rules.find((r) => r.id === m.required.checkId)!.help!.text).toContain(`HIPAA requires this (${BASIS.required}).`);
  });

  it('JUnit: an obligation property, and the sentence in the failure text', () => {
    const xml = renderJunit(m.report);
    const at = xml.indexOf(`name="Practice subject"`);
    const testcase = xml.slice(at, xml.indexOf('</testcase>', at));
    expect(testcase).toContain('<property name="obligation" value="practice"/>');
    expect(testcase).toContain(`Good practice, not a HIPAA requirement (${BASIS.practice}).`);
  });
});

describe('a documented alternative', () => {
  const said = `Documented alternative (45 CFR 164.306(d)(3)) under ${'{key}'}, by ${ALT.by} on ${ALT.date}: ${ALT.note}.`;
  const saidFor = (key: string) => said.replace('{key}', key);

  it('text: its own label, who documented it, when and what, in place of the fix', () => {
    const entry = textEntry(text(m.report), 'Alternative subject');
    expect(entry).toMatch(new RegExp(`^ {2}≈ ALTERNATIVE ${m.alternative.severity} · Addressable {2}Alternative subject`));
    expect(oneLine(entry)).toContain(saidFor(m.alternative.checkId));
    expect(entry).not.toContain('Fix:');
    expect(text(m.report)).toContain(` · ${m.report.counts.alternative} alternative · `);
  });

  it('Markdown: a section of its own with who, when and the alternative', () => {
    const md = renderMarkdown(m.report);
    expect(md).toContain(`## Documented alternatives (${m.report.counts.alternative})`);
    expect(md).toContain(`| ${m.alternative.severity} | Alternative subject | ${m.alternative.checkId} | **Addressable**<br>[`);
    expect(md).toContain(`| ${ALT.by} | ${ALT.date} | ${ALT.note} |`);
    const findings = md.slice(md.indexOf('## Findings'), md.indexOf('\n## ', md.indexOf('## Findings') + 1));
    expect(findings).not.toContain('Alternative subject');
  });

  it('HTML: an Alternative badge, and the documented alternative in its own section', () => {
    const html = renderHtml(m.report);
    const section = html.slice(html.indexOf('<section class="sect sect-minor" id="alternatives"'));
    expect(section).toContain('<span class="badge st-alternative">≈ Alternative</span>');
    expect(section).toContain(`<strong>Documented alternative (45 CFR 164.306(d)(3))</strong> · ${ALT.by} · ${ALT.date} · ${ALT.note}`);
    expect(html).toContain('<a href="#alternatives">Alternatives</a>');
    const findings = html.slice(html.indexOf('id="findings"'), html.indexOf('</section>', html.indexOf('id="findings"')));
    expect(findings).not.toContain('Alternative subject');
  });

  it('SARIF: a note, suppressed, the justification naming the alternative', () => {
    const log = JSON.parse(renderSarif(m.report)) as Log;
    expect(validateSarif(log), JSON.stringify(validateSarif.errors)).toBe(true);
    const r = log.runs[0]!.results!.find((x) => (x.properties as { subject: string }).subject === 'Alternative subject')!;
    expect(r.level).toBe('note');
    expect(r.suppressions).toEqual([{ kind: 'external', status: 'accepted', justification: saidFor(m.alternative.checkId) }]);
  });

  it('JUnit: skipped with the alternative in its output, never a failure', () => {
    const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@_', isArray: (n) => n === 'testsuite' || n === 'testcase' });
    const doc = parser.parse(renderJunit(m.report)) as { testsuites: { '@_failures': string; testsuite: Array<{ testcase?: Array<Record<string, unknown>> }> } };
    const tc = doc.testsuites.testsuite.flatMap((s) => s.testcase ?? []).find((c) => c['@_name'] === 'Alternative subject')!;
    expect(tc.failure).toBeUndefined();
    expect(tc.skipped).toBeDefined();
    expect(tc['system-out']).toContain(saidFor(m.alternative.checkId));
    expect(Number(doc.testsuites['@_failures'])).toBe(m.report.counts.fail);
  });

  it('gets no GitHub annotation, and never fails the gate', () => {
    expect(githubAnnotations(m.report)).not.toContain('Alternative subject');
    const meta = {
      id: 'access.automatic-logoff',
      title: 'Idle sessions lock',
      area: 'access',
      severity: 'critical',
      hipaa: ['164.312(a)(2)(iii)'],
      obligation: 'addressable',
      basis: BASIS.addressable,
      rationale: 'r',
      remediation: 'f',
      needs: ['stack'],
    } as const;
    const result: CheckResult = { meta: { ...meta, hipaa: [...meta.hipaa], needs: [...meta.needs] }, status: 'alternative', subject: 's', message: 'm' };
    const score = { value: 100, grade: 'A', uncappedGrade: 'A', capped: false, areas: [], counts: {} } as unknown as Parameters<typeof evaluateGate>[1];
    expect(evaluateGate([result], score, 'low', null).passed).toBe(true);
    expect(evaluateGate([{ ...result, status: 'fail' }], score, 'low', null).passed).toBe(false);
  });
});

describe('checklist rows say what set their status', () => {
  const row = (over: Partial<ChecklistRow>): ChecklistRow => ({
    citation: '164.312(a)(2)(iii)',
    title: 'Automatic Logoff',
    rule: 'security',
    kind: 'implementation-spec',
    required: false,
    coveredBy: 'both',
    status: 'pass',
    checks: ['access.automatic-logoff', 'access.idle-lock', 'access.mfa'],
    decidedBy: 'automated',
    practice: ['access.mfa'],
    ...over,
  });
  const attested = new Set(['access.automatic-logoff']);

  it('in words: the automated checks by id (not the attestation item or good practice), attestation, alternative, no result', () => {
    expect(decidedByText(row({}), attested)).toBe('automated check access.idle-lock');
    expect(decidedByText(row({ decidedBy: 'attestation' }), attested)).toBe('attestation');
    expect(decidedByText(row({ decidedBy: 'alternative' }), attested)).toBe('documented alternative');
    expect(decidedByText(row({ decidedBy: 'none' }), attested)).toBe('no result');
    expect(decidedByText(row({ decidedBy: undefined }), attested)).toBeNull();
    expect(practiceText(row({}))).toBe('related good practice (does not set the status): access.mfa');
    expect(practiceText(row({ practice: [] }))).toBeNull();
  });

  it('in the Markdown and HTML checklists', () => {
    const report = structuredClone(m.report);
    report.checklist![0] = row({ citation: report.checklist![0]!.citation });
    report.checklist![1] = { ...report.checklist![1]!, decidedBy: 'alternative', status: 'alternative', practice: [] };
    const md = renderMarkdown(report);
    const table = md.slice(md.indexOf('## HIPAA checklist'));
    expect(table).toContain('| Citation | Item | Type | Status | Status set by |');
    expect(table).toContain('| Addressable | pass | automated check access.idle-lock<br>related good practice (does not set the status): access.mfa |');
    expect(table).toMatch(/\| alternative \| documented alternative \|/);
    const html = renderHtml(report);
    const section = html.slice(html.indexOf('id="checklist"'));
    expect(section).toContain('<td class="decided">Automated check access.idle-lock<br><span class="muted-strong">Related good practice (does not set the status): access.mfa</span></td>');
    expect(section).toContain('<td class="decided">Documented alternative</td>');
    expect(section).toContain('<span class="badge st-alternative">≈ Alternative</span>');
  });
});

describe('a report written before obligations', () => {
  it('is still a valid report', () => {
    expect(validateReport(JSON.parse(JSON.stringify(old))), JSON.stringify(validateReport.errors)).toBe(true);
  });

  it('renders in every format as before: no obligation labels, the default disclaimer', () => {
    const out = text(old);
    expect(out).toContain('This report is a gap assessment');
    expect(textEntry(out, 'Required subject')).toMatch(new RegExp(`^ {2}✗ FAIL ${m.required.severity} {2}Required subject`));
    expect(out).not.toMatch(/ · (Required|Addressable|Good practice)\b/);
    expect(out).not.toContain('HIPAA requires');
    const md = renderMarkdown(old);
    expect(md).toContain(`> **Disclaimer:** ${escapeCell(DISCLAIMER)}`);
    expect(md).not.toMatch(/\*\*(Required|Addressable|Good practice)\*\*/);
    expect(md).toMatch(/ · 0 alternative · /);
    const html = renderHtml(old);
    expect(html).not.toContain('class="obl ');
    expect(html).not.toContain('class="obl-note"');
    expect(html).toContain('<td class="decided"><span class="muted">—</span></td>');
    const log = JSON.parse(renderSarif(old)) as Log;
    expect(validateSarif(log)).toBe(true);
    expect(log.runs[0]!.tool.driver.rules!.every((r) => !('obligation' in (r.properties ?? {})))).toBe(true);
    expect(renderJunit(old)).not.toContain('name="obligation"');
    expect(githubAnnotations(old)).toMatch(new RegExp(`title=${m.required.checkId.replace('.', '\\.')}::`));
  });
});
