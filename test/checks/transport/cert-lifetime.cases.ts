import { cases, type CheckCase } from '../../helpers/cases.js';
import { BOOK, certificateUnavailableCases, SITE, twoSites, vary } from '../../helpers/endpoint-facts.js';

// The limit depends on the leaf certificate's notBefore day (CA/Browser Forum ballot SC-081): 398 days
// from 2020-09-01, 200 from 2026-03-15, 100 from 2027-03-15, 47 from 2029-03-15; the validity period
// runs from notBefore to notAfter inclusive, to the second.

/**
 * Good facts for `url` whose leaf certificate is valid from `validFrom` to `validTo`: ISO instants,
 * or days, as a CA writes an N-day certificate: from midnight UTC to one second before midnight of
 * the last day (so '2026-01-01' to '2027-02-03' is exactly 398 days, ending 2027-02-02T23:59:59Z).
 */
const leaf = (url: string, validFrom: string, validTo: string) =>
  vary(url, (f) => {
    const from = validFrom.length === 10 ? `${validFrom}T00:00:00.000Z` : validFrom;
    const to = validTo.length === 10 ? new Date(Date.parse(`${validTo}T00:00:00.000Z`) - 1000).toISOString() : validTo;
    Object.assign(f.certificate!.chain[0]!, { validFrom: from, validTo: to });
  });

/** A case with the booking site's and the marketing site's certificates. */
const pair = (name: string, book: [string, string], site: [string, string], expect: CheckCase['expect']): CheckCase => ({
  name,
  stack: twoSites,
  facts: { endpoints: { [BOOK]: leaf(BOOK, ...book), [SITE]: leaf(SITE, ...site) } },
  expect,
});

const within = (days: number, limit: number, since: string) =>
  new RegExp(`valid for ${days} days, within the ${limit}-day limit for certificates issued ${since}\\.$`);
const longer = (days: number, from: string, to: string, limit: number, since: string) =>
  new RegExp(`valid for ${days} days \\(${from} to ${to}\\), longer than the ${limit} days publicly trusted CAs may issue for certificates issued ${since}\\.$`);

const BEFORE = 'from 2020-09-01 to 2026-03-14';
const FROM_2026 = 'on or after 2026-03-15';
const FROM_2027 = 'on or after 2027-03-15';
const FROM_2029 = 'on or after 2029-03-15';

