// Attestations: every item's answers, staleness, evidence, the rules of the section, conflicts with
// automated evidence, attestations keyed by check id, and coverage of the whole HIPAA catalog.
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { attestationChecks, attestationItems, builtinChecks } from '../checks/index.js';
import { runAudit } from '../src/audit.js';
import { stackLoadOptions } from '../src/load-checks.js';
import { coverageCounts, coverageMatrix } from '../src/engine/coverage.js';
import { runChecks } from '../src/engine/run.js';
import { InputError } from '../src/errors.js';
import { renderText } from '../src/report/text.js';
import { CATALOG } from '../src/hipaa/catalog.js';
import { loadStack } from '../src/stack/load.js';
import type { Attestation, Stack } from '../src/stack/schema.js';
import { BASE_NOW, BASE_STACK_FILE, baseStack } from './helpers/cases.js';
import { inProfile } from '../src/engine/profiles.js';

const ALL = [...builtinChecks, ...attestationChecks];
const FIXTURES = fileURLToPath(new URL('../fixtures/attestations/', import.meta.url));

const by = 'Ana Lima, Privacy Officer';
const att = (answer: Attestation['answer'], extra: Partial<Attestation> = {}): Attestation => ({ answer, by, date: '2026-10-01', ...extra });

function audit(attestations: Record<string, Attestation>, edit?: (s: Stack) => void, documents: Record<string, { exists: boolean; sha256?: string }> = {}) {
  const stack = baseStack();
  stack.attestations = attestations;
  edit?.(stack);
  const docs = Object.fromEntries(Object.entries(documents).map(([p, d]) => [p, { path: p, ...d }]));
  return runChecks({ checks: ALL, stack, facts: { documents: docs }, now: BASE_NOW, options: { offline: true } });
}
const resultOf = (results: ReturnType<typeof audit>, id: string) => results.filter((r) => r.meta.id === id);

describe('attestation items', () => {
  it('are 73 unique ids, one per citation, each citation in the catalog', () => {
    expect(attestationItems).toHaveLength(73);
    expect(new Set(attestationItems.map((i) => i.id)).size).toBe(73);
    expect(new Set(attestationItems.map((i) => i.citation)).size).toBe(73);
    const catalog = new Set(CATALOG.map((e) => e.id));
    for (const i of attestationItems) expect(catalog.has(i.citation), i.citation).toBe(true);
    const automated = new Set(builtinChecks.map((c) => c.meta.id));
    for (const i of attestationItems) expect(automated.has(i.id), `${i.id} clashes with a check`).toBe(false);
  });

  it('say whether a Security Rule specification is addressable, and have a question, an explanation and a fix', () => {
    for (const i of attestationItems) {
      const entry = CATALOG.find((e) => e.id === i.citation)!;
      // The Security Rule's items say which kind they are; Privacy and Breach rule items are all required.
      if (entry.rule === 'security') expect(i.explain.startsWith(entry.required ? 'Required' : 'Addressable'), i.id).toBe(true);
      else expect(i.explain.startsWith('Addressable'), i.id).toBe(false);
      expect(i.question.endsWith('?'), i.id).toBe(true);
      expect(i.remediation.length).toBeGreaterThan(40);
      expect(i.title).not.toMatch(/\.$/);
    }
  });

  it.each(attestationItems.map((i) => [i.id, i] as const))('%s: manual until answered, then judged by the answer', (_id, item) => {
    const status = (answers: Record<string, Attestation>) => resultOf(audit(answers), item.id).map((r) => [r.subject, r.status]);
    expect(status({})).toEqual([[item.citation, 'manual']]);
    const unanswered = resultOf(audit({}), item.id)[0]!;
    expect(unanswered.message).toContain(item.question);
    expect(unanswered.message).toContain('hipaa-hero attest on the stack file');
    // No command without its stack file: the reports print the whole command (with the path) instead.
    expect(unanswered.message).not.toContain('`hipaa-hero attest');
    expect(status({ [item.citation]: att('no') })).toEqual([[item.citation, 'fail']]);
    expect(status({ [item.citation]: att('partial') })).toEqual([[item.citation, 'warn']]);
    expect(status({ [item.citation]: att('not_applicable', { note: 'No such function here' }) })).toEqual([[item.citation, 'not_applicable']]);
    // Keyed by the item's id instead of its citation: the same.
    expect(status({ [item.id]: att('no') })).toEqual([[item.citation, 'fail']]);
    // A yes passes unless automated checks citing the same item fail (the base stack is compliant).
    expect(status({ [item.citation]: att('yes') })).toEqual([[item.citation, 'pass']]);
  });
});

