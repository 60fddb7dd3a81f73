// The HTTP Observatory's subresource-integrity test, alone and in the header grade.
//
// Source of every expected result and number: mdn/mdn-http-observatory,
// src/analyzer/tests/subresource-integrity.js (the rules: same second-level domain is a secure
// origin whatever its scheme; the `goodness` order in which a later result replaces an earlier one;
// which results pass) and src/grader/charts.js SCORE_TABLE (+5 for both "implemented" passes, 0 for
// not-html, no scripts and all-from-secure-origin, -5 external over HTTPS without SRI, -20 SRI but
// external over HTTP, -50 neither), with src/scanner/index.js for the score (bonuses count only when
// the penalties alone leave at least MINIMUM_SCORE_FOR_EXTRA_CREDIT = 90).
import { describe, expect, it } from 'vitest';
import type { EndpointFacts, PageFacts } from '../src/index.js';
import { gradeHeaders } from '../src/grade/headers-grade.js';
import { isHtmlType, sriTest } from '../src/grade/sri-test.js';
import { goodEndpointFacts } from './helpers/endpoint-facts.js';

const PAGE = 'https://book.clearskin.example/';
const own = (path: string, integrity = false) => ({ url: `https://book.clearskin.example${path}`, integrity });
const cdn = (integrity: boolean, scheme = 'https') => ({ url: `${scheme}://cdn.jsdelivr.example/npm/lib.js`, integrity });
const tag = (integrity: boolean, scheme = 'https') => ({ url: `${scheme}://tags.vendor.example/t.js`, integrity });
const judge = (scripts: PageFacts['markupScripts'], contentType?: string) => {
  const { result, modifier, pass } = sriTest(PAGE, scripts, contentType);
  return [result, modifier, pass];
};

describe('sriTest (the Observatory subresource-integrity test)', () => {
  it('a page without a script file: sri-not-implemented-but-no-scripts-loaded, 0, passes', () => {
    expect(judge([])).toEqual(['sri-not-implemented-but-no-scripts-loaded', 0, true]);
  });

  it('a response that is not HTML: sri-not-implemented-response-not-html, 0, passes, whatever the scripts', () => {
    expect(judge([cdn(false, 'http')], 'application/json')).toEqual(['sri-not-implemented-response-not-html', 0, true]);
    for (const html of [undefined, '', 'text/html; charset=utf-8', 'Application/XHTML+XML']) expect(isHtmlType(html)).toBe(true);
    expect(isHtmlType('text/plain')).toBe(false);
  });

  it('scripts from the page\'s own site without integrity: ...-but-all-scripts-loaded-from-secure-origin, 0, passes', () => {
    // A sibling subdomain is the same second-level domain.
    expect(judge([own('/app.js'), { url: 'https://static.clearskin.example/x.js', integrity: false }])).toEqual([
      'sri-not-implemented-but-all-scripts-loaded-from-secure-origin', 0, true,
    ]);
  });

  it('an own-site script over plain HTTP is still a secure origin (the Observatory checks only the domain): 0', () => {
    expect(judge([{ url: 'http://clearskin.example/old.js', integrity: false }])[0]).toBe('sri-not-implemented-but-all-scripts-loaded-from-secure-origin');
    // ...and earns no bonus with integrity, since the scheme is not secure.
    expect(judge([{ url: 'http://clearskin.example/old.js', integrity: true }])[1]).toBe(0);
  });

  it('an own-site script with integrity over HTTPS: sri-implemented-and-all-scripts-loaded-securely, +5, passes', () => {
    expect(judge([own('/app.js', true), own('/b.js')])).toEqual(['sri-implemented-and-all-scripts-loaded-securely', 5, true]);
  });

  it('external scripts all with integrity over HTTPS: sri-implemented-and-external-scripts-loaded-securely, +5, passes', () => {
    expect(judge([own('/app.js'), cdn(true)])).toEqual(['sri-implemented-and-external-scripts-loaded-securely', 5, true]);
  });

  it('an external script over HTTPS without integrity: sri-not-implemented-but-external-scripts-loaded-securely, -5, fails', () => {
    expect(judge([own('/app.js'), cdn(true), tag(false)])).toEqual(['sri-not-implemented-but-external-scripts-loaded-securely', -5, false]);
  });

  it('an external script with integrity over HTTP: sri-implemented-but-external-scripts-not-loaded-securely, -20, fails', () => {
    expect(judge([cdn(true, 'http')])).toEqual(['sri-implemented-but-external-scripts-not-loaded-securely', -20, false]);
  });

  it('an external script over HTTP without integrity: sri-not-implemented-and-external-scripts-not-loaded-securely, -50, fails', () => {
    expect(judge([cdn(true), tag(false, 'http'), tag(false)])).toEqual(['sri-not-implemented-and-external-scripts-not-loaded-securely', -50, false]);
  });

  it('follows the Observatory\'s goodness order, in which -5 replaces -20 but -20 does not replace -5', () => {
    expect(judge([cdn(true, 'http'), tag(false)])[0]).toBe('sri-not-implemented-but-external-scripts-loaded-securely');
    expect(judge([tag(false), cdn(true, 'http')])[0]).toBe('sri-not-implemented-but-external-scripts-loaded-securely');
    // The own-site bonus found first is replaced by anything external found later.
    expect(judge([own('/app.js', true), tag(false)])[0]).toBe('sri-not-implemented-but-external-scripts-loaded-securely');
  });

  it('lists the external scripts only, and treats each customer of a shared hosting domain as its own site', () => {
    const sri = sriTest('https://glowspa.wixsite.com/home', [
      { url: 'https://glowspa.wixsite.com/app.js', integrity: false },
      { url: 'https://other.wixsite.com/widget.js', integrity: false },
    ]);
    expect(sri.external).toEqual([{ url: 'https://other.wixsite.com/widget.js', integrity: false, https: true }]);
    expect(sri.result).toBe('sri-not-implemented-but-external-scripts-loaded-securely');
  });
});

