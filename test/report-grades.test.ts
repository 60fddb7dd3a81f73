// Every human format says why each endpoint grade is what it is — the TLS score's parts and caps, the
// header score's modifiers — and the letter in the grade column always matches its explanation (an
// untrusted AND misnamed certificate is M everywhere, never "grade T" beside an M). No network:
// endpoint facts are built in the test and graded by the real grading code.
import { beforeAll, describe, expect, it } from 'vitest';
import type { EndpointFacts } from '../src/gather/endpoint-facts.js';
import { gradeEndpoints } from '../src/grade/endpoint-grades.js';
import { gradeTls } from '../src/grade/tls-grade.js';
import { endpointWhy, headersWhy, tlsWhy } from '../src/report/endpoint-words.js';
import { renderHtml } from '../src/report/html/index.js';
import { renderMarkdown } from '../src/report/markdown.js';
import type { Report, ReportEndpoint } from '../src/report/schema.js';
import { renderText } from '../src/report/text.js';
import { exampleReport } from './helpers/example-report.js';
import { goodEndpointFacts } from './helpers/endpoint-facts.js';

const BAD = 'https://bad-cert.clearskin.example';
/** Inside the helper's leaf validity (2026-10-01 to 2026-12-30). */
const NOW = '2026-11-15';
const flat = (s: string): string => s.replace(/\s+/g, ' ');
const text = (r: Report): string => renderText(r, { color: false, width: 80 });
/** The letter the caps assert as the verdict ("…: grade T."), for comparing with the column. */
const verdicts = (s: string): string[] => [...s.matchAll(/: grade ([TM])\./g)].map((m) => m[1]!);

/** An endpoint whose certificate is both untrusted and issued for another name, with TLS 1.0 on (a B cap). */
function untrustedAndMismatched(): EndpointFacts {
  const f = goodEndpointFacts(BAD);
  f.host = 'bad-cert.clearskin.example';
  Object.assign(f.certificate!, { trusted: false, trustError: 'SELF_SIGNED_CERT_IN_CHAIN', hostnameMatch: false });
  f.tls!.protocols.TLSv1 = { status: 'accepted', cipher: 'ECDHE-ECDSA-AES128-SHA' };
  return f;
}

function gradesOf(facts: EndpointFacts): ReportEndpoint[] {
  return gradeEndpoints([{ url: facts.url, phi: true } as never], { [facts.url]: facts }, NOW) as ReportEndpoint[];
}

let report: Report;
beforeAll(async () => {
  report = await exampleReport();
});

describe('TLS M and T: the column and the explanation agree', () => {
  it('grades an untrusted, misnamed certificate M, and no reason calls it grade T', () => {
    const grade = gradeTls(untrustedAndMismatched(), NOW);
    expect(grade.grade).toBe('M');
    expect(grade.caps[0]).toBe('Certificate is not valid for bad-cert.clearskin.example: grade M.');
    expect(grade.caps[1]).toMatch(/^Certificate not trusted \(SELF_SIGNED_CERT_IN_CHAIN\): this alone would be grade T, but the name mismatch \(M\) is the verdict shown\.$/);
    expect(verdicts(grade.caps.join(' '))).toEqual(['M']);
    expect(grade.caps).toContain('TLSv1 is supported: grade capped to B.');
    expect(grade.caps.at(-1)).toBe('If trust issues were ignored the grade would be B.');
  });

  it('keeps "grade T" for a certificate that is only untrusted, and leads with it', () => {
    const f = untrustedAndMismatched();
    f.certificate!.hostnameMatch = true;
    const grade = gradeTls(f, NOW);
    expect(grade.grade).toBe('T');
    expect(grade.caps[0]).toBe('Certificate not trusted (SELF_SIGNED_CERT_IN_CHAIN): grade T.');
    expect(verdicts(grade.caps.join(' '))).toEqual(['T']);
  });

  it('shows M in the column and "TLS M" with every reason in text, Markdown and HTML', () => {
    const endpoints = gradesOf(untrustedAndMismatched());
    const r: Report = { ...report, endpoints };
    const out = text(r);
    const row = out.split('\n').findIndex((l) => l.startsWith(`  ${BAD} `));
    expect(out.split('\n')[row]).toMatch(new RegExp(`^  ${BAD.replace(/\./g, '\\.')} +M +\\S+$`));
    expect(out.split('\n')[row + 1]).toMatch(/^ {4}TLS M: Certificate is not valid for/);
    const block = flat(out.slice(out.indexOf(BAD), out.indexOf('\n\n', out.indexOf(BAD))));
    expect(verdicts(block)).toEqual(['M']);
    expect(block).toContain('TLSv1 is supported: grade capped to B. If trust issues were ignored the grade would be B.');
    // 0.3 × (100 + 90) / 2 + 0.3 × 90 + 0.4 × 80 = 28.5 + 27 + 32 = 87.5: an A before the caps.
    expect(block).toContain('Score 87.5 = 0.3 × 95 protocol + 0.3 × 90 key exchange + 0.4 × 80 cipher strength, which is A (80 or more) before adjustments.');

    const md = renderMarkdown(r);
    const mdRow = md.split('\n').find((l) => l.startsWith(`| ${BAD} |`))!;
    expect(mdRow).toMatch(/^\| \S+ \| yes \| M \| \S+ \| \*\*TLS M:\*\* Certificate is not valid for/);
    expect(verdicts(mdRow)).toEqual(['M']);

    const html = renderHtml(r);
    const section = html.slice(html.indexOf('id="endpoints"'), html.indexOf('</section>', html.indexOf('id="endpoints"')));
    expect(section).toContain('<span class="letter">M</span> <span class="muted-strong">(87.5)</span>');
    expect(section).toContain('<p class="why"><strong>TLS M:</strong> Certificate is not valid for bad-cert.clearskin.example: grade M.');
    expect(verdicts(section)).toEqual(['M']);
  });
});

