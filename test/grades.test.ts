// Tests the TLS grade (Qualys SSL Labs "SSL Server Rating Guide") and the header grade (MDN HTTP
// Observatory scoring) on the well-run endpoint from the helpers, varied one fact at a time.
//
// Sources every expected number traces to, cited by name below:
//   [Guide]  Qualys SSL Labs, "SSL Server Rating Guide" (ssllabs/research wiki; version 2009r):
//            weights 30/30/40; protocol TLS 1.0 90, 1.1 95, 1.2 100 (TLS 1.3 scored as 1.2);
//            key exchange <512 20, <1024 40, <2048 80, <4096 90, ≥4096 100; cipher <128 20,
//            <256 80, ≥256 100; letters A ≥80, B ≥65, C ≥50, D ≥35, E ≥20, F <20; changes in
//            2009e (keys <1024 F, <2048 B; MD5 signatures insecure; A+ needs HSTS ≥ 6 months and no
//            warnings) and 2009r (no TLS 1.3, or HSTS missing/invalid → warning, grade A-).
//   Qualys blog posts: "Increased Penalty When TLS 1.2 Is Not Supported" (C), "Grading Changes
//            January 2017" (3DES with TLS 1.1+ → C), "Forward Secrecy, Authenticated Encryption and
//            ROBOT" (no FS → B, no AEAD → B), "Grade Change for TLS 1.0 and TLS 1.1" (→ B).
//   [SP800-57] NIST SP 800-57 Part 1 Table 2: a 256-bit curve (P-256, X25519) ≈ RSA 3072, 384-bit ≈ RSA 7680.
//   [Obs]    MDN HTTP Observatory scoring (mdn/mdn-http-observatory, src/grader/charts.js SCORE_TABLE,
//            GRADE_CHART, MINIMUM_SCORE_FOR_EXTRA_CREDIT = 90; src/scanner/index.js): start at 100, add
//            modifiers, bonuses only when the penalties alone leave ≥ 90, floor 0, grade at the score
//            rounded down to a multiple of 5.
import { describe, expect, it } from 'vitest';
import type { CookieFacts, EndpointFacts } from '../src/index.js';
import { gradeHeaders, observatoryGrade, parseHsts } from '../src/grade/headers-grade.js';
import { gradeTls } from '../src/grade/tls-grade.js';
import { goodEndpointFacts, unreachable } from './helpers/endpoint-facts.js';

const URL_ = 'https://book.clearskin.example';
const HOST = 'book.clearskin.example';
/** Inside the good leaf certificate's validity (2026-10-01 to 2026-12-30). */
const NOW = '2026-11-15';

/** The good endpoint with one change applied. */
function vary(change: (facts: EndpointFacts) => void): EndpointFacts {
  const facts = goodEndpointFacts(URL_);
  change(facts);
  return facts;
}

// Small accessors that fail loudly if the helper's shape ever changes.
const tlsOf = (f: EndpointFacts) => f.tls ?? expect.unreachable('tls');
const certOf = (f: EndpointFacts) => f.certificate ?? expect.unreachable('certificate');
const leafOf = (f: EndpointFacts) => certOf(f).chain[0] ?? expect.unreachable('leaf');
const negotiatedOf = (f: EndpointFacts) => tlsOf(f).negotiated ?? expect.unreachable('negotiated');
const httpsOf = (f: EndpointFacts) => f.https ?? expect.unreachable('https');
const httpOf = (f: EndpointFacts) => f.http ?? expect.unreachable('http');