describe('gradeHeaders with the subresource-integrity test', () => {
  const URL_ = 'https://book.clearskin.example';
  const withScripts = (scripts: PageFacts['markupScripts'], change?: (f: EndpointFacts) => void): EndpointFacts => {
    const f = goodEndpointFacts(URL_);
    f.page!.markupScripts = scripts;
    change?.(f);
    return f;
  };
  const sriOf = (f: EndpointFacts) => gradeHeaders(f).tests.find((t) => t.name === 'subresource-integrity');

  it('the good page (its own script, no integrity) adds 0, listed between HSTS and nosniff, without extra fields', () => {
    const grade = gradeHeaders(goodEndpointFacts(URL_));
    const names = grade.tests.map((t) => t.name);
    expect(names.indexOf('subresource-integrity')).toBe(names.indexOf('strict-transport-security') + 1);
    expect(sriOf(goodEndpointFacts(URL_))).toEqual({
      name: 'subresource-integrity',
      result: 'sri-not-implemented-but-all-scripts-loaded-from-secure-origin',
      modifier: 0,
      description: expect.stringMatching(/^Subresource Integrity \(SRI\) not implemented/),
    });
    expect(grade.score).toBe(120);
  });

  it('-5 for an external script without integrity: 95 uncurved, so the four bonuses count (115, A+)', () => {
    const f = withScripts([own('/app.js'), tag(false)]);
    expect(gradeHeaders(f)).toMatchObject({ score: 115, grade: 'A+' });
    expect(gradeHeaders(f).limits.join('\n')).toMatch(/protocol-relative src/);
  });

  it('+5 for external scripts with integrity, a bonus like the others (125)', () => {
    expect(gradeHeaders(withScripts([cdn(true)]))).toMatchObject({ score: 125, grade: 'A+' });
  });

  it('the +5 is withheld with the other bonuses when the penalties leave under 90 (no HSTS: 80)', () => {
    const f = withScripts([cdn(true)], (f) => {
      delete f.https!.headers['strict-transport-security'];
    });
    expect(sriOf(f)?.modifier).toBe(5);
    expect(gradeHeaders(f)).toMatchObject({ score: 80, grade: 'B+' });
  });

  it('-20 for integrity over HTTP (80, B+) and -50 without it (50, C): bonuses withheld', () => {
    expect(gradeHeaders(withScripts([cdn(true, 'http')]))).toMatchObject({ score: 80, grade: 'B+' });
    expect(gradeHeaders(withScripts([cdn(false, 'http')]))).toMatchObject({ score: 50, grade: 'C' });
  });

  it('a page read from its HTML only is judged the same (the Observatory reads the served HTML too)', () => {
    const f = withScripts([tag(false)], (f) => {
      f.page!.kind = 'html';
    });
    expect(sriOf(f)?.result).toBe('sri-not-implemented-but-external-scripts-loaded-securely');
  });

  it('a response that is not HTML needs no page: sri-not-implemented-response-not-html, 0', () => {
    const f = goodEndpointFacts(URL_);
    f.https!.headers['content-type'] = 'application/json';
    delete f.page;
    expect(sriOf(f)?.result).toBe('sri-not-implemented-response-not-html');
    expect(gradeHeaders(f).limits.join('\n')).not.toMatch(/subresource-integrity/);
  });

  it('no page visit recorded, or a failed one: not assessed, counted as 0, and said in limits', () => {
    const none = goodEndpointFacts(URL_);
    delete none.page;
    const failed = goodEndpointFacts(URL_);
    failed.page = { ...failed.page!, error: 'timeout after 15000 ms' };
    for (const [f, why] of [[none, /no page visit was recorded/], [failed, /the page visit failed: timeout after 15000 ms/]] as const) {
      const grade = gradeHeaders(f);
      expect(grade.tests.map((t) => t.name)).not.toContain('subresource-integrity');
      expect(grade.score).toBe(120);
      expect(grade.limits.join('\n')).toMatch(/subresource-integrity: not assessed/);
      expect(grade.limits.join('\n')).toMatch(why);
    }
  });
});