describe('judging an answer', () => {
  const item = '164.310(d)(2)(i)';
  const one = (a: Attestation, documents = {}) => resultOf(audit({ [item]: a }, undefined, documents), 'physical.media-disposal')[0]!;

  it('passes a yes and records who, when, and the evidence hash', () => {
    const r = one(att('yes', { evidence: 'docs/disposal-log.pdf' }), { 'docs/disposal-log.pdf': { exists: true, sha256: 'a'.repeat(64) } });
    expect(r.status).toBe('pass');
    expect(r.message).toBe(`Attested yes by ${by} on 2026-10-01; evidence docs/disposal-log.pdf.`);
    expect(r.attestation).toEqual({ key: item, answer: 'yes', by, date: '2026-10-01', evidence: { path: 'docs/disposal-log.pdf', sha256: 'a'.repeat(64) }, stale: false });
    expect(r.path).toBe(`/attestations/${item}`);
  });

  it('fails when the evidence file is missing, even for a yes', () => {
    const r = one(att('yes', { evidence: 'docs/gone.pdf' }), { 'docs/gone.pdf': { exists: false } });
    expect(r.status).toBe('fail');
    expect(r.message).toMatch(/its evidence file docs\/gone\.pdf was not found next to the stack file/);
    expect(r.attestation?.evidence).toEqual({ path: 'docs/gone.pdf', sha256: null });
  });

  it('warns when the attestation is older than 12 months, and fails a stale no all the same', () => {
    expect(one(att('yes', { date: '2025-11-28' })).status).toBe('pass');
    const stale = one(att('yes', { date: '2025-11-27' }));
    expect(stale.status).toBe('warn');
    expect(stale.message).toMatch(/more than 12 months before the audit day \(hipaa-hero treats older answers as stale\): attest it again/);
    expect(stale.attestation?.stale).toBe(true);
    expect(one(att('no', { date: '2024-01-01' })).status).toBe('fail');
  });

  it('warns when the attestation is dated after the audit day', () => {
    const r = one(att('yes', { date: '2026-11-29' }));
    expect(r.status).toBe('warn');
    expect(r.message).toMatch(/a day after the audit day 2026-11-28: correct the date/);
  });

  it('shows an alternative for an addressable specification as its own status, with its note', () => {
    const r = resultOf(audit({ '164.310(d)(2)(iii)': att('alternative', { note: 'Devices are tracked by the MDM inventory' }) }), 'physical.media-accountability')[0]!;
    expect(r.status).toBe('alternative');
    expect(r.message).toMatch(/^Attested an equivalent alternative measure by .* \(Devices are tracked by the MDM inventory\)\.$/);
  });
});