export default cases([
  {
    name: 'the booking site certificate (issued 2026-10-01) is valid for 90 days, within the 200-day limit',
    expect: [[BOOK, 'pass', /^https:\/\/book\.clearskin\.example \(Booking site\)'s certificate is valid for 90 days, within the 200-day limit for certificates issued on or after 2026-03-15\.$/]],
  },

  // 398 days, for certificates issued before 2026-03-15.
  pair('issued 2026-01-01: exactly 398 days passes; 399 days warns', ['2026-01-01', '2027-02-03'], ['2026-01-01', '2027-02-04'], [
    [BOOK, 'pass', within(398, 398, BEFORE)],
    [SITE, 'warn', longer(399, '2026-01-01', '2027-02-03', 398, BEFORE)],
  ]),
  pair('issued 2026-03-14 (the last day of the 398-day limit): 398 days passes; 399 days warns', ['2026-03-14', '2027-04-16'], ['2026-03-14', '2027-04-17'], [
    [BOOK, 'pass', within(398, 398, BEFORE)],
    [SITE, 'warn', longer(399, '2026-03-14', '2027-04-16', 398, BEFORE)],
  ]),
  pair('notBefore late on 2026-03-14 UTC still falls under the 398-day limit', ['2026-03-14T23:59:59.000Z', '2027-04-16T23:59:58.000Z'], ['2026-03-14T23:59:59.000Z', '2027-04-17T23:59:58.000Z'], [
    [BOOK, 'pass', within(398, 398, BEFORE)],
    [SITE, 'warn', longer(399, '2026-03-14', '2027-04-17', 398, BEFORE)],
  ]),

  // 200 days, from 2026-03-15.
  pair('issued 2026-03-15 (the first day of the 200-day limit): 200 days passes; 201 days warns', ['2026-03-15', '2026-10-01'], ['2026-03-15', '2026-10-02'], [
    [BOOK, 'pass', within(200, 200, FROM_2026)],
    [SITE, 'warn', longer(201, '2026-03-15', '2026-10-01', 200, FROM_2026)],
  ]),
  pair('the same 201-day lifetime: issued 2026-03-14 passes, issued 2026-03-15 warns', ['2026-03-14', '2026-10-01'], ['2026-03-15', '2026-10-02'], [
    [BOOK, 'pass', within(201, 398, BEFORE)],
    [SITE, 'warn', longer(201, '2026-03-15', '2026-10-01', 200, FROM_2026)],
  ]),
  pair('a 398-day certificate issued on or after 2026-03-15 warns (at the first instant of the day, or later in the year)', ['2026-03-15T00:00:00.000Z', '2027-04-16T23:59:59.000Z'], ['2026-06-01', '2027-07-04'], [
    [BOOK, 'warn', longer(398, '2026-03-15', '2027-04-16', 200, FROM_2026)],
    [SITE, 'warn', longer(398, '2026-06-01', '2027-07-03', 200, FROM_2026)],
  ]),
  pair('issued 2027-03-14 (the last day of the 200-day limit): 200 days passes; 201 days warns', ['2027-03-14', '2027-09-30'], ['2027-03-14', '2027-10-01'], [
    [BOOK, 'pass', within(200, 200, FROM_2026)],
    [SITE, 'warn', longer(201, '2027-03-14', '2027-09-30', 200, FROM_2026)],
  ]),

  // 100 days, from 2027-03-15.
  pair('issued 2027-03-15 (the first day of the 100-day limit): 100 days passes; 101 days warns', ['2027-03-15', '2027-06-23'], ['2027-03-15', '2027-06-24'], [
    [BOOK, 'pass', within(100, 100, FROM_2027)],
    [SITE, 'warn', longer(101, '2027-03-15', '2027-06-23', 100, FROM_2027)],
  ]),
  pair('the same 101-day lifetime: issued 2027-03-14 passes, issued 2027-03-15 warns', ['2027-03-14', '2027-06-23'], ['2027-03-15', '2027-06-24'], [
    [BOOK, 'pass', within(101, 200, FROM_2026)],
    [SITE, 'warn', longer(101, '2027-03-15', '2027-06-23', 100, FROM_2027)],
  ]),
  pair('issued 2029-03-14 (the last day of the 100-day limit): 100 days passes; 101 days warns', ['2029-03-14', '2029-06-22'], ['2029-03-14', '2029-06-23'], [
    [BOOK, 'pass', within(100, 100, FROM_2027)],
    [SITE, 'warn', longer(101, '2029-03-14', '2029-06-22', 100, FROM_2027)],
  ]),

  // 47 days, from 2029-03-15.
  pair('issued 2029-03-15 (the first day of the 47-day limit): 47 days passes; 48 days warns', ['2029-03-15', '2029-05-01'], ['2029-03-15', '2029-05-02'], [
    [BOOK, 'pass', within(47, 47, FROM_2029)],
    [SITE, 'warn', longer(48, '2029-03-15', '2029-05-01', 47, FROM_2029)],
  ]),
  pair('the same 48-day lifetime: issued 2029-03-14 passes, issued 2029-03-15 warns', ['2029-03-14', '2029-05-01'], ['2029-03-15', '2029-05-02'], [
    [BOOK, 'pass', within(48, 100, FROM_2027)],
    [SITE, 'warn', longer(48, '2029-03-15', '2029-05-01', 47, FROM_2029)],
  ]),
  pair('a 90-day ACME certificate is within the limit until 2029-03-15, and too long from then on', ['2029-03-14', '2029-06-12'], ['2031-01-01', '2031-04-01'], [
    [BOOK, 'pass', within(90, 100, FROM_2027)],
    [SITE, 'warn', longer(90, '2031-01-01', '2031-03-31', 47, FROM_2029)],
  ]),

  {
    name: 'a long-lived private-CA certificate warns on a PHI endpoint too',
    facts: { endpoints: { [BOOK]: leaf(BOOK, '2025-01-01', '2035-01-01') } },
    expect: [[BOOK, 'warn', longer(3652, '2025-01-01', '2034-12-31', 398, BEFORE)]],
  },
  pair('one second over: midnight to midnight is 398 days and a second, so it warns; the rules of 2018-2020 allowed 825 days', ['2026-01-01T00:00:00.000Z', '2027-02-03T00:00:00.000Z'], ['2019-01-01', '2021-04-05'], [
    [BOOK, 'warn', longer(398, '2026-01-01', '2027-02-03', 398, BEFORE)],
    [SITE, 'pass', within(825, 825, 'before 2020-09-01')],
  ]),
  {
    name: 'unreadable validity dates are unavailable',
    facts: { endpoints: { [BOOK]: vary(BOOK, (f) => { f.certificate!.chain[0]!.validFrom = 'yesterday'; }) } },
    expect: [[BOOK, 'error', /validity dates are unreadable/]],
  },
  ...certificateUnavailableCases('transport.cert-lifetime'),
  { name: 'no endpoints section: nothing to judge', stack: { endpoints: undefined }, expect: [] },
]);
