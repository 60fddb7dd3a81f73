// Owns the TLS grade of one endpoint, computed the way Qualys SSL Labs' "SSL Server Rating Guide"
// computes it, as far as our facts reach: a pure function of the facts and the audit day. The guide's
// number tables are in tls-scores.ts and the certificate verdict (M / T) in tls-certificate.ts.
//
// Sources (cited by name; numbers below trace to them):
//   [Guide]   Qualys SSL Labs, "SSL Server Rating Guide" (ssllabs/research wiki, version 2009r,
//             16 May 2025; tables unchanged since the original 2009 document): letter-grade table,
//             30/30/40 category weights, protocol / key-exchange / cipher-strength tables, and the
//             dated "Changes in 2009x" rules.
//   [TLS12]   Qualys blog, "SSL Labs: Increased Penalty When TLS 1.2 Is Not Supported" (2015): no TLS 1.2 → C.
//   [2017]    Qualys blog, "SSL Labs Grading Changes January 2017": 3DES with TLS 1.1+ → C.
//   [2018]    Qualys blog, "SSL Labs Grading Update: Forward Secrecy, Authenticated Encryption and
//             ROBOT" (2018): no forward secrecy → B, no AEAD → B, for what capable clients negotiate.
//   [2020]    Qualys blog, "SSL Labs Grade Change for TLS 1.0 and TLS 1.1 Protocols" (live 31 Jan 2020): → B.
//   [SP800-57] NIST SP 800-57 Part 1, Table 2 (comparable strengths), to place elliptic-curve keys
//             in the guide's RSA/DH-sized key table.
import { dayNumber } from '../engine/days.js';
import { httpsDowngrade } from '../engine/endpoint-queries.js';
import { TLS_PROTOCOLS, type EndpointFacts, type TlsProtocol } from '../gather/endpoint-facts.js';
import { responseReceived, whyUnreached } from '../gather/reach.js';
import { HSTS_SIX_MONTHS, parseHsts } from './headers-grade.js';
import { certificateVerdict } from './tls-certificate.js';
import { cipherScore, keyExchangeScore, letterForScore, PROTOCOL_SCORE, worse, type Ladder } from './tls-scores.js';
import { certificateKeyStrength, ephemeralKeyStrength, is3Des, isAead, isForwardSecret, suiteBits, type KeyStrength } from './tls-strength.js';

export { letterForScore } from './tls-scores.js';

export type TlsLetter = 'A+' | 'A' | 'A-' | 'B' | 'C' | 'D' | 'E' | 'F' | 'T' | 'M';

export interface TlsGrade {
  /** null when there is nothing to grade (no handshake, no accepted protocol) or the certificate is unknown. */
  grade: TlsLetter | null;
  /** 0.3 × protocol + 0.3 × key exchange + 0.4 × cipher strength; null when a part is unknown. */
  score: number | null;
  /** Each category's 0–100 score per the guide's tables; null when unknown. */
  parts: { protocol: number | null; keyExchange: number | null; cipher: number | null };
  /** A human reason for every cap or adjustment applied to the letter (and why grade is null, when it is). */
  caps: string[];
  /** What could not be assessed from our facts. */
  limits: string[];
}

const ALWAYS_LIMITS = [
  'SSLv2 and SSLv3 are not tested (Node/OpenSSL 3 cannot offer them): the guide\'s F (SSL 2) and C (SSL 3) caps are never applied and protocol support counts TLS versions only.',
  'Only the suite the server chose for each accepted protocol is known, not its full suite list: cipher strength uses those, so weaker suites the server would also accept go unseen.',
  'RC4, 3DES, export and NULL suites cannot be offered by Node/OpenSSL 3, so their caps are not assessed (a 3DES suite chosen anyway still caps at C, and any suite chosen still counts in cipher strength).',
  'Vulnerability caps are not assessed (Heartbleed, ROBOT, POODLE, DROWN, CRIME, insecure renegotiation, OpenSSL padding oracles), nor anonymous or Debian-weak keys, nor revocation.',
];