describe('automated evidence wins', () => {
  const noOffsite = (s: Stack) => {
    for (const b of s.backups ?? []) b.offsite = false;
  };

  const noPhishing = (s: Stack) => {
    s.training = { ...s.training, topics: ['hipaa-basics', 'passwords'] };
  };

  it('an attestation of yes does not pass an item whose automated checks fail: the conflict is shown', () => {
    const results = audit({ '164.308(a)(5)(ii)(B)': att('yes') }, noPhishing);
    const topics = resultOf(results, 'training.topics');
    expect(topics.map((r) => r.status)).toEqual(['fail']);
    const malware = resultOf(results, 'training.malware-protection')[0]!;
    expect(malware.status).toBe('fail');
    expect(malware.conflict).toEqual([{ checkId: 'training.topics', subject: topics[0]!.subject, status: 'fail' }]);
    expect(malware.message).toMatch(/But automated checks fail for 164\.308\(a\)\(5\)\(ii\)\(B\): training\.topics \(.*\)\. Automated evidence wins/);
    // Without the failure, the same attestation passes.
    expect(resultOf(audit({ '164.308(a)(5)(ii)(B)': att('yes') }), 'training.malware-protection')[0]!.status).toBe('pass');
  });

  it('a good-practice failure does not contradict an attestation of the law', () => {
    const results = audit({ '164.308(a)(7)(ii)(B)': att('yes') }, noOffsite);
    expect(resultOf(results, 'backups.offsite').map((r) => r.status)).toEqual(['fail']);
    const dr = resultOf(results, 'backups.disaster-recovery')[0]!;
    expect(dr.status).toBe('pass');
    expect(dr.conflict).toBeUndefined();
  });

  it('an attestation keyed by a check id answers its manual results, and never passes its failures', () => {
    const unknownWifi = (s: Stack) => {
      s.network = { ...s.network, wifi: { guest_isolated: true } };
    };
    expect(resultOf(audit({}, unknownWifi), 'network.wifi-security').map((r) => r.status)).toEqual(['manual']);
    const answered = resultOf(audit({ 'network.wifi-security': att('yes') }, unknownWifi), 'network.wifi-security')[0]!;
    expect(answered.status).toBe('pass');
    expect(answered.attestation?.key).toBe('network.wifi-security');
    expect(resultOf(audit({ 'network.wifi-security': att('partial') }, unknownWifi), 'network.wifi-security')[0]!.status).toBe('warn');

    const weak = (s: Stack) => {
      s.network = { ...s.network, wifi: { security: 'WEP', guest_isolated: true } };
    };
    const failing = resultOf(audit({ 'network.wifi-security': att('yes') }, weak), 'network.wifi-security')[0]!;
    expect(failing.status).toBe('fail');
    expect(failing.conflict).toEqual([{ checkId: 'network.wifi-security', subject: failing.subject, status: 'fail' }]);
    expect(failing.message).toMatch(/but the automated evidence says otherwise, and it wins/);
  });
});

