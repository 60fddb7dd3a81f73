// The JUnit reporter: a suite per area, a case per check and subject, failures, errors and skips, consistent counts.
import { XMLParser } from 'fast-xml-parser';
import { beforeAll, describe, expect, it } from 'vitest';
import { exampleReport } from './helpers/example-report.js';
import { renderJunit } from '../src/report/junit.js';
import type { Report, Result } from '../src/report/schema.js';


interface Failure { '@_message'?: string; '@_type'?: string; '#text'?: string }
interface Case {
  '@_classname': string;
  '@_name': string;
  failure?: Failure;
  error?: Failure;
  skipped?: string;
  'system-out'?: string;
}
interface Counted { '@_tests': string; '@_failures': string; '@_errors': string; '@_skipped': string }
interface Suite extends Counted { '@_name': string; testcase?: Case[] }
interface Doc { testsuites: Counted & { '@_name': string; testsuite: Suite[] } }

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@_',
  parseAttributeValue: false,
  parseTagValue: false,
  trimValues: false,
  isArray: (name) => name === 'testsuite' || name === 'testcase' || name === 'property',
});

let report: Report;
let xml: string;
let doc: Doc;

beforeAll(async () => {
  // Replays the saved facts: no network.
  report = await exampleReport();
  xml = renderJunit(report);
  doc = parser.parse(xml) as Doc;
});

const cases = (): Case[] => doc.testsuites.testsuite.flatMap((s) => s.testcase ?? []);
const caseOf = (r: Result): Case => {
  const c = cases().find((x) => x['@_classname'] === r.checkId && x['@_name'] === r.subject);
  if (!c) throw new Error(`no test case for ${r.checkId} / ${r.subject}`);
  return c;
};

describe('renderJunit', () => {
  it('is deterministic XML with no timestamps or durations', () => {
    expect(xml.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n<testsuites')).toBe(true);
    expect(xml.endsWith('</testsuites>\n')).toBe(true);
    expect(xml).not.toMatch(/timestamp=|time=/);
    expect(renderJunit(report)).toBe(xml);
  });

  it('has one suite per area, named by its title, in report order', () => {
    expect(doc.testsuites.testsuite.map((s) => s['@_name'])).toEqual(report.areas.map((a) => a.title));
    for (const [i, area] of report.areas.entries()) {
      expect(doc.testsuites.testsuite[i]!.testcase ?? []).toHaveLength(report.results.filter((r) => r.area === area.id).length);
    }
  });

  it('has one test case per result (check id + subject)', () => {
    expect(cases()).toHaveLength(report.results.length);
    const keys = new Set(cases().map((c) => `${c['@_classname']}\0${c['@_name']}`));
    expect(keys.size).toBe(report.results.length);
    for (const r of report.results) expect(keys.has(`${r.checkId}\0${r.subject}`)).toBe(true);
  });

  it('turns fail into a failure carrying the message and, in its body, the remediation', () => {
    const fails = report.results.filter((r) => r.status === 'fail');
    expect(fails.length).toBeGreaterThan(0);
    for (const r of fails) {
      const f = caseOf(r).failure!;
      expect(f['@_message']).toBe(r.message);
      expect(f['@_type']).toBe(r.severity);
      expect(f['#text']).toContain(`Fix: ${r.remediation}`);
      if (r.location) expect(f['#text']).toContain(`${r.location.file}:${r.location.line}:${r.location.column}`);
    }
    const failing = cases().filter((c) => c.failure !== undefined);
    expect(failing).toHaveLength(fails.length);
  });

  it('skips manual, not_applicable, waived and alternative results with a reason; warns pass with the warning in system-out', () => {
    for (const r of report.results) {
      const c = caseOf(r);
      const skipped = r.status === 'manual' || r.status === 'not_applicable' || r.status === 'waived' || r.status === 'alternative';
      expect(c.skipped !== undefined, `${r.checkId} ${r.status}`).toBe(skipped);
      if (skipped) expect(c['system-out']).toBeTruthy();
      if (r.status === 'waived') expect(c['system-out']).toContain(r.waiver!.reason);
      if (r.status === 'warn') {
        expect(c.failure).toBeUndefined();
        expect(c['system-out']).toContain(r.message);
      }
      if (r.status === 'pass') expect([c.failure, c.error, c.skipped, c['system-out']]).toEqual([undefined, undefined, undefined, undefined]);
    }
  });

  it('has counts in attributes that agree with the cases and the report', () => {
    const k = report.counts;
    const top = doc.testsuites;
    expect(Number(top['@_tests'])).toBe(report.results.length);
    expect(Number(top['@_failures'])).toBe(k.fail);
    expect(Number(top['@_errors'])).toBe(k.error);
    expect(Number(top['@_skipped'])).toBe(k.manual + k.not_applicable + k.waived + (k.alternative ?? 0));
    for (const s of top.testsuite) {
      const list = s.testcase ?? [];
      expect(Number(s['@_tests'])).toBe(list.length);
      expect(Number(s['@_failures'])).toBe(list.filter((c) => c.failure).length);
      expect(Number(s['@_errors'])).toBe(list.filter((c) => c.error).length);
      expect(Number(s['@_skipped'])).toBe(list.filter((c) => c.skipped !== undefined).length);
    }
  });

  it('turns error into an error element, and survives XML-hostile text', () => {
    const first = report.results.find((r) => r.status === 'pass')!;
    const hostile: Report = {
      ...report,
      results: [
        { ...first, status: 'error', subject: 'a <b> & "c"', message: 'Probe failed ]]> twice ]]> <script>&amp;' },
        ...report.results.filter((r) => r !== first),
      ],
    };
    const parsed = parser.parse(renderJunit(hostile)) as Doc;
    const c = parsed.testsuites.testsuite.flatMap((s) => s.testcase ?? []).find((x) => x['@_name'] === 'a <b> & "c"')!;
    expect(c.error!['@_message']).toBe('Probe failed ]]> twice ]]> <script>&amp;');
    expect(c.error!['#text']).toContain('Probe failed ]] > twice ]] > <script>&amp;');
    expect(c.error!['#text']).toContain(`Fix: ${first.remediation}`);
    expect(Number(parsed.testsuites['@_errors'])).toBe(1);
  });
});
