// The JSON report as bytes: the results spliced in a slice at a time give exactly what one
// JSON.stringify of the report gives, only with every non-ASCII character as a \u escape.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { jsonChunks, renderJson, renderJsonBytes, renderJsonContent } from '../src/report/json.js';
import type { Report } from '../src/report/schema.js';

const sample = (): Report => JSON.parse(readFileSync(fileURLToPath(new URL('../fixtures/reports/glow-medspa.json', import.meta.url)), 'utf8')) as Report;

/** The report with its results repeated to `n`, one subject made non-ASCII (and one with a lone surrogate). */
function grown(n: number): Report {
  const report = sample();
  const base = report.results;
  report.results = Array.from({ length: n }, (_, i) => ({ ...base[i % base.length]!, subject: `${base[i % base.length]!.subject} #${i}` }));
  if (n > 2500) report.results[2500]!.subject = 'Café Ω — “quoted” 😀';
  if (n > 4100) report.results[4100]!.message = 'lone \ud800 surrogate, a quote " and a backslash \\';
  return report;
}

const isAscii = (bytes: Uint8Array) => bytes.every((b) => b < 0x80);

describe('renderJsonBytes', () => {
  it('reads back as the same report, in ASCII, across many slices', () => {
    for (const n of [0, 1, 1999, 2000, 2001, 4500]) {
      const report = n === 0 ? { ...sample(), results: [] } : n < 4500 ? { ...sample(), results: grown(4500).results.slice(0, n) } : grown(n);
      const bytes = renderJsonBytes(report);
      expect(isAscii(bytes), `n = ${n}`).toBe(true);
      expect(bytes[bytes.length - 1]).toBe(0x0a);
      const text = Buffer.from(bytes).toString('utf8');
      expect(text.split('\n')).toHaveLength(2);
      expect(JSON.parse(text)).toEqual(JSON.parse(JSON.stringify(report)));
      // Escaping aside, it is JSON.stringify's own text.
      const escaped = (JSON.stringify(report) + '\n').replace(/[\u0080-\uffff]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
      expect(text).toBe(escaped);
      expect(renderJson(report)).toBe(text);
    }
  });

  it('keeps the report\'s key order, with the results where they belong', () => {
    const report = grown(2100);
    const keys = Object.keys(JSON.parse(Buffer.from(renderJsonBytes(report)).toString('utf8')) as object);
    expect(keys).toEqual(Object.keys(report));
  });

  it('reads back any text a stack or a page could put in a result', () => {
    const report = grown(2001);
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), fc.string({ unit: 'grapheme' }), fc.integer({ min: 0, max: 2000 }), (a, b, i) => {
        const copy = { ...report, results: report.results.map((r, j) => (j === i ? { ...r, subject: a, message: b } : r)) };
        const bytes = renderJsonBytes(copy);
        expect(isAscii(bytes)).toBe(true);
        expect(JSON.parse(Buffer.from(bytes).toString('latin1'))).toEqual(JSON.parse(JSON.stringify(copy)));
      }),
      { numRuns: 40 },
    );
  });

  it('escapes the score formula instead of writing it as UTF-8', () => {
    const text = Buffer.from(renderJsonBytes(sample())).toString('latin1');
    expect(text).toContain('\\u03a3(weight');
    expect(text).not.toContain('Σ');
  });

  it('is made in pieces (one per slice of results) that join to the same bytes, again on each call', () => {
    const report = grown(4500);
    const whole = Buffer.from(renderJsonBytes(report));
    const content = renderJsonContent(report);
    for (let round = 0; round < 2; round++) {
      const pieces = [...content.chunks()];
      // The keys before the results, three slices of at most 2,000 results, the keys after.
      expect(pieces).toHaveLength(5);
      expect(Math.max(...pieces.map((p) => p.length))).toBeLessThan(whole.length / 2);
      expect(Buffer.concat(pieces).equals(whole)).toBe(true);
    }
    expect([...jsonChunks({ ...report, results: [] })].map((p) => p.toString('latin1')).join('')).toBe(renderJson({ ...report, results: [] }));
  });
});
