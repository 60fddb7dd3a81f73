// The number tables of Qualys SSL Labs' "SSL Server Rating Guide" that the TLS grade is computed
// from: category scores, the letter for a score, and the order letters are capped in. Sources are
// cited as in tls-grade.ts ([Guide] is the rating guide itself).
import type { TlsProtocol } from '../gather/endpoint-facts.js';

/** [Guide] "Protocol support rating guide". TLS 1.3 postdates the table; SSL Labs scores it as TLS 1.2 (100%). */
export const PROTOCOL_SCORE: Record<TlsProtocol, number> = { TLSv1: 90, 'TLSv1.1': 95, 'TLSv1.2': 100, 'TLSv1.3': 100 };

/** [Guide] "Key exchange rating guide", by key or DH parameter strength in RSA-equivalent bits. */
export function keyExchangeScore(bits: number): number {
  if (bits < 512) return 20;
  if (bits < 1024) return 40;
  if (bits < 2048) return 80;
  if (bits < 4096) return 90;
  return 100;
}

/** [Guide] "Cipher strength rating guide", by symmetric key bits. */
export function cipherScore(bits: number): number {
  if (bits <= 0) return 0;
  if (bits < 128) return 20;
  if (bits < 256) return 80;
  return 100;
}

/** [Guide] "Letter grade translation". */
export function letterForScore(score: number): 'A' | 'B' | 'C' | 'D' | 'E' | 'F' {
  if (score >= 80) return 'A';
  if (score >= 65) return 'B';
  if (score >= 50) return 'C';
  if (score >= 35) return 'D';
  if (score >= 20) return 'E';
  return 'F';
}

/** Best first; a cap can only move a grade to the right. */
export const LADDER = ['A+', 'A', 'A-', 'B', 'C', 'D', 'E', 'F'] as const;
export type Ladder = (typeof LADDER)[number];
export const worse = (a: Ladder, b: Ladder): Ladder => (LADDER.indexOf(a) >= LADDER.indexOf(b) ? a : b);