/** The endpoint's TLS grade per the SSL Labs rating guide, judged on `now` (YYYY-MM-DD) for certificate validity. */
export function gradeTls(facts: EndpointFacts, now: string): TlsGrade {
  const caps: string[] = [];
  const limits = [...ALWAYS_LIMITS];
  const parts: TlsGrade['parts'] = { protocol: null, keyExchange: null, cipher: null };
  const ungraded = (reason: string): TlsGrade => ({ grade: null, score: null, parts, caps: [reason], limits });

  if (facts.placeholder !== undefined) return ungraded(`Not graded: not probed (${facts.placeholder}).`);
  if (facts.error) return ungraded(`Not graded: the endpoint could not be probed (${facts.error}).`);
  const unreached = whyUnreached(facts);
  if (unreached !== undefined) return ungraded(`Not graded: nothing answered (${unreached}).`);
  const tls = facts.tls;
  if (!tls) return ungraded('Not graded: no TLS facts were recorded.');
  if (tls.error) return ungraded(`Not graded: no TLS handshake could be made (${tls.error}).`);
  if (Number.isNaN(dayNumber(now))) limits.push(`"${now}" is not a calendar day: certificate dates were not checked.`);

  // Which protocols the server accepted, and the suite it chose for each.
  const accepted = new Map<TlsProtocol, string | undefined>();
  /** Protocols whose support is unknown, with why. */
  const unknownProtocols = new Map<TlsProtocol, string>();
  for (const protocol of TLS_PROTOCOLS) {
    const probe = tls.protocols[protocol];
    if (!probe) unknownProtocols.set(protocol, 'it was not probed');
    else if (probe.status === 'accepted') accepted.set(protocol, probe.cipher);
    else if (probe.status === 'untestable' || probe.status === 'error') {
      unknownProtocols.set(protocol, `it could not be tested (${probe.status}${probe.reason ? `: ${probe.reason}` : ''})`);
    }
  }
  const negotiated = tls.negotiated;
  const negotiatedProtocol = TLS_PROTOCOLS.find((protocol) => protocol === negotiated?.protocol);
  if (negotiated && negotiatedProtocol && !accepted.has(negotiatedProtocol)) {
    accepted.set(negotiatedProtocol, negotiated.cipher);
    unknownProtocols.delete(negotiatedProtocol);
  }
  for (const [protocol, why] of unknownProtocols) limits.push(`${protocol}: ${why}, so whether the server accepts it is unknown.`);
  if (accepted.size === 0) return ungraded('Not graded: the server accepted no TLS protocol version we could test.');

  // Protocol support: the average of the best and the worst accepted protocol.
  const protocolScores = [...accepted.keys()].map((protocol) => PROTOCOL_SCORE[protocol]);
  parts.protocol = (Math.max(...protocolScores) + Math.min(...protocolScores)) / 2;

  // Cipher strength: the average of the strongest and the weakest suite seen.
  const suites: Array<{ protocol: string; suite: string }> = [];
  for (const [protocol, suite] of accepted) if (suite) suites.push({ protocol, suite });
  if (negotiated) suites.push({ protocol: negotiated.protocol, suite: negotiated.cipher });
  const bits: number[] = [];
  if (negotiated?.cipherBits !== undefined) bits.push(negotiated.cipherBits);
  for (const { suite } of suites) {
    const b = suiteBits(suite);
    if (b === undefined) limits.push(`Key size of suite ${suite} is unknown: left out of cipher strength.`);
    else bits.push(b);
  }
  if (bits.length > 0) parts.cipher = (cipherScore(Math.max(...bits)) + cipherScore(Math.min(...bits))) / 2;

  // Key exchange: the weaker of the certificate key and the ephemeral key exchange (the guide's note:
  // with DHE/ECDHE the handshake is no stronger than its parameters, nor than the private key).
  const strengths: KeyStrength[] = [];
  const leaf = facts.certificate?.chain[0];
  if (leaf) {
    const strength = certificateKeyStrength(leaf);
    if (strength) strengths.push(strength);
    else limits.push(`The certificate's ${leaf.keyType} key is of a type the guide's table does not cover, or of unknown size: left out of key exchange.`);
  } else {
    limits.push('No certificate was recorded: key exchange uses the ephemeral key alone.');
  }
  if (negotiated?.keyExchange) {
    const strength = ephemeralKeyStrength(negotiated.keyExchange);
    if (strength) strengths.push(strength);
    else limits.push(`The size of the ephemeral ${negotiated.keyExchange.type} key exchange is unknown: left out of key exchange.`);
  }
  const weakest = strengths.reduce<KeyStrength | undefined>((low, s) => (low === undefined || s.bits < low.bits ? s : low), undefined);
  if (weakest) parts.keyExchange = keyExchangeScore(weakest.bits);

  const { protocol, keyExchange, cipher } = parts;
  if (protocol === null || keyExchange === null || cipher === null) {
    const missing = [keyExchange === null && 'key exchange', cipher === null && 'cipher strength'].filter(Boolean).join(' and ');
    return { grade: null, score: null, parts, caps: [`Not graded: ${missing} could not be determined.`], limits };
  }
  // [Guide] "A zero in any category will push the overall score to zero."
  const score = protocol === 0 || keyExchange === 0 || cipher === 0 ? 0 : (3 * protocol + 3 * keyExchange + 4 * cipher) / 10;
  let letter: Ladder = letterForScore(score);
  const cap = (to: Ladder, reason: string): void => {
    caps.push(reason);
    letter = worse(letter, to);
  };

  // Key strength: [Guide] changes in 2009e — keys under 1024 bits are insecure (F), under 2048 weak (B).
  if (weakest && weakest.bits < 1024) cap('F', `Key strength under 1024 bits (${weakest.label}): grade capped to F.`);
  else if (weakest && weakest.bits < 2048) cap('B', `Key strength under 2048 bits (${weakest.label}): grade capped to B.`);

  // [Guide] changes in 2009e: MD5 (like MD2) certificate signatures are insecure. Roots are trust anchors.
  for (const [i, cert] of (facts.certificate?.chain ?? []).entries()) {
    if (i > 0 && cert.selfSigned) continue;
    if (/md5|md2/i.test(cert.signatureAlgorithm)) {
      cap('F', `${i === 0 ? 'Certificate' : `Chain certificate ${i}`} is signed with ${cert.signatureAlgorithm}: grade capped to F.`);
    }
  }

  // [TLS12] no TLS 1.2 → C. The rule predates TLS 1.3; a TLS 1.3-only server is not held to it.
  if (!accepted.has('TLSv1.2') && !accepted.has('TLSv1.3')) cap('C', 'TLS 1.2 is not supported: grade capped to C.');
  // [2020] TLS 1.0 / 1.1 → B.
  const legacy = (['TLSv1', 'TLSv1.1'] as const).filter((p) => accepted.has(p));
  if (legacy.length > 0) cap('B', `${legacy.join(' and ')} ${legacy.length > 1 ? 'are' : 'is'} supported: grade capped to B.`);
  // [2017] 3DES negotiated with TLS 1.1 or newer → C.
  const modern3Des = suites.find(({ protocol, suite }) => protocol !== 'TLSv1' && is3Des(suite));
  if (modern3Des) cap('C', `3DES (${modern3Des.suite}) is negotiated with ${modern3Des.protocol}: grade capped to C.`);

  // [2018] Forward secrecy and AEAD, judged on what capable clients get: our unrestricted handshake,
  // and a TLS 1.2 client (one that offers both ECDHE and AES-GCM).
  const tls12Suite = accepted.get('TLSv1.2');
  if (negotiated && !negotiated.forwardSecrecy) cap('B', `No forward secrecy: a modern client negotiates ${negotiated.cipher} without an ephemeral key exchange: grade capped to B.`);
  else if (tls12Suite && !isForwardSecret(tls12Suite)) cap('B', `No forward secrecy: a TLS 1.2 client negotiates ${tls12Suite}: grade capped to B.`);
  const negotiatedModern = negotiatedProtocol === 'TLSv1.2' || negotiatedProtocol === 'TLSv1.3';
  if (negotiated && negotiatedModern && !negotiated.aead) cap('B', `No AEAD suite: a modern client negotiates ${negotiated.cipher} over ${negotiated.protocol}: grade capped to B.`);
  else if (tls12Suite && !isAead(tls12Suite)) cap('B', `No AEAD suite: a TLS 1.2 client negotiates ${tls12Suite}: grade capped to B.`);

  // The certificate comes first in the guide: an untrusted or misnamed one replaces the letter.
  if (!facts.certificate || facts.certificate.error) {
    return {
      grade: null,
      score,
      parts,
      caps: [...caps, `Not graded: the certificate could not be inspected (${facts.certificate?.error ?? 'no certificate facts'}), and the guide grades trust first.`],
      limits,
    };
  }
  // Trust is judged first, and a certificate whose dates cannot be read cannot be judged.
  const unreadable = facts.certificate.chain.find((c, i) => !(i > 0 && c.selfSigned) && (Number.isNaN(Date.parse(c.validFrom)) || Number.isNaN(Date.parse(c.validTo))));
  if (unreadable) {
    return { grade: null, score, parts, caps: [...caps, `Not graded: the validity dates of ${unreadable.subject} are unreadable (${unreadable.validFrom} to ${unreadable.validTo}).`], limits };
  }
  const verdict = certificateVerdict(facts, now);
  if (verdict.grade) {
    // The verdict leads: the letter shown is the one these reasons name, then what the score would earn.
    return { grade: verdict.grade, score, parts, caps: [...verdict.reasons, ...caps, `If trust issues were ignored the grade would be ${letter}.`], limits };
  }

  // [Guide] changes in 2009r: warnings (no TLS 1.3; HSTS disabled or invalid) cap the grade at A-.
  // [Guide] changes in 2009e: A+ for a good configuration, no warnings, and HSTS max-age ≥ 6 months.
  if (letter === 'A') {
    const warnings: string[] = [];
    if (!accepted.has('TLSv1.3')) {
      if (unknownProtocols.has('TLSv1.3')) limits.push('Whether TLS 1.3 is supported is unknown: its warning (A-) was not applied.');
      else warnings.push('TLS 1.3 is not supported: grade capped to A-.');
    }
    const https = facts.https;
    let hstsMaxAge: number | null = null;
    if (!responseReceived(https) || https.error) {
      limits.push(`HSTS is unknown (${https?.error ?? https?.notServed ?? 'no HTTPS response received'}): A+ cannot be awarded.`);
    } else {
      const hsts = parseHsts(https.headers['strict-transport-security']);
      if (hsts.state === 'missing') warnings.push('HSTS is not enabled on the HTTPS response: grade capped to A-.');
      else if (hsts.state === 'invalid') warnings.push(`HSTS is invalid (${hsts.reason}): grade capped to A-.`);
      else if (hsts.maxAge === 0) warnings.push('HSTS is disabled (max-age=0): grade capped to A-.');
      else hstsMaxAge = hsts.maxAge;
    }
    // hipaa-hero's reading of the guide's HSTS warning: an HTTPS page that sends visitors to plain
    // HTTP (on any host) leaves HSTS nothing to protect, which is no better than HSTS disabled.
    const downgrade = https ? httpsDowngrade(https) : undefined;
    if (downgrade !== undefined) warnings.push(`The HTTPS response redirects to plain HTTP (${downgrade}): grade capped to A-.`);
    if (warnings.length > 0) {
      caps.push(...warnings);
      letter = 'A-';
    } else if (hstsMaxAge !== null && hstsMaxAge >= HSTS_SIX_MONTHS) {
      caps.push(`HSTS max-age ${hstsMaxAge} is at least ${HSTS_SIX_MONTHS} (6 months) and there are no warnings: grade raised to A+.`);
      letter = 'A+';
    } else if (hstsMaxAge !== null) {
      caps.push(`A+ not awarded: HSTS max-age ${hstsMaxAge} is under ${HSTS_SIX_MONTHS} (6 months).`);
    }
  }
  return { grade: letter, score, parts, caps, limits };
}