describe('documented alternatives to addressable specifications', () => {
  const unencrypted = (s: Stack) => {
    const store = s.data_stores!.find((d) => d.phi)!;
    store.encryption = { ...store.encryption, at_rest: false };
  };
  const alternative = att('alternative', { note: 'The server sits in a locked rack in a locked room; the risk analysis weighs this' });

  it('turn the failures of the addressable checks under an automation-only specification into alternative, keeping what the check saw', () => {
    const failing = resultOf(audit({}, unencrypted), 'encryption.at-rest').find((r) => r.status === 'fail')!;
    const results = audit({ '164.312(a)(2)(iv)': alternative }, unencrypted);
    const r = resultOf(results, 'encryption.at-rest').find((x) => x.subject === failing.subject)!;
    expect(r.status).toBe('alternative');
    expect(r.message.startsWith(failing.message)).toBe(true);
    expect(r.message).toMatch(/A documented alternative under 164\.312\(a\)\(2\)\(iv\) \(by Ana Lima, Privacy Officer on 2026-10-01\): The server sits in a locked rack/);
    expect(r.attestation).toMatchObject({ key: '164.312(a)(2)(iv)', answer: 'alternative' });
    expect(r.evidence).toEqual(failing.evidence);
  });

  it('never turn a required or good-practice failure into alternative', () => {
    const shared = (s: Stack) => {
      s.staff![0]!.shared = true;
      s.staff![0]!.mfa = false;
    };
    // access.unique-accounts is required; access.mfa is good practice: neither takes an alternative, by id or by citation.
    const results = audit({ 'access.mfa': alternative }, shared);
    expect(resultOf(results, 'access.mfa').some((r) => r.status === 'fail')).toBe(true);
    expect(resultOf(results, 'access.unique-accounts').some((r) => r.status === 'fail')).toBe(true);
  });

  it('count only while current: a stale alternative leaves the failure, and says why', () => {
    const results = audit({ '164.312(a)(2)(iv)': { ...alternative, date: '2025-10-01' } }, unencrypted);
    const r = resultOf(results, 'encryption.at-rest').find((x) => x.status === 'fail')!;
    expect(r.message).toMatch(/A documented alternative is on file under 164\.312\(a\)\(2\)\(iv\), but it does not count: .*more than 12 months/);
  });

  it('are accepted for every addressable specification (an automation-only one takes no other answer), and refused for required ones', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'hh-attest-alt-all-'));
    try {
      const file = path.join(dir, 'stack.yaml');
      const load = (key: string, answer: string) => {
        writeFileSync(file, `version: 1\npractice: { name: Test }\nattestations:\n  "${key}": { answer: ${answer}, by: Ana, date: 2026-10-01, note: Equivalent }\n`);
        return loadStack(file, stackLoadOptions(ALL)).then(() => undefined, (e: unknown) => e as InputError);
      };
      for (const key of ['164.312(a)(2)(iv)', '164.312(e)(2)(ii)']) {
        expect(await load(key, 'alternative'), key).toBeUndefined();
        const err = await load(key, 'yes');
        expect(err?.problems.map((p) => p.message).join('\n')).toMatch(/is judged by automated checks .*; under its citation only 'alternative'/);
      }
      const addressable = CATALOG.filter((e) => e.rule === 'security' && !e.required);
      expect(addressable).toHaveLength(22);
      for (const e of addressable) expect(await load(e.id, 'alternative'), e.id).toBeUndefined();
      expect((await load('164.312(a)(2)(i)', 'alternative'))?.problems[0]?.message).toMatch(/it is required, so no alternative applies/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('the rules of the attestations section', () => {
  it('are reported all at once, each at its line and column', async () => {
    const file = path.join(FIXTURES, 'rules.invalid.yaml');
    const err = await loadStack(file, stackLoadOptions(ALL)).then(() => undefined, (e: unknown) => e);
    expect(err).toBeInstanceOf(InputError);
    const seen = (err as InputError).problems.map((p) => `${p.line}:${p.column}: ${p.message}`);
    expect(seen).toEqual([
      "5:19: 'covered_entity' is 'maybe', not an accepted value — use one of: yes, no, unsure",
      "8:13: 'alternative' is only for addressable implementation specifications and the checks that test them, and 164.308(a)(1)(ii)(C) Sanction Policy is not one — answer yes, partial, no or not_applicable (a good-practice finding can be accepted with a waiver instead)",
      "13:13: an 'alternative' answer needs a `note` that describes the equivalent measure and why it is reasonable — add note: …",
      "16:3: '164.312(a)(2)(i)' (Unique User Identification) has no attestation item: automated checks judge it and it is required, so no alternative applies — remove this entry, or key it by the id of a check whose manual results it answers (`hipaa-hero checks --coverage` lists both)",
      "20:3: 'physical.facility-acess' is neither the citation of an attestation item nor a check id — did you mean 'physical.facility-access'?",
      "28:3: 'physical.workstation-use' and '164.310(b)' attest the same item (164.310(b) Workstation Use) — keep one of the two entries",
      "33:13: 'answer' is 'maybe', not an accepted value — use one of: yes, no, partial, not_applicable, alternative",
      "35:11: 'date' is '2026-13-01', which is not a real calendar date — check the month and the day",
    ]);
  });

  it('refuse alternative for every required item and allow it for every addressable one', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'hh-attest-alt-'));
    try {
      for (const item of attestationItems) {
        const required = CATALOG.find((e) => e.id === item.citation)!.required;
        const file = path.join(dir, 'stack.yaml');
        writeFileSync(file, `version: 1\npractice: { name: Test }\nattestations:\n  "${item.citation}": { answer: alternative, by: Ana, date: 2026-10-01, note: Equivalent }\n`);
        const err = await loadStack(file, stackLoadOptions(ALL)).then(() => undefined, (e: unknown) => e);
        expect(err === undefined, `${item.citation} (${required ? 'required' : 'addressable'})`).toBe(!required);
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('coverage of the HIPAA catalog', () => {
  const rows = coverageMatrix(ALL.map((c) => c.meta));

  it('leaves no catalog item uncovered', () => {
    expect(rows.filter((r) => r.coveredBy === 'none').map((r) => r.citation)).toEqual([]);
    expect(rows).toHaveLength(CATALOG.length);
  });

  it('covers all 22 standards and 43 implementation specifications of 164.308-164.316', () => {
    const security = rows.filter((r) => r.rule === 'security');
    expect(security.filter((r) => r.kind === 'standard')).toHaveLength(22);
    expect(security.filter((r) => r.kind === 'implementation-spec')).toHaveLength(43);
    expect(security.every((r) => r.coveredBy !== 'none')).toBe(true);
  });

  it('counts what covers each item', () => {
    expect(coverageCounts(rows)).toEqual({ automated: 40, attestation: 63, both: 10, none: 0 });
  });
});

describe('an audit with attestations, end to end', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(path.join(os.tmpdir(), 'hh-attest-'));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('hashes the evidence into the report, says when the practice may not be a covered entity, and fills the checklist', async () => {
    const text = readFileSync(BASE_STACK_FILE, 'utf8')
      .replace(/^(practice:\n)/m, '$1  covered_entity: unsure\n')
      .concat(
        '\nattestations:\n' +
          `  "164.310(d)(2)(i)": { answer: yes, by: "${by}", date: 2026-10-01, evidence: disposal-log.txt }\n` +
          `  physical.media-reuse: { answer: "no", by: "${by}", date: 2026-10-01 }\n`,
      );
    const file = path.join(dir, 'stack.yaml');
    writeFileSync(file, text);
    // The base stack's documents, and the evidence file.
    cpSync(path.join(path.dirname(BASE_STACK_FILE), 'evidence'), path.join(dir, 'evidence'), { recursive: true });
    writeFileSync(path.join(dir, 'disposal-log.txt'), 'Shredder log, no PHI\n');
    const report = await runAudit({
      file,
      now: BASE_NOW,
      checksDirs: [],
      failOn: 'none',
      failUnder: null,
      probe: { offline: true, timeoutMs: 1000, concurrency: 1, deadlineMs: 1000 },
    });
    expect(report.applicability.coveredEntity).toBe('unsure');
    expect(report.applicability.statement).toMatch(/^The practice is unsure whether it is a HIPAA covered entity/);
    const disposal = report.results.find((r) => r.checkId === 'physical.media-disposal')!;
    expect(disposal.kind).toBe('attestation');
    expect(disposal.status).toBe('pass');
    expect(disposal.attestation?.evidence).toEqual({
      path: 'disposal-log.txt',
      sha256: createHash('sha256').update('Shredder log, no PHI\n').digest('hex'),
    });
    expect(disposal.location).toMatchObject({ line: expect.any(Number), pointer: '/attestations/164.310(d)(2)(i)' });
    const reuse = report.results.find((r) => r.checkId === 'physical.media-reuse')!;
    expect(reuse.status).toBe('fail');
    expect(report.checklist).toHaveLength(CATALOG.length);
    expect(report.checklist!.find((r) => r.citation === '164.310(d)(2)(ii)')).toMatchObject({ status: 'fail', coveredBy: 'attestation', checks: ['physical.media-reuse'] });
    expect(report.checklist!.find((r) => r.citation === '164.310(d)(2)(i)')).toMatchObject({ status: 'pass', required: true });
    // The terminal report says it first, before the score.
    const printed = renderText(report, { color: false });
    expect(printed.split('\n').find((l) => /The practice is unsure whether/.test(l))).toMatch(/^ {2}The practice is unsure whether it is a HIPAA covered entity/);
    expect(printed.indexOf('covered entity')).toBeLessThan(printed.indexOf('Score'));
    // Every check of the rules in force ran, covered entity or not (a proposal's checks only run under its profile).
    expect(new Set(report.results.map((r) => r.checkId)).size).toBe(ALL.filter((c) => inProfile(c.meta, 'current')).length);
  });
});
