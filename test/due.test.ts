// `due`: the searches on made-up timelines (exact days, changes that come and go, shared probes), and
// the due list of real stack files (copies of the compliant fixture with dates moved), offline.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { addDays, addMonths, dayNumber } from '../src/engine/days.js';
import { runDue } from '../src/due/due.js';
import type { DueItem } from '../src/due/items.js';
import { backwardOffsets, backwardTransitions, denseOffsets, forwardTransitions, gridDays, type Probe, type Rank, type Sample } from '../src/due/search.js';
import { parseWithin } from '../src/due/within.js';

import { compliantCopy, NOW } from './fixtures/due/stacks.js';

// ── The searches, on timelines made up here ─────────────────────────────────────────────────────

/** A probe over keys whose rank on a day is given by a function; counts the days it was asked about. */
function timeline(ranks: Record<string, (day: number) => Rank>) {
  const days: number[] = [];
  const probe: Probe<string> = (day, keys) => {
    days.push(day);
    const out = new Map<string, Sample<string>>();
    for (const key of keys ?? Object.keys(ranks)) {
      const r = ranks[key]!(day);
      if (r !== undefined) out.set(key, { rank: r, value: `${key}@${day}` });
    }
    return out;
  };
  const start = (now: number) => new Map([...probe(now, undefined)]);
  return { probe, days, start };
}

