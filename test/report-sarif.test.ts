// The SARIF reporter: valid against the OASIS 2.1.0 schema, rules, levels, regions, fingerprints, suppressions.
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import AjvDraft04 from 'ajv-draft-04';
import addFormatsModule from 'ajv-formats';
import type { Log, Result as SarifResult } from 'sarif';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exampleReport } from './helpers/example-report.js';
import { FINGERPRINT_KEY, fingerprint, renderSarif } from '../src/report/sarif.js';
import type { Report } from '../src/report/schema.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const FIXTURE = path.join(root, 'fixtures/glow-medspa');
const schema = JSON.parse(readFileSync(path.join(root, 'fixtures/schemas/sarif-schema-2.1.0.json'), 'utf8')) as object;

// Replays the saved facts: no network.
const audit = (file: string): Promise<Report> => exampleReport(file);

const ajv = new AjvDraft04.default({ allErrors: true, strict: false });
addFormatsModule.default(ajv);
const validate = ajv.compile(schema);

let report: Report;
let text: string;
let log: Log;
let results: SarifResult[];
const dirs: string[] = [];

beforeAll(async () => {
  report = await audit('fixtures/glow-medspa/stack.yaml');
  text = renderSarif(report);
  log = JSON.parse(text) as Log;
  results = log.runs[0]!.results!;
});
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

const propsOf = (r: SarifResult) => r.properties as { subject: string; status: string; citations: string[] };
const find = (checkId: string, subject: string): SarifResult => {
  const r = results.find((x) => x.ruleId === checkId && propsOf(x).subject === subject);
  if (!r) throw new Error(`no SARIF result for ${checkId} / ${subject}`);
  return r;
};