describe('why each endpoint grade is what it is', () => {
  it('explains the example site: the TLS parts and cap, and every header penalty from 100', () => {
    const out = flat(text(report));
    expect(out).toContain(
      'TLS B: score 95.5 = 0.3 × 95 protocol + 0.3 × 90 key exchange + 0.4 × 100 cipher strength, which is A (80 or more) before adjustments. TLSv1 and TLSv1.1 are supported: grade capped to B.',
    );
    expect(out).toContain(
      'Headers D-: 100 −25 (CSP header not implemented) −20 (Cookies set without Secure) −20 (Strict-Transport-Security not set) −5 (Subresource Integrity (SRI) not implemented, but every external script is loaded over HTTPS) −5 (X-Content-Type-Options not set) = 25, which is D- (25–29).',
    );
  });

  it('names every non-zero modifier, bonuses too, and a sum equal to the score, in every format', () => {
    const md = renderMarkdown(report);
    const html = renderHtml(report);
    const out = flat(text(report));
    for (const e of report.endpoints!) {
      const why = headersWhy(e).text;
      for (const t of e.headers.tests.filter((t) => t.modifier !== 0)) {
        expect(why).toContain(`${t.modifier < 0 ? '−' : '+'}${Math.abs(t.modifier)} (${t.description.replace(/\.$/, '')})`);
      }
      expect(why).toContain(`= ${e.headers.score}, which is ${e.headers.grade} (`);
      // Bonuses count only when the penalties alone leave 90 or more (then they are listed as not counted).
      const penalties = 100 + e.headers.tests.reduce((s, t) => s + Math.min(0, t.modifier), 0);
      const bonuses = e.headers.tests.reduce((s, t) => s + Math.max(0, t.modifier), 0);
      expect(Math.max(0, penalties >= 90 ? penalties + bonuses : penalties)).toBe(e.headers.score);
      for (const w of endpointWhy(e)) {
        expect(out).toContain(`${w.head}: ${w.text}`);
        expect(md).toContain(`**${w.head}:**`);
        expect(html).toContain(`<strong>${w.head}:</strong>`);
      }
      // The head carries the same letter as the columns.
      expect(tlsWhy(e).head).toBe(`TLS ${e.tls.grade}`);
      expect(headersWhy(e).head).toBe(`Headers ${e.headers.grade}`);
    }
    expect(report.endpoints!.some((e) => e.headers.tests.some((t) => t.modifier > 0))).toBe(true);
  });

  it('says when bonuses do not count (the penalties leave under 90)', () => {
    const f = goodEndpointFacts('https://book.clearskin.example');
    delete f.https!.headers['strict-transport-security'];
    const [e] = gradesOf(f);
    const why = headersWhy(e!);
    expect(e!.headers.score).toBeLessThan(90);
    expect(why.text).toMatch(/^100 −20 \(Strict-Transport-Security not set\)/);
    expect(why.text).toContain(`= ${e!.headers.score}, which is ${e!.headers.grade}`);
    expect(why.text).toMatch(/Not counted, since bonuses count only when the penalties leave 90 or more: \+5 \(/);
  });

  it('says a score below zero is floored at 0, and the F range', () => {
    const e: ReportEndpoint = {
      url: 'https://x.example',
      phi: false,
      tls: { grade: null, score: null, parts: { protocol: null, keyExchange: null, cipher: null }, caps: ['Not graded: nothing answered (ECONNREFUSED).'], limits: [] },
      headers: {
        grade: 'F',
        score: 0,
        tests: [
          { name: 'content-security-policy', result: 'csp-not-implemented', modifier: -25, description: 'CSP header not implemented.' },
          { name: 'cookies', result: 'cookies-session-without-secure-flag', modifier: -40, description: 'Session cookie set without Secure.' },
          { name: 'redirection', result: 'redirection-missing', modifier: -20, description: 'Does not redirect to HTTPS.' },
          { name: 'strict-transport-security', result: 'hsts-not-implemented', modifier: -20, description: 'Strict-Transport-Security not set.' },
        ],
        limits: [],
      },
    };
    expect(headersWhy(e).text).toBe(
      '100 −25 (CSP header not implemented) −40 (Session cookie set without Secure) −20 (Does not redirect to HTTPS) −20 (Strict-Transport-Security not set) = −5, floored at 0, which is F (under 25).',
    );
    expect(tlsWhy(e)).toEqual({ head: 'TLS not graded', text: 'nothing answered (ECONNREFUSED).' });
  });

  it('wraps the explanations at the report width', () => {
    for (const width of [60, 80, 100]) {
      const lines = renderText(report, { color: false, width }).split('\n');
      const start = lines.findIndex((l) => l.trimStart().startsWith('Endpoint '));
      const block = lines.slice(start, lines.indexOf('', start));
      expect(block.some((l) => l.startsWith('    Headers D-: '))).toBe(true);
      for (const l of block) expect(l.length).toBeLessThanOrEqual(width);
    }
  });
});