describe('due searches', () => {
  const now = 1000;

  it('samples every step and always the horizon', () => {
    expect(gridDays(now, now + 20, 7)).toEqual([1007, 1014, 1020]);
    expect(gridDays(now, now + 14, 7)).toEqual([1007, 1014]);
    expect(backwardOffsets(2191)).toEqual([1, 2, 4, 8, 16, 32, 64, 128, 256, 512, 1024, 2048, 2191]);
    expect(denseOffsets(2191)).toEqual(Array.from({ length: 24 }, (_, i) => 90 * (i + 1)));
  });

  it('finds the exact first day of each rise, and both rises of a warning that becomes a failure', () => {
    const t = timeline({
      expires: (d) => (d >= 1041 ? 2 : 0),
      warnThenFail: (d) => (d >= 1060 ? 2 : d >= 1030 ? 1 : 0),
    });
    const found = forwardTransitions(t.probe, t.start(now), now, now + 90, 7);
    expect(found.map((f) => [f.key, f.day, f.from, f.rank, f.after, f.before])).toEqual(
      expect.arrayContaining([
        ['expires', 1041, 0, 2, 'expires@1041', 'expires@1040'],
        ['warnThenFail', 1030, 0, 1, 'warnThenFail@1030', 'warnThenFail@1029'],
        ['warnThenFail', 1060, 1, 2, 'warnThenFail@1060', 'warnThenFail@1059'],
      ]),
    );
    expect(found).toHaveLength(3);
  });

  it('catches a warning that is over by the horizon (another check takes over), and ignores improvements and unknowns', () => {
    const t = timeline({
      renewal: (d) => (d >= 1010 && d < 1070 ? 1 : d >= 1070 ? undefined : 0),
      improves: (d) => (d >= 1020 ? 0 : 2),
      unknownNow: (d) => (d === now ? undefined : 2),
    });
    const start = t.start(now);
    start.set('unknownNow', { rank: undefined, value: 'x' });
    const found = forwardTransitions(t.probe, start, now, now + 90, 7);
    expect(found.map((f) => [f.key, f.day, f.rank])).toEqual([['renewal', 1010, 1]]);
  });

  it('shares probes: a thousand results changing on scattered days cost at most one probe per day', () => {
    const ranks: Record<string, (day: number) => Rank> = {};
    for (let i = 0; i < 1000; i++) ranks[`k${i}`] = (d) => (d >= now + 1 + (i % 90) ? 2 : 0);
    const t = timeline(ranks);
    const start = t.start(now);
    t.days.length = 0;
    const found = forwardTransitions(t.probe, start, now, now + 90, 7);
    expect(found).toHaveLength(1000);
    expect(found.every((f) => f.day === now + 1 + (Number(f.key.slice(1)) % 90))).toBe(true);
    expect(new Set(t.days).size).toBe(t.days.length);
    expect(t.days.length).toBeLessThanOrEqual(90);
  });

  it('dates an overdue result by the day it turned, and leaves out one that was never better', () => {
    const t = timeline({
      lapsed: (d) => (d >= 640 ? 2 : 0),
      staleThenFutureDated: (d) => (d >= 900 ? 1 : d >= 535 ? 0 : 1),
      always: () => 2,
      recent: (d) => (d >= 1000 ? 2 : 1),
    });
    const current = new Map([...t.start(now)].filter(([, s]) => (s.rank ?? 0) > 0));
    const found = backwardTransitions(t.probe, current, now, 2191);
    expect(found.map((f) => [f.key, f.day, f.from, f.rank, f.before]).sort()).toEqual([
      ['lapsed', 640, 0, 2, 'lapsed@639'],
      ['recent', 1000, 1, 2, 'recent@999'],
      ['staleThenFutureDated', 900, 0, 1, 'staleThenFutureDated@899'],
    ]);
  });

  it('finds a short better spell long ago only for a result whose message moves with the day, and samples constant ones sparsely', () => {
    // An attestation in force from day 300 to 399, stale since 400 (and future-dated before 300): its
    // message names the day. A missing MFA: the same message every day.
    const staleRank = (d: number): Rank => (d >= 300 && d < 400 ? 0 : 1);
    const asked = new Map<string, number>();
    const probe: Probe<string> = (day, keys) => {
      const out = new Map<string, Sample<string>>();
      for (const key of keys ?? ['stale', 'mfa']) {
        asked.set(key, (asked.get(key) ?? 0) + 1);
        out.set(key, key === 'stale' ? { rank: staleRank(day), value: `attested; audit day ${day}` } : { rank: 2, value: 'no MFA' });
      }
      return out;
    };
    const current = new Map([...probe(now, undefined)]);
    asked.clear();
    const same = (a: string, b: string) => a === b;
    const found = backwardTransitions(probe, current, now, 2191, same);
    expect(found.map((f) => [f.key, f.day, f.from])).toEqual([['stale', 400, 0]]);
    expect(asked.get('mfa')).toBe(backwardOffsets(2191).length);
  });

  it('reads --within as <n>d only', () => {
    expect(parseWithin('90d')).toBe(90);
    expect(parseWithin('1d')).toBe(1);
    for (const bad of ['90', '12w', '6m', '0d', '-5d', '3661d', 'd', '']) expect(() => parseWithin(bad), bad).toThrow(/is not a window of days — write <n>d/);
  });
});

// ── The due list of real stack files ────────────────────────────────────────────────────────────

const due = (file: string, withinDays = 90, now = NOW) =>
  runDue({ file, now, withinDays, checksDirs: [], probe: { offline: true, timeoutMs: 1000, deadlineMs: 1000, concurrency: 1 } });

const brief = (items: DueItem[]) => items.map((i) => [i.date, i.days, i.checkId, i.subject, i.status, i.was]);