describe('renderSarif', () => {
  it('is valid SARIF 2.1.0, pretty-printed, with a trailing newline, and deterministic', () => {
    const ok = validate(log);
    expect(validate.errors ?? []).toEqual([]);
    expect(ok).toBe(true);
    expect(text.endsWith('}\n')).toBe(true);
    expect(text.split('\n').length).toBeGreaterThan(100);
    expect(renderSarif(report)).toBe(text);
    expect(log.runs[0]!.invocations![0]!.executionSuccessful).toBe(true);
  });

  it('emits fail, warn, error, waived and alternative results, never manual, pass or not_applicable', () => {
    const expected = report.results.filter((r) => !['pass', 'not_applicable', 'manual'].includes(r.status));
    expect(results).toHaveLength(expected.length);
    const c = report.counts;
    expect(results).toHaveLength(c.fail + c.warn + c.error + c.waived + (c.alternative ?? 0));
    const levels = (status: string) => new Set(results.filter((r) => propsOf(r).status === status).map((r) => r.level));
    expect(levels('fail')).toEqual(new Set(['error']));
    expect(levels('warn')).toEqual(new Set(['warning']));
    expect(levels('manual')).toEqual(new Set());
    if (c.alternative) expect(levels('alternative')).toEqual(new Set(['note']));
  });

  it('has one rule per check id in the results, each with its index, eCFR help and security severity', () => {
    const rules = log.runs[0]!.tool.driver.rules!;
    const ids = new Set(results.map((r) => r.ruleId));
    expect(rules).toHaveLength(ids.size);
    expect(new Set(rules.map((r) => r.id))).toEqual(ids);
    for (const r of results) expect(rules[r.ruleIndex!]!.id).toBe(r.ruleId);

    const bySeverity = new Map(report.results.map((r) => [r.checkId, r]));
    const mapping = { critical: '9.5', high: '7.5', medium: '5.0', low: '2.0' };
    for (const rule of rules) {
      const source = bySeverity.get(rule.id)!;
      expect(rule.properties!['security-severity']).toBe(mapping[source.severity]);
      expect(rule.properties!.tags).toEqual(expect.arrayContaining(['security', source.area, ...source.hipaa]));
      expect(rule.shortDescription!.text).toBe(source.title);
      expect(rule.helpUri).toMatch(/^https:\/\/www\.ecfr\.gov\/current\/title-45\/section-164\.\d+$/);
      expect(rule.help!.text).toContain(source.remediation);
    }
    const mfa = rules.find((r) => r.id === 'access.mfa')!;
    expect(mfa.helpUri).toBe('https://www.ecfr.gov/current/title-45/section-164.312');
  });

  it('puts a failing result exactly at its report location, and its fix in the message', () => {
    const source = report.results.find((r) => r.checkId === 'access.mfa' && r.status === 'fail')!;
    expect(source.location).not.toBeNull();
    const sarif = find('access.mfa', source.subject);
    const loc = sarif.locations![0]!.physicalLocation!;
    expect(loc.artifactLocation!.uri).toBe('fixtures/glow-medspa/stack.yaml');
    expect(loc.region).toEqual({ startLine: source.location!.line, startColumn: source.location!.column });
    expect(sarif.message.text).toBe(`${source.message} Fix: ${source.remediation}`);
    expect(propsOf(sarif).citations).toEqual(source.hipaa);
  });

  it('places results without a location at line 1 of the stack file', () => {
    const located = report.results.find((r) => r.status === 'fail')!;
    const unlocated = { ...located, subject: 'nowhere in particular', location: null };
    const log2 = JSON.parse(renderSarif({ ...report, results: [...report.results, unlocated] })) as Log;
    const sarif = log2.runs[0]!.results!.find((r) => (r.properties as { subject?: string }).subject === 'nowhere in particular')!;
    const loc = sarif.locations![0]!.physicalLocation!;
    expect(loc.artifactLocation!.uri).toBe('fixtures/glow-medspa/stack.yaml');
    expect(loc.region).toEqual({ startLine: 1 });
  });

  it('carries a suppression for waived results', () => {
    const waived = results.filter((r) => propsOf(r).status === 'waived');
    expect(waived.length).toBe(report.counts.waived);
    expect(waived.length).toBeGreaterThan(0);
    for (const r of waived) {
      expect(r.suppressions).toHaveLength(1);
      expect(r.suppressions![0]).toMatchObject({ kind: 'external', justification: expect.stringContaining('Replacement PC') });
    }
    // Documented alternatives are the only other suppressed results.
    expect(results.filter((r) => r.suppressions).length).toBe(waived.length + (report.counts.alternative ?? 0));
  });

  it('keeps fingerprints on check id + subject when the stack file lines move', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'hh-sarif-'));
    dirs.push(dir);
    cpSync(FIXTURE, dir, { recursive: true });
    const moved = path.join(dir, 'stack.yaml');
    writeFileSync(moved, `#\n${readFileSync(moved, 'utf8')}`);
    const other = JSON.parse(renderSarif(await audit(moved))) as Log;
    const otherResults = other.runs[0]!.results!;

    const prints = (rs: SarifResult[]) => rs.map((r) => r.partialFingerprints![FINGERPRINT_KEY]).sort();
    expect(prints(otherResults)).toEqual(prints(results));
    expect(new Set(prints(results)).size).toBe(results.length);

    const source = report.results.find((r) => r.checkId === 'access.mfa' && r.status === 'fail')!;
    const before = find('access.mfa', source.subject);
    const after = otherResults.find((r) => r.partialFingerprints![FINGERPRINT_KEY] === before.partialFingerprints![FINGERPRINT_KEY])!;
    expect(before.partialFingerprints![FINGERPRINT_KEY]).toBe(fingerprint('access.mfa', source.subject));
    expect(after.locations![0]!.physicalLocation!.region!.startLine).toBe(source.location!.line + 1);
  });

  it('marks baseline changes with SARIF baselineState, and validates without a stack file (probe reports)', () => {
    const compared: Report = {
      ...report,
      results: report.results.map((r, i) => ({ ...r, change: i % 2 ? 'new' : 'unchanged' })),
      baseline: {
        path: 'old.json',
        generatedAt: '2026-10-01T00:00:00Z',
        auditDate: '2026-10-01',
        sha256: 'a'.repeat(64),
        score: { before: 60, after: report.score.value, delta: report.score.value - 60 },
        grade: { before: 'D', after: report.score.grade },
        areas: [],
        counts: { new: 1, unchanged: 1, resolved: 0, newFindings: 1 },
        resolved: [],
      },
    };
    const sarif = JSON.parse(renderSarif(compared)) as Log;
    expect(validate(sarif)).toBe(true);
    const states = new Set(sarif.runs[0]!.results!.map((r) => r.baselineState));
    expect(states).toEqual(new Set(['new', 'unchanged']));

    const probe: Report = {
      ...report,
      stack: { ...report.stack, path: '(command line)' },
      results: report.results.map((r) => ({ ...r, location: null })),
    };
    delete probe.checklist;
    const p = JSON.parse(renderSarif(probe)) as Log;
    expect(validate(p)).toBe(true);
    expect(p.runs[0]!.results!.every((r) => r.locations === undefined)).toBe(true);
    expect(p.runs[0]!.artifacts).toBeUndefined();
  });
});