describe('gradeTls (SSL Labs rating guide)', () => {
  it('grades the good endpoint A+ with score 89', () => {
    // [Guide] protocol: best TLS 1.3 (100) + worst TLS 1.2 (100), / 2 = 100.
    // Key exchange: the weaker of the P-256 certificate key and the X25519 exchange, both ≈ RSA 3072
    // [SP800-57], which is "< 4096" → 90. Cipher: AES-128 is both strongest and weakest → (80 + 80) / 2 = 80.
    // Score 0.3·100 + 0.3·90 + 0.4·80 = 30 + 27 + 32 = 89 → A (≥ 80). No caps; TLS 1.3 is offered and
    // HSTS max-age 63072000 ≥ 15552000 with no warnings → A+ (changes in 2009e / 2009r).
    const grade = gradeTls(goodEndpointFacts(URL_), NOW);
    expect(grade.parts).toEqual({ protocol: 100, keyExchange: 90, cipher: 80 });
    expect(grade.score).toBe(89);
    expect(grade.grade).toBe('A+');
    expect(grade.caps).toEqual([expect.stringMatching(/max-age 63072000 .* raised to A\+/)]);
    expect(grade.limits.join('\n')).toMatch(/SSLv2 and SSLv3 are not tested/);
    expect(grade.limits.join('\n')).toMatch(/full suite list/);
  });

  it('averages the strongest and weakest cipher: AES-256 on TLS 1.3 and AES-128 on TLS 1.2 give 90', () => {
    const facts = vary((f) => {
      const t = tlsOf(f);
      t.protocols['TLSv1.3'] = { status: 'accepted', cipher: 'TLS_AES_256_GCM_SHA384' };
      Object.assign(negotiatedOf(f), { cipher: 'TLS_AES_256_GCM_SHA384', standardName: 'TLS_AES_256_GCM_SHA384', cipherBits: 256 });
    });
    // [Guide] (100 for ≥ 256 bits + 80 for 128 bits) / 2 = 90; score 30 + 27 + 0.4·90 = 93.
    const grade = gradeTls(facts, NOW);
    expect(grade.parts.cipher).toBe(90);
    expect(grade.score).toBe(93);
    expect(grade.grade).toBe('A+');
  });

  it('scores a P-384 certificate with a secp384r1 exchange 100 for key exchange', () => {
    const facts = vary((f) => {
      Object.assign(leafOf(f), { keyBits: 384, curve: 'secp384r1' });
      negotiatedOf(f).keyExchange = { type: 'ECDH', name: 'secp384r1', size: 384 };
    });
    // [SP800-57] 384-bit curve ≈ RSA 7680 → [Guide] "≥ 4096" → 100; score 30 + 30 + 32 = 92.
    const grade = gradeTls(facts, NOW);
    expect(grade.parts.keyExchange).toBe(100);
    expect(grade.score).toBe(92);
  });

  it('caps at B when TLS 1.0 is accepted', () => {
    const facts = vary((f) => {
      tlsOf(f).protocols.TLSv1 = { status: 'accepted', cipher: 'ECDHE-ECDSA-AES128-SHA' };
    });
    // [Guide] protocol (100 + 90) / 2 = 95; score 0.3·95 + 27 + 32 = 87.5 → A; TLS 1.0 → B ("Grade Change for TLS 1.0 and TLS 1.1").
    const grade = gradeTls(facts, NOW);
    expect(grade.parts.protocol).toBe(95);
    expect(grade.score).toBe(87.5);
    expect(grade.grade).toBe('B');
    expect(grade.caps).toEqual([expect.stringMatching(/TLSv1 is supported: grade capped to B/)]);
  });

  it('caps at B when TLS 1.1 is accepted', () => {
    const facts = vary((f) => {
      tlsOf(f).protocols['TLSv1.1'] = { status: 'accepted', cipher: 'ECDHE-ECDSA-AES128-SHA' };
    });
    // Protocol (100 + 95) / 2 = 97.5; score 29.25 + 27 + 32 = 88.25 → A → B.
    const grade = gradeTls(facts, NOW);
    expect(grade.score).toBe(88.25);
    expect(grade.grade).toBe('B');
  });

  it('caps at B without forward secrecy (a TLS 1.2 client gets RSA key transport)', () => {
    const facts = vary((f) => {
      tlsOf(f).protocols['TLSv1.2'] = { status: 'accepted', cipher: 'AES128-GCM-SHA256' };
    });
    // "Forward Secrecy, Authenticated Encryption and ROBOT": no FS for capable clients → B. Score stays 89.
    const grade = gradeTls(facts, NOW);
    expect(grade.score).toBe(89);
    expect(grade.grade).toBe('B');
    expect(grade.caps).toEqual([expect.stringMatching(/No forward secrecy: a TLS 1.2 client negotiates AES128-GCM-SHA256/)]);
  });

  it('caps at B when the modern handshake itself has no ephemeral key exchange', () => {
    const facts = vary((f) => {
      Object.assign(negotiatedOf(f), { keyExchange: null, forwardSecrecy: false });
    });
    // Key exchange then rests on the P-256 certificate key alone: still 90, score 89 → A → B.
    const grade = gradeTls(facts, NOW);
    expect(grade.parts.keyExchange).toBe(90);
    expect(grade.grade).toBe('B');
    expect(grade.caps.join('\n')).toMatch(/No forward secrecy: a modern client negotiates/);
  });

  it('caps at B without an AEAD suite for TLS 1.2 clients', () => {
    const facts = vary((f) => {
      tlsOf(f).protocols['TLSv1.2'] = { status: 'accepted', cipher: 'ECDHE-ECDSA-AES128-SHA256' };
    });
    const grade = gradeTls(facts, NOW);
    expect(grade.grade).toBe('B');
    expect(grade.caps).toEqual([expect.stringMatching(/No AEAD suite: a TLS 1.2 client negotiates ECDHE-ECDSA-AES128-SHA256/)]);
  });

  it('caps at C when 3DES is negotiated with TLS 1.2 ("Grading Changes January 2017")', () => {
    const facts = vary((f) => {
      tlsOf(f).protocols['TLSv1.2'] = { status: 'accepted', cipher: 'ECDHE-ECDSA-DES-CBC3-SHA' };
    });
    // [Guide] 3DES counts as 168 bits, "< 256" → 80, so the score stays 89; the suite is also not AEAD (B).
    const grade = gradeTls(facts, NOW);
    expect(grade.score).toBe(89);
    expect(grade.grade).toBe('C');
    expect(grade.caps.join('\n')).toMatch(/3DES \(ECDHE-ECDSA-DES-CBC3-SHA\) is negotiated with TLSv1.2: grade capped to C/);
  });

  it('caps at C without TLS 1.2 (only TLS 1.0 and 1.1 accepted)', () => {
    const facts = vary((f) => {
      const t = tlsOf(f);
      t.protocols = {
        TLSv1: { status: 'accepted', cipher: 'ECDHE-ECDSA-AES128-SHA' },
        'TLSv1.1': { status: 'accepted', cipher: 'ECDHE-ECDSA-AES128-SHA' },
        'TLSv1.2': { status: 'rejected', reason: 'protocol version' },
        'TLSv1.3': { status: 'rejected', reason: 'protocol version' },
      };
      Object.assign(negotiatedOf(f), { protocol: 'TLSv1.1', cipher: 'ECDHE-ECDSA-AES128-SHA', standardName: undefined, aead: false });
    });
    // Protocol (95 + 90) / 2 = 92.5; score 27.75 + 27 + 32 = 86.75 → A; TLS 1.0/1.1 → B and no TLS 1.2 → C
    // ("Increased Penalty When TLS 1.2 Is Not Supported"); the lower cap wins.
    const grade = gradeTls(facts, NOW);
    expect(grade.parts.protocol).toBe(92.5);
    expect(grade.score).toBe(86.75);
    expect(grade.grade).toBe('C');
    expect(grade.caps.join('\n')).toMatch(/TLS 1.2 is not supported: grade capped to C/);
  });

  it('does not hold a TLS 1.3-only server to the TLS 1.2 rule', () => {
    const facts = vary((f) => {
      tlsOf(f).protocols['TLSv1.2'] = { status: 'rejected', reason: 'protocol version' };
    });
    const grade = gradeTls(facts, NOW);
    expect(grade.score).toBe(89);
    expect(grade.grade).toBe('A+');
  });

  it('caps a 1024-bit RSA key at B, as the guide says for keys under 2048 bits', () => {
    // The guide's F is for keys *under* 1024 bits (changes in 2009e); 1024 itself is "weak": B.
    const facts = vary((f) => {
      Object.assign(leafOf(f), { keyType: 'rsa', keyBits: 1024, curve: undefined, signatureAlgorithm: 'sha256WithRSAEncryption' });
    });
    // Key exchange min(RSA 1024 → "< 2048" → 80, X25519 → 90) = 80; score 30 + 24 + 32 = 86 → A → B.
    const grade = gradeTls(facts, NOW);
    expect(grade.parts.keyExchange).toBe(80);
    expect(grade.score).toBe(86);
    expect(grade.grade).toBe('B');
    expect(grade.caps).toEqual([expect.stringMatching(/under 2048 bits \(the certificate's 1024-bit RSA key\)/)]);
  });

  it('fails a key under 1024 bits', () => {
    const facts = vary((f) => {
      Object.assign(leafOf(f), { keyType: 'rsa', keyBits: 768, curve: undefined });
    });
    // Key exchange 768 → "< 1024" → 40; score 30 + 12 + 32 = 74 → B, capped to F.
    const grade = gradeTls(facts, NOW);
    expect(grade.parts.keyExchange).toBe(40);
    expect(grade.score).toBe(74);
    expect(grade.grade).toBe('F');
  });

  it('fails weak ephemeral DH parameters the same way', () => {
    const facts = vary((f) => {
      negotiatedOf(f).keyExchange = { type: 'DH', size: 768 };
    });
    const grade = gradeTls(facts, NOW);
    expect(grade.parts.keyExchange).toBe(40);
    expect(grade.grade).toBe('F');
    expect(grade.caps.join('\n')).toMatch(/768-bit DH parameters/);
  });

  it('fails an MD5-signed certificate', () => {
    const facts = vary((f) => {
      leafOf(f).signatureAlgorithm = 'md5WithRSAEncryption';
    });
    const grade = gradeTls(facts, NOW);
    expect(grade.score).toBe(89);
    expect(grade.grade).toBe('F');
    expect(grade.caps).toEqual([expect.stringMatching(/signed with md5WithRSAEncryption: grade capped to F/)]);
  });

  it('does not judge the signature of a self-signed root sent in the chain', () => {
    const facts = vary((f) => {
      certOf(f).chain.push({ ...leafOf(f), subject: 'CN=Example Root CA', selfSigned: true, signatureAlgorithm: 'md5WithRSAEncryption' });
    });
    expect(gradeTls(facts, NOW).grade).toBe('A+');
  });

  it('gives T for an expired certificate', () => {
    const facts = vary((f) => {
      leafOf(f).validTo = '2026-11-01T00:00:00.000Z';
    });
    const grade = gradeTls(facts, NOW);
    expect(grade.grade).toBe('T');
    expect(grade.score).toBe(89);
    expect(grade.caps.join('\n')).toMatch(/expired on 2026-11-01: grade T/);
    expect(grade.caps.join('\n')).toMatch(/If trust issues were ignored the grade would be A/);
  });

  it('judges expiry on the audit day it is given', () => {
    expect(gradeTls(goodEndpointFacts(URL_), '2027-01-05').grade).toBe('T');
    expect(gradeTls(goodEndpointFacts(URL_), '2026-09-01').caps.join('\n')).toMatch(/not valid until 2026-10-01/);
    expect(gradeTls(goodEndpointFacts(URL_), '2026-12-29').grade).toBe('A+');
  });

  it('gives T for a self-signed certificate', () => {
    const facts = vary((f) => {
      leafOf(f).selfSigned = true;
    });
    expect(gradeTls(facts, NOW).grade).toBe('T');
  });

  it('gives T for an untrusted chain', () => {
    const facts = vary((f) => {
      Object.assign(certOf(f), { trusted: false, trustError: 'UNABLE_TO_GET_ISSUER_CERT_LOCALLY' });
    });
    const grade = gradeTls(facts, NOW);
    expect(grade.grade).toBe('T');
    expect(grade.caps.join('\n')).toMatch(/not trusted \(UNABLE_TO_GET_ISSUER_CERT_LOCALLY\)/);
  });

  it('gives M for a certificate issued for another name', () => {
    const facts = vary((f) => {
      certOf(f).hostnameMatch = false;
    });
    const grade = gradeTls(facts, NOW);
    expect(grade.grade).toBe('M');
    expect(grade.caps.join('\n')).toMatch(new RegExp(`not valid for ${HOST.replace(/\./g, '\\.')}: grade M`));
  });

  it('gives A- without HSTS (changes in 2009r: a warning), not A+', () => {
    // The guide's 2009r revision turned a missing HSTS header into a warning that caps the grade at A-.
    const facts = vary((f) => {
      delete httpsOf(f).headers['strict-transport-security'];
    });
    const grade = gradeTls(facts, NOW);
    expect(grade.score).toBe(89);
    expect(grade.grade).toBe('A-');
    expect(grade.caps).toEqual([expect.stringMatching(/HSTS is not enabled/)]);
  });

  it('gives A, not A+, when HSTS max-age is under six months', () => {
    const facts = vary((f) => {
      httpsOf(f).headers['strict-transport-security'] = 'max-age=86400';
    });
    const grade = gradeTls(facts, NOW);
    expect(grade.grade).toBe('A');
    expect(grade.caps).toEqual([expect.stringMatching(/A\+ not awarded: HSTS max-age 86400 is under 15552000/)]);
  });

  it('treats HSTS max-age=0 as disabled: A-', () => {
    const facts = vary((f) => {
      httpsOf(f).headers['strict-transport-security'] = 'max-age=0';
    });
    expect(gradeTls(facts, NOW).grade).toBe('A-');
  });

  it('gives A- without TLS 1.3 (changes in 2009r)', () => {
    const facts = vary((f) => {
      tlsOf(f).protocols['TLSv1.3'] = { status: 'rejected', reason: 'protocol version' };
      Object.assign(negotiatedOf(f), { protocol: 'TLSv1.2', cipher: 'ECDHE-ECDSA-AES128-GCM-SHA256', standardName: undefined });
    });
    const grade = gradeTls(facts, NOW);
    expect(grade.score).toBe(89);
    expect(grade.grade).toBe('A-');
    expect(grade.caps).toEqual([expect.stringMatching(/TLS 1.3 is not supported: grade capped to A-/)]);
  });

  it('lists a protocol our TLS library could not offer as a limit, not as accepted', () => {
    const facts = vary((f) => {
      tlsOf(f).protocols.TLSv1 = { status: 'untestable', reason: 'OpenSSL security level forbids TLSv1' };
    });
    const grade = gradeTls(facts, NOW);
    expect(grade.grade).toBe('A+');
    expect(grade.limits.join('\n')).toMatch(/TLSv1: it could not be tested \(untestable: OpenSSL security level forbids TLSv1\)/);
  });

  it('pushes the score to zero when a category is zero (NULL cipher)', () => {
    const facts = vary((f) => {
      const t = tlsOf(f);
      t.protocols['TLSv1.2'] = { status: 'accepted', cipher: 'ECDHE-ECDSA-NULL-SHA' };
      t.protocols['TLSv1.3'] = { status: 'rejected', reason: 'protocol version' };
      Object.assign(negotiatedOf(f), { protocol: 'TLSv1.2', cipher: 'ECDHE-ECDSA-NULL-SHA', standardName: undefined, aead: false, cipherBits: 0 });
    });
    // [Guide] "0 bits (no encryption)" → 0%, and "a zero in any category will push the overall score to zero" → F.
    const grade = gradeTls(facts, NOW);
    expect(grade.parts.cipher).toBe(0);
    expect(grade.score).toBe(0);
    expect(grade.grade).toBe('F');
  });

  it('is not graded when no handshake could be made', () => {
    const facts = vary((f) => {
      f.tls = { error: 'connect ECONNREFUSED 127.0.0.1:443', protocols: {} };
    });
    const grade = gradeTls(facts, NOW);
    expect(grade).toMatchObject({ grade: null, score: null, parts: { protocol: null, keyExchange: null, cipher: null } });
    expect(grade.caps).toEqual([expect.stringMatching(/no TLS handshake could be made \(connect ECONNREFUSED/)]);
  });

  it('is not graded when the server accepted nothing', () => {
    const facts = vary((f) => {
      const rejected = { status: 'rejected', reason: 'handshake failure' } as const;
      f.tls = { protocols: { TLSv1: rejected, 'TLSv1.1': rejected, 'TLSv1.2': rejected, 'TLSv1.3': rejected } };
    });
    const grade = gradeTls(facts, NOW);
    expect(grade.grade).toBeNull();
    expect(grade.caps).toEqual([expect.stringMatching(/accepted no TLS protocol/)]);
  });

  it('gives a score but no grade when the certificate was not recorded', () => {
    const facts = vary((f) => {
      delete f.certificate;
    });
    const grade = gradeTls(facts, NOW);
    // Key exchange falls back to the X25519 exchange (90), so the score is still 89.
    expect(grade.score).toBe(89);
    expect(grade.grade).toBeNull();
    expect(grade.caps.join('\n')).toMatch(/certificate could not be inspected/);
  });

  it('withholds A+ (but gives A) when the HTTPS response, and so HSTS, is unknown', () => {
    const facts = vary((f) => {
      f.https = { error: 'socket hang up', hops: [], headers: {}, cookies: [] };
    });
    const grade = gradeTls(facts, NOW);
    expect(grade.grade).toBe('A');
    expect(grade.limits.join('\n')).toMatch(/HSTS is unknown \(socket hang up\)/);
  });

  it('is not graded at all when nothing answered (no D, no F from empty facts)', () => {
    const grade = gradeTls(unreachable(URL_), NOW);
    expect(grade).toMatchObject({ grade: null, score: null });
    expect(grade.caps).toEqual([expect.stringMatching(/Not graded: nothing answered \(connection refused at 203\.0\.113\.9 port 443\)/)]);
  });

  it('caps at A- when the HTTPS page redirects to plain HTTP on another host (HSTS has nothing to protect)', () => {
    const facts = vary((f) => {
      Object.assign(httpsOf(f), {
        hops: [{ url: `https://${HOST}/`, status: 302, location: 'http://elsewhere.example/book' }],
        offSiteRedirect: 'http://elsewhere.example/book',
        status: 302,
      });
    });
    const grade = gradeTls(facts, NOW);
    expect(grade.grade).toBe('A-');
    expect(grade.caps).toContain('The HTTPS response redirects to plain HTTP (http://elsewhere.example/book): grade capped to A-.');
  });

  it('leaves a certificate key whose size could not be read out of key exchange, instead of failing it', () => {
    const facts = vary((f) => {
      Object.assign(leafOf(f), { keyType: 'rsa', keyBits: 0 });
    });
    const grade = gradeTls(facts, NOW);
    // Key exchange from the X25519 exchange alone (90): no "under 1024 bits" F.
    expect(grade.parts.keyExchange).toBe(90);
    expect(grade.grade).toBe('A+');
    expect(grade.limits.join('\n')).toMatch(/or of unknown size: left out of key exchange/);
  });

  it('is not graded when the certificate dates cannot be read', () => {
    const facts = vary((f) => {
      leafOf(f).validTo = 'not a date';
    });
    const grade = gradeTls(facts, NOW);
    expect(grade.grade).toBeNull();
    expect(grade.caps.join('\n')).toMatch(/validity dates of CN=book\.clearskin\.example are unreadable/);
  });
});

describe('gradeHeaders (MDN HTTP Observatory scoring)', () => {
  /** The modifier each test got, by test name. */
  const modifiers = (facts: EndpointFacts) => Object.fromEntries(gradeHeaders(facts).tests.map((t) => [t.name, t.modifier]));
  const resultOf = (facts: EndpointFacts, name: string) => gradeHeaders(facts).tests.find((t) => t.name === name)?.result;

  it('grades the good endpoint A+ with score 120', () => {
    // [Obs] SCORE_TABLE: CSP without unsafe sources +5; Secure/HttpOnly/SameSite session cookie +5;
    // same-host HTTPS redirect 0; Referrer-Policy strict-origin-when-cross-origin +5; HSTS ≥ six
    // months 0; its one script from its own site without integrity 0; nosniff 0; CSP
    // frame-ancestors +5 (supersedes the DENY header); no CORP 0.
    // No penalties, so the uncurved score is 100 ≥ 90 and the bonuses count: 100 + 20 = 120 → A+.
    const grade = gradeHeaders(goodEndpointFacts(URL_));
    expect(grade.tests.map(({ name, result, modifier }) => [name, result, modifier])).toEqual([
      ['content-security-policy', 'csp-implemented-with-no-unsafe', 5],
      ['cookies', 'cookies-secure-with-httponly-sessions-and-samesite', 5],
      ['redirection', 'redirection-to-https', 0],
      ['referrer-policy', 'referrer-policy-private', 5],
      ['strict-transport-security', 'hsts-implemented-max-age-at-least-six-months', 0],
      ['subresource-integrity', 'sri-not-implemented-but-all-scripts-loaded-from-secure-origin', 0],
      ['x-content-type-options', 'x-content-type-options-nosniff', 0],
      ['x-frame-options', 'x-frame-options-implemented-via-csp', 5],
      ['cross-origin-resource-policy', 'corp-not-implemented', 0],
    ]);
    expect(grade.score).toBe(120);
    expect(grade.grade).toBe('A+');
    expect(grade.limits.join('\n')).toMatch(/cross-origin-resource-sharing: not assessed/);
    // The page visit was recorded: subresource-integrity is assessed (test/grade-sri.test.ts).
    expect(grade.limits.join('\n')).not.toMatch(/subresource-integrity/);
  });

  it('reads the grade chart at the score rounded down to a multiple of 5', () => {
    // [Obs] GRADE_CHART.
    const chart: Array<[number, string]> = [
      [130, 'A+'], [100, 'A+'], [99, 'A'], [90, 'A'], [89, 'A-'], [85, 'A-'], [84, 'B+'], [80, 'B+'], [79, 'B'],
      [70, 'B'], [69, 'B-'], [65, 'B-'], [64, 'C+'], [60, 'C+'], [59, 'C'], [50, 'C'], [49, 'C-'], [45, 'C-'],
      [44, 'D+'], [40, 'D+'], [39, 'D'], [30, 'D'], [29, 'D-'], [25, 'D-'], [24, 'F'], [0, 'F'], [-30, 'F'],
    ];
    for (const [score, letter] of chart) expect([score, observatoryGrade(score)]).toEqual([score, letter]);
  });

  describe('each missing header', () => {
    it('CSP: -25, and the bonuses are withheld (75, B)', () => {
      const facts = vary((f) => {
        delete httpsOf(f).headers['content-security-policy'];
      });
      // Without CSP, frame-ancestors is gone too: X-Frame-Options DENY scores 0. Uncurved 100 - 25 = 75 < 90.
      expect(modifiers(facts)['content-security-policy']).toBe(-25);
      expect(resultOf(facts, 'x-frame-options')).toBe('x-frame-options-sameorigin-or-deny');
      expect(gradeHeaders(facts)).toMatchObject({ score: 75, grade: 'B' });
    });

    it('X-Content-Type-Options: -5 (95 uncurved, so bonuses count: 115, A+)', () => {
      const facts = vary((f) => {
        delete httpsOf(f).headers['x-content-type-options'];
      });
      expect(modifiers(facts)['x-content-type-options']).toBe(-5);
      expect(gradeHeaders(facts)).toMatchObject({ score: 115, grade: 'A+' });
    });

    it('X-Frame-Options and CSP frame-ancestors both: -20 (80, B+)', () => {
      const facts = vary((f) => {
        const h = httpsOf(f).headers;
        delete h['x-frame-options'];
        h['content-security-policy'] = "default-src 'self'; object-src 'none'; base-uri 'self'";
      });
      expect(resultOf(facts, 'x-frame-options')).toBe('x-frame-options-not-implemented');
      expect(modifiers(facts)['x-frame-options']).toBe(-20);
      expect(gradeHeaders(facts)).toMatchObject({ score: 80, grade: 'B+' });
    });

    it('X-Frame-Options alone: CSP frame-ancestors stands in for it (+5)', () => {
      const facts = vary((f) => {
        delete httpsOf(f).headers['x-frame-options'];
      });
      expect(resultOf(facts, 'x-frame-options')).toBe('x-frame-options-implemented-via-csp');
      expect(gradeHeaders(facts).score).toBe(120);
    });

    it('Referrer-Policy: 0, only the +5 bonus is lost (115)', () => {
      const facts = vary((f) => {
        delete httpsOf(f).headers['referrer-policy'];
      });
      expect(resultOf(facts, 'referrer-policy')).toBe('referrer-policy-not-implemented');
      expect(gradeHeaders(facts)).toMatchObject({ score: 115, grade: 'A+' });
    });

    it('Strict-Transport-Security: -20, and the bonuses are withheld (80, not 100)', () => {
      const facts = vary((f) => {
        delete httpsOf(f).headers['strict-transport-security'];
      });
      // Uncurved 80 < 90 (MINIMUM_SCORE_FOR_EXTRA_CREDIT): the four +5 bonuses would have made it 100.
      expect(modifiers(facts)['strict-transport-security']).toBe(-20);
      expect(gradeHeaders(facts)).toMatchObject({ score: 80, grade: 'B+' });
    });
  });

  it('an unsafe Referrer-Policy costs 5', () => {
    const facts = vary((f) => {
      httpsOf(f).headers['referrer-policy'] = 'unsafe-url';
    });
    // 95 uncurved; bonuses CSP, cookies and frame-ancestors: 95 + 15 = 110.
    expect(modifiers(facts)['referrer-policy']).toBe(-5);
    expect(gradeHeaders(facts).score).toBe(110);
  });

  it('the last recognized Referrer-Policy token wins', () => {
    const facts = vary((f) => {
      httpsOf(f).headers['referrer-policy'] = 'unsafe-url, bogus, no-referrer';
    });
    expect(resultOf(facts, 'referrer-policy')).toBe('referrer-policy-private');
  });

  it('a Cross-Origin-Resource-Policy of same-origin adds 10', () => {
    const facts = vary((f) => {
      httpsOf(f).headers['cross-origin-resource-policy'] = 'same-origin';
    });
    expect(gradeHeaders(facts).score).toBe(130);
  });

  describe('HSTS', () => {
    it('under six months: -10, which still leaves 90 uncurved, so the bonuses count (110)', () => {
      const facts = vary((f) => {
        httpsOf(f).headers['strict-transport-security'] = 'max-age=86400; includeSubDomains';
      });
      expect(resultOf(facts, 'strict-transport-security')).toBe('hsts-implemented-max-age-less-than-six-months');
      expect(gradeHeaders(facts)).toMatchObject({ score: 110, grade: 'A+' });
    });

    it('exactly 15552000 counts as six months', () => {
      const facts = vary((f) => {
        httpsOf(f).headers['strict-transport-security'] = 'max-age=15552000';
      });
      expect(modifiers(facts)['strict-transport-security']).toBe(0);
    });

    it('sent twice, or without max-age, is invalid: -20', () => {
      for (const value of ['max-age=31536000, max-age=31536000', 'includeSubDomains']) {
        const facts = vary((f) => {
          httpsOf(f).headers['strict-transport-security'] = value;
        });
        expect([value, resultOf(facts, 'strict-transport-security')]).toEqual([value, 'hsts-header-invalid']);
      }
    });

    it('parses directives case-insensitively and a quoted max-age', () => {
      expect(parseHsts('Max-Age="31536000"; IncludeSubDomains; preload')).toEqual({ state: 'set', maxAge: 31536000, includeSubDomains: true, preload: true });
      expect(parseHsts(undefined)).toEqual({ state: 'missing' });
      expect(parseHsts('max-age=soon').state).toBe('invalid');
    });

    it('cannot take effect with an untrusted certificate: HSTS and redirection both -20 (60, C+)', () => {
      const facts = vary((f) => {
        certOf(f).trusted = false;
      });
      expect(resultOf(facts, 'strict-transport-security')).toBe('hsts-invalid-cert');
      expect(resultOf(facts, 'redirection')).toBe('redirection-invalid-cert');
      expect(gradeHeaders(facts)).toMatchObject({ score: 60, grade: 'C+' });
    });
  });

  describe('CSP', () => {
    const withCsp = (csp: string) =>
      vary((f) => {
        httpsOf(f).headers['content-security-policy'] = csp;
      });

    it("'unsafe-inline' in script-src: -20, bonuses withheld (80, B+)", () => {
      const facts = withCsp("default-src 'self'; script-src 'self' 'unsafe-inline'; object-src 'none'; frame-ancestors 'none'");
      expect(resultOf(facts, 'content-security-policy')).toBe('csp-implemented-with-unsafe-inline');
      expect(gradeHeaders(facts)).toMatchObject({ score: 80, grade: 'B+' });
    });

    it("'unsafe-inline' next to a nonce is ignored, as browsers ignore it", () => {
      const facts = withCsp("default-src 'self'; script-src 'self' 'nonce-r4nd0m' 'unsafe-inline'; object-src 'none'; frame-ancestors 'none'");
      expect(modifiers(facts)['content-security-policy']).toBe(5);
    });

    it('no script-src, object-src or default-src leaves scripts unrestricted: unsafe (-20)', () => {
      expect(resultOf(withCsp("frame-ancestors 'none'; base-uri 'self'"), 'content-security-policy')).toBe('csp-implemented-with-unsafe-inline');
    });

    it('a broad source in object-src is unsafe (-20)', () => {
      expect(resultOf(withCsp("default-src 'self'; object-src https:"), 'content-security-policy')).toBe('csp-implemented-with-unsafe-inline');
    });

    it("'unsafe-eval': -10 (90 uncurved: 90 + 15 = 105)", () => {
      const facts = withCsp("default-src 'self'; script-src 'self' 'unsafe-eval'; object-src 'none'; frame-ancestors 'none'");
      expect(modifiers(facts)['content-security-policy']).toBe(-10);
      expect(gradeHeaders(facts).score).toBe(105);
    });

    it('an http: script source on an HTTPS site: -20', () => {
      const facts = withCsp("default-src 'self'; script-src 'self' http://cdn.example.com; object-src 'none'; frame-ancestors 'none'");
      expect(resultOf(facts, 'content-security-policy')).toBe('csp-implemented-with-insecure-scheme');
    });

    it('http: only for images: -10', () => {
      const facts = withCsp("default-src 'self'; img-src 'self' http:; object-src 'none'; frame-ancestors 'none'");
      expect(resultOf(facts, 'content-security-policy')).toBe('csp-implemented-with-insecure-scheme-in-passive-content-only');
      expect(modifiers(facts)['content-security-policy']).toBe(-10);
    });

    it("'unsafe-inline' in style-src only: 0", () => {
      const facts = withCsp("default-src 'self'; style-src 'self' 'unsafe-inline'; object-src 'none'; frame-ancestors 'none'");
      expect(resultOf(facts, 'content-security-policy')).toBe('csp-implemented-with-unsafe-inline-in-style-src-only');
      expect(modifiers(facts)['content-security-policy']).toBe(0);
    });

    it("default-src 'none': +10", () => {
      const facts = withCsp("default-src 'none'; img-src 'self'; frame-ancestors 'none'");
      expect(resultOf(facts, 'content-security-policy')).toBe('csp-implemented-with-no-unsafe-default-src-none');
      expect(gradeHeaders(facts).score).toBe(125);
    });

    it('a directive repeated in one policy is invalid (-25), and frame-ancestors is then not credited', () => {
      const facts = withCsp("default-src 'self'; script-src 'self'; script-src 'none'; frame-ancestors 'none'");
      expect(resultOf(facts, 'content-security-policy')).toBe('csp-header-invalid');
      expect(resultOf(facts, 'x-frame-options')).toBe('x-frame-options-sameorigin-or-deny');
      expect(gradeHeaders(facts)).toMatchObject({ score: 75, grade: 'B' });
    });

    it("'strict-dynamic' without a nonce or hash is invalid (-25)", () => {
      expect(resultOf(withCsp("default-src 'self'; script-src 'strict-dynamic'; object-src 'none'"), 'content-security-policy')).toBe('csp-header-invalid');
    });

    it("'strict-dynamic' with a nonce drops scheme sources and 'unsafe-inline': +5", () => {
      // default-src covers style-src; without it style-src would fall back to * (style-src-only result).
      const facts = withCsp("default-src 'self'; script-src 'strict-dynamic' 'nonce-abc' https: 'unsafe-inline'; object-src 'none'; frame-ancestors 'none'");
      expect(resultOf(facts, 'content-security-policy')).toBe('csp-implemented-with-no-unsafe');
    });

    it('a repeated report-uri passes as duplicate-directives (0)', () => {
      const facts = withCsp("default-src 'self'; object-src 'none'; report-uri /a; report-uri /b; frame-ancestors 'none'");
      expect(resultOf(facts, 'content-security-policy')).toBe('csp-implemented-but-duplicate-directives');
      expect(modifiers(facts)['content-security-policy']).toBe(0);
    });

    it('Report-Only alone enforces nothing: -25', () => {
      const facts = vary((f) => {
        const h = httpsOf(f).headers;
        h['content-security-policy-report-only'] = h['content-security-policy'] ?? '';
        delete h['content-security-policy'];
      });
      expect(resultOf(facts, 'content-security-policy')).toBe('csp-not-implemented-but-reporting-enabled');
      expect(modifiers(facts)['content-security-policy']).toBe(-25);
    });

    it('two policies must both allow a source: an unsafe first policy is restricted by a safe second', () => {
      const facts = withCsp("default-src 'self'; script-src 'self' 'unsafe-inline'; object-src 'none', script-src 'self'; frame-ancestors 'none'");
      expect(resultOf(facts, 'content-security-policy')).toBe('csp-implemented-with-no-unsafe');
    });
  });

  describe('redirection', () => {
    it('no redirect to HTTPS: -20 (80, B+)', () => {
      const facts = vary((f) => {
        const http = httpOf(f);
        http.hops = [{ url: `http://${HOST}/`, status: 200 }];
        http.finalUrl = `http://${HOST}/`;
      });
      expect(resultOf(facts, 'redirection')).toBe('redirection-missing');
      expect(gradeHeaders(facts)).toMatchObject({ score: 80, grade: 'B+' });
    });

    it('first hop to another HTTP URL: -10', () => {
      const facts = vary((f) => {
        httpOf(f).hops = [
          { url: `http://${HOST}/`, status: 301, location: `http://www.${HOST}/` },
          { url: `http://www.${HOST}/`, status: 301, location: `https://www.${HOST}/` },
          { url: `https://www.${HOST}/`, status: 200 },
        ];
      });
      expect(resultOf(facts, 'redirection')).toBe('redirection-not-to-https-on-initial-redirection');
      expect(modifiers(facts).redirection).toBe(-10);
    });

    it('first hop to HTTPS on another host: -5', () => {
      const facts = vary((f) => {
        httpOf(f).hops = [
          { url: `http://${HOST}/`, status: 301, location: 'https://clearskin.example/book' },
          { url: 'https://clearskin.example/book', status: 200 },
        ];
      });
      expect(resultOf(facts, 'redirection')).toBe('redirection-off-host-from-http');
      expect(modifiers(facts).redirection).toBe(-5);
    });

    it('an off-host redirect recorded but not followed by the probe is the same route: -5', () => {
      const facts = vary((f) => {
        httpOf(f).hops = [{ url: `http://${HOST}/`, status: 301, location: 'https://clearskin.example/book' }];
        httpOf(f).offSiteRedirect = 'https://clearskin.example/book';
      });
      expect(resultOf(facts, 'redirection')).toBe('redirection-off-host-from-http');
    });

    it('redirects but ends on HTTP: -20', () => {
      const facts = vary((f) => {
        httpOf(f).hops = [
          { url: `http://${HOST}/`, status: 302, location: `http://${HOST}/start` },
          { url: `http://${HOST}/start`, status: 200 },
        ];
      });
      expect(resultOf(facts, 'redirection')).toBe('redirection-not-to-https');
    });

    it('nothing listening on plain HTTP: no redirection needed (0)', () => {
      const facts = vary((f) => {
        f.http = { error: 'connect ECONNREFUSED 127.0.0.1:80', hops: [], headers: {}, cookies: [] };
      });
      expect(resultOf(facts, 'redirection')).toBe('redirection-not-needed-no-http');
      expect(gradeHeaders(facts).score).toBe(120);
    });

    it('not requested at all: left out and named in limits', () => {
      const facts = vary((f) => {
        delete f.http;
      });
      const grade = gradeHeaders(facts);
      expect(grade.tests.map((t) => t.name)).not.toContain('redirection');
      expect(grade.limits.join('\n')).toMatch(/redirection: not assessed/);
    });
  });

  describe('cookies', () => {
    const withCookie = (cookie: Omit<CookieFacts, 'prefixed'>, change?: (f: EndpointFacts) => void) =>
      vary((f) => {
        httpsOf(f).cookies = [{ ...cookie, prefixed: cookie.name.startsWith('__Host-') || cookie.name.startsWith('__Secure-') }];
        change?.(f);
      });

    it('an insecure session cookie behind long HSTS: -10 (90 uncurved: 90 + 15 = 105)', () => {
      const facts = withCookie({ name: 'sessionid', secure: false, httpOnly: true, sameSite: 'Lax' });
      expect(resultOf(facts, 'cookies')).toBe('cookies-session-without-secure-flag-but-protected-by-hsts');
      expect(gradeHeaders(facts)).toMatchObject({ score: 105, grade: 'A+' });
    });

    it('an insecure session cookie without HSTS: -40, plus -20 for HSTS (40, D+)', () => {
      const facts = withCookie({ name: 'sessionid', secure: false, httpOnly: true, sameSite: 'Lax' }, (f) => {
        delete httpsOf(f).headers['strict-transport-security'];
      });
      expect(modifiers(facts).cookies).toBe(-40);
      expect(gradeHeaders(facts)).toMatchObject({ score: 40, grade: 'D+' });
    });

    it('HSTS under six months does not protect cookies', () => {
      const facts = withCookie({ name: 'sessionid', secure: false, httpOnly: true, sameSite: 'Lax' }, (f) => {
        httpsOf(f).headers['strict-transport-security'] = 'max-age=86400';
      });
      expect(resultOf(facts, 'cookies')).toBe('cookies-session-without-secure-flag');
    });

    it('a session cookie without HttpOnly: -30 (70, B)', () => {
      const facts = withCookie({ name: '__Host-session', secure: true, httpOnly: false, sameSite: 'Lax' });
      expect(modifiers(facts).cookies).toBe(-30);
      expect(gradeHeaders(facts)).toMatchObject({ score: 70, grade: 'B' });
    });

    it('a secure cookie without SameSite: 0 (the +5 bonus is lost)', () => {
      const facts = withCookie({ name: 'theme', secure: true, httpOnly: false, sameSite: null });
      expect(resultOf(facts, 'cookies')).toBe('cookies-secure-with-httponly-sessions');
      expect(gradeHeaders(facts).score).toBe(115);
    });

    it('SameSite=None without Secure is invalid (-20), worse than merely lacking Secure under HSTS', () => {
      const facts = withCookie({ name: 'prefs', secure: false, httpOnly: false, sameSite: 'None' });
      expect(resultOf(facts, 'cookies')).toBe('cookies-samesite-flag-invalid');
      expect(modifiers(facts).cookies).toBe(-20);
    });

    it.each([['True'], [''], ['Invalid']])('SameSite=%s is invalid as the Observatory scores it (-20), not a missing SameSite (0)', (raw) => {
      const facts = withCookie({ name: '__Host-theme', secure: true, httpOnly: true, sameSite: null, sameSiteRaw: raw });
      expect(resultOf(facts, 'cookies')).toBe('cookies-samesite-flag-invalid');
      expect(modifiers(facts).cookies).toBe(-20);
    });

    it('SameSite as sent in another case is valid: lax', () => {
      const facts = withCookie({ name: '__Host-theme', secure: true, httpOnly: true, sameSite: 'Lax', sameSiteRaw: 'lax' });
      expect(resultOf(facts, 'cookies')).toBe('cookies-secure-with-httponly-sessions-and-samesite');
    });

    it('an anti-CSRF cookie without SameSite: -20', () => {
      const facts = withCookie({ name: 'csrftoken', secure: true, httpOnly: false, sameSite: null });
      expect(resultOf(facts, 'cookies')).toBe('cookies-anticsrf-without-samesite-flag');
    });

    it('cookies set on the plain-HTTP hop count too', () => {
      const facts = vary((f) => {
        httpOf(f).cookies = [{ name: 'login_hint', secure: false, httpOnly: false, sameSite: null, prefixed: false }];
      });
      // Not Secure but behind long HSTS (-10 rank) is outranked by a session cookie without HttpOnly (-30).
      expect(resultOf(facts, 'cookies')).toBe('cookies-session-without-httponly-flag');
    });
  });

  it('floors the score at 0', () => {
    const facts = vary((f) => {
      const https = httpsOf(f);
      https.headers = { 'content-type': 'text/html' };
      https.cookies = [{ name: 'sessionid', secure: false, httpOnly: false, sameSite: null, prefixed: false }];
      httpOf(f).hops = [{ url: `http://${HOST}/`, status: 200 }];
    });
    // CSP -25, session cookie without Secure (no HSTS) -40, no redirect -20, no HSTS -20, no nosniff -5,
    // no X-Frame-Options -20: 100 - 130 = -30 → 0 → F.
    expect(gradeHeaders(facts)).toMatchObject({ score: 0, grade: 'F' });
  });

  it('is not graded when the HTTPS request failed', () => {
    const facts = vary((f) => {
      f.https = { error: 'timeout after 10000 ms', hops: [], headers: {}, cookies: [] };
    });
    const grade = gradeHeaders(facts);
    expect(grade).toMatchObject({ grade: null, score: null, tests: [] });
    expect(grade.limits[0]).toMatch(/HTTPS request failed \(timeout after 10000 ms\)/);
  });

  it('is not graded at all when nothing answered (not a D for the empty header list)', () => {
    const grade = gradeHeaders(unreachable(URL_));
    expect(grade).toMatchObject({ grade: null, score: null, tests: [] });
    expect(grade.limits[0]).toMatch(/Not graded: nothing answered \(connection refused at 203\.0\.113\.9 port 443\)/);
  });

  it('is not graded when the HTTPS request got no response, even if the handshake worked', () => {
    const facts = vary((f) => {
      f.https = { notServed: 'connection refused at 127.0.0.1 port 443', hops: [], headers: {}, cookies: [] };
    });
    expect(gradeHeaders(facts)).toMatchObject({ grade: null, score: null });
  });

  it('an HTTPS page redirecting to plain HTTP on another host has no HTTPS for HSTS: -20, bonuses withheld (80, B+)', () => {
    const facts = vary((f) => {
      Object.assign(httpsOf(f), {
        hops: [{ url: `https://${HOST}/`, status: 302, location: 'http://elsewhere.example/book' }],
        offSiteRedirect: 'http://elsewhere.example/book',
        status: 302,
      });
    });
    expect(resultOf(facts, 'strict-transport-security')).toBe('hsts-not-implemented-no-https');
    expect(gradeHeaders(facts)).toMatchObject({ score: 80, grade: 'B+' });
  });
});