describe('due on a stack file', () => {
  it('lists nothing when nothing is overdue or due in the window', async () => {
    const list = await due(compliantCopy());
    expect(list.items).toEqual([]);
    expect(list.horizon).toBe(addDays(NOW, 90));
    expect(list.notes).toEqual([expect.stringMatching(/^Certificate expiries are not included: --offline/)]);
  });

  it('lists a BAA that expires in 40 days on the day after its last day, and its renewal warning since 60 days before', async () => {
    const expires = addDays(NOW, 40);
    const list = await due(compliantCopy((y) => y.replace('expires: 2028-01-10', `expires: ${expires}`)));
    expect(brief(list.items)).toEqual([
      [addDays(expires, -60), -20, 'vendors.baa-expiring', 'VaultBackup', 'warn', 'pass'],
      [addDays(expires, 1), 41, 'vendors.baa-expired', 'VaultBackup', 'fail', 'pass'],
    ]);
    const [warning, expiry] = list.items;
    expect(warning!.overdue).toBe(true);
    expect(expiry).toMatchObject({ overdue: false, severity: 'critical', obligation: 'required', title: 'No BAA with a vendor that handles PHI has expired' });
    expect(expiry!.message).toBe(`VaultBackup's BAA expired on ${expires}: PHI shared with it since then is shared without a BAA.`);
    expect(expiry!.fix).toMatch(/^Renew or re-sign the BAA/);
    // vendors[1].baa.expires, on the line the edit wrote it.
    const line = readFileSync(list.file, 'utf8').split('\n').findIndex((l) => l.includes(`expires: ${expires}`)) + 1;
    expect(expiry!.location).toMatchObject({ file: list.file, line, pointer: '/vendors/1/baa/expires' });
  });

  it("dates a staff member's training on the day after the refresher was due", async () => {
    const trained = addMonths(addDays(NOW, 30), -12);
    const list = await due(compliantCopy((y) => y.replace('account: alima, role: clinician, mfa: true, trained: 2026-03-02', `account: alima, role: clinician, mfa: true, trained: ${trained}`)));
    expect(brief(list.items)).toEqual([[addDays(addMonths(trained, 12), 1), dayNumber(addDays(addMonths(trained, 12), 1)) - dayNumber(NOW), 'training.current', 'alima', 'fail', 'pass']]);
  });

  it('dates an overdue item by the day it turned, and leaves out failures that no date brought about', async () => {
    const list = await due(
      compliantCopy((y) => y.replace('last_restore_test: 2026-09-15', 'last_restore_test: 2025-03-10').replace('mfa: true, trained: 2026-03-02 }', 'mfa: false, trained: 2026-03-02 }')),
    );
    // access.mfa fails for bcho from the start: not a dated change, not listed.
    expect(brief(list.items)).toEqual([['2026-03-11', dayNumber('2026-03-11') - dayNumber(NOW), 'backups.restore-tested', 'Nightly encrypted backup', 'fail', 'pass']]);
    expect(list.items[0]!.overdue).toBe(true);
    expect(list.items[0]!.message).toMatch(/last test-restored on 2025-03-10/);
  });

  it('lists a waiver that expires in the window: the waived failure comes back the day after', async () => {
    const expires = addDays(NOW, 30);
    const list = await due(
      compliantCopy(
        (y) =>
          y.replace('encryption: { at_rest: true, in_transit: true, algorithm: XTS-AES-128 }', 'encryption: { at_rest: false, in_transit: true }') +
          `\nwaivers:\n  - check: encryption.at-rest\n    subject: Reception PC\n    reason: New disk arrives soon\n    approved_by: Ben Cho\n    expires: ${expires}\n`,
      ),
    );
    expect(brief(list.items)).toEqual([
      [addDays(expires, 1), 31, 'encryption.at-rest', 'Reception PC', 'fail', 'waived'],
      [addDays(expires, 1), 31, 'governance.waivers-current', 'encryption.at-rest / Reception PC', 'warn', 'pass'],
    ]);
  });

  it('lists an attestation going stale 12 months after its date', async () => {
    const date = addMonths(addDays(NOW, 45), -12);
    const list = await due(compliantCopy((y) => `${y}\nattestations:\n  "164.310(a)(1)":\n    answer: "yes"\n    by: Ben Cho, Owner\n    date: ${date}\n`));
    expect(brief(list.items)).toEqual([[addDays(addMonths(date, 12), 1), 46, 'physical.facility-access', '164.310(a)(1)', 'warn', 'pass']]);
    expect(list.items[0]!.kind).toBe('attestation');
    expect(list.items[0]!.message).toMatch(/more than 12 months before the audit day/);
  });
});
