// The PDF report: printed by the installed Chromium, reproducible to the byte, and a clear usage error without one.
import { chmodSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { UsageError } from '../src/errors.js';
import { findChromium } from '../src/report/chromium.js';
import { renderHtml } from '../src/report/html/index.js';
import { fixPdfDates, NO_CHROMIUM, renderPdf, startPdf } from '../src/report/pdf.js';
import type { Report } from '../src/report/schema.js';
import { glowReport, requireChromium } from './helpers/chromium.js';

let report: Report;
let html: string;
let chromiumPath: string;

const latin1 = (bytes: Uint8Array) => Buffer.from(bytes).toString('latin1');
const leftovers = () => readdirSync(tmpdir()).filter((name) => name.startsWith('hipaa-hero-pdf-'));

beforeAll(async () => {
  chromiumPath = await requireChromium();
  report = await glowReport();
  html = renderHtml(report, { preparedBy: 'Northwind Compliance Partners' });
}, 60_000);

describe('renderPdf', () => {
  it('prints the report to a PDF, stamped with the report time, the same bytes every time', async () => {
    const before = leftovers();
    const first = await renderPdf(html, { date: report.generatedAt });
    const second = await renderPdf(html, { date: report.generatedAt });
    // A printer started before the report existed (as a run starts it beside its audit) prints the same.
    const printer = await startPdf();
    const early = await renderPdf(html, { date: report.generatedAt, printer }).finally(() => printer.close());
    expect(latin1(first.subarray(0, 5))).toBe('%PDF-');
    expect(latin1(first.subarray(-6)).trim()).toBe('%%EOF');
    expect(Buffer.compare(Buffer.from(first), Buffer.from(second))).toBe(0);
    expect(Buffer.compare(Buffer.from(first), Buffer.from(early))).toBe(0);
    const text = latin1(first);
    // The print time is replaced by the report's (2026-11-28T00:00:00Z), at the same length.
    expect(text.match(/\/(CreationDate|ModDate) \(D:[^)]*\)/g)).toEqual([
      "/CreationDate (D:20261128000000+00'00')",
      "/ModDate (D:20261128000000+00'00')",
    ]);
    // Several pages, and the citations are live links to the eCFR.
    expect((text.match(/\/Type \/Page\b/g) ?? []).length).toBeGreaterThan(5);
    expect(text).toContain('/URI (https://www.ecfr.gov/current/title-45/section-164.308)');
    // The private temp directory is gone.
    expect(leftovers()).toEqual(before);
  }, 120_000);

  it('uses the Chromium given, and says what to do when there is none', async () => {
    const pdf = await renderPdf('<!DOCTYPE html><html lang="en"><meta charset="utf-8"><title>t</title><p>hello</p></html>', { chromium: chromiumPath });
    expect(latin1(pdf.subarray(0, 5))).toBe('%PDF-');
    const missing = renderPdf(html, { chromium: '/nonexistent/chromium' });
    await expect(missing).rejects.toBeInstanceOf(UsageError);
    await expect(renderPdf(html, { chromium: '/nonexistent/chromium' })).rejects.toThrow(NO_CHROMIUM);
    expect(NO_CHROMIUM).toBe(
      'no Chromium found to print the PDF — install it (Debian/Ubuntu: apt-get install chromium; macOS: brew install --cask chromium) or give its path with --chromium <path>',
    );
  }, 60_000);

  it('kills Chromium when it runs out of time, and cleans up', async () => {
    const before = leftovers();
    // The machine's problem, not a bug: a UsageError, exit 2 (test/report-pdf-chromium.test.ts has the rest).
    const late = renderPdf(html, { timeoutMs: 1 });
    await expect(late).rejects.toBeInstanceOf(UsageError);
    await expect(late).rejects.toThrow(/^Chromium at .* did not finish printing the PDF within 1 s and was stopped: check it runs/);
    expect(leftovers()).toEqual(before);
  }, 60_000);

  it('refuses a date that is not a date-time before starting anything', async () => {
    await expect(renderPdf(html, { date: 'yesterday' })).rejects.toThrow(/not an ISO date-time/);
  });
});

describe('fixPdfDates', () => {
  it('replaces the stamps in place, keeping every byte offset', () => {
    const pdf = "%PDF-1.4\n1 0 obj\n<</CreationDate (D:20991231235959-05'00')\n/ModDate (D:20991231235959Z)>>\nendobj\n";
    const fixed = latin1(fixPdfDates(new Uint8Array(Buffer.from(pdf, 'latin1')), '2026-11-28T08:09:10.123Z'));
    expect(fixed.length).toBe(pdf.length);
    expect(fixed).toContain("/CreationDate (D:20261128080910+00'00')\n");
    expect(fixed).toContain('/ModDate (D:20261128080910Z)>>');
  });

  it('takes a leap second, which a saved report may carry (RFC 3339) but Date cannot parse, instead of failing', () => {
    const pdf = "%PDF-1.4\n<</CreationDate (D:20991231235959-05'00')>>\n";
    const fixed = latin1(fixPdfDates(new Uint8Array(Buffer.from(pdf, 'latin1')), '2016-12-31T23:59:60Z'));
    expect(fixed).toContain("/CreationDate (D:20161231235959+00'00')");
  });
});

describe('findChromium', () => {
  it('takes an explicit path only if it is an executable file', async () => {
    expect(await findChromium('/nonexistent/chromium')).toBeUndefined();
    expect(await findChromium(tmpdir())).toBeUndefined();
    expect(await findChromium(chromiumPath)).toBe(chromiumPath);
  });

  it('looks on the PATH by name, in order', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'hh-chromium-'));
    for (const name of ['google-chrome', 'chromium-browser']) {
      writeFileSync(path.join(dir, name), '#!/bin/sh\nexit 0\n');
      chmodSync(path.join(dir, name), 0o755);
    }
    writeFileSync(path.join(dir, 'chromium'), 'not executable');
    const saved = process.env.PATH;
    try {
      process.env.PATH = dir;
      expect(await findChromium()).toBe(path.join(dir, 'chromium-browser'));
    } finally {
      process.env.PATH = saved;
    }
  });
});
