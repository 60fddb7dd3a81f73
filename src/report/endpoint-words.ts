// Why each endpoint grade is what it is, in words every human format shares: the TLS score's parts
// and caps, and the header score's modifiers. Plain text; each renderer escapes it for its format.
import { MINIMUM_SCORE_FOR_EXTRA_CREDIT, observatoryGrade } from '../grade/headers-grade.js';
import { letterForScore } from '../grade/tls-grade.js';
import type { ReportEndpoint } from './schema.js';

/** One grade's explanation: `head` names the grade exactly as the table column shows it. */
export interface GradeWhy {
  head: string;
  text: string;
}

/** Scores are whole or halves: no trailing ".0". */
const num = (n: number): string => (Number.isInteger(n) ? String(n) : n.toFixed(1));
/** A signed modifier with a real minus sign and no space, so a line never breaks inside it: "−25", "+5". */
const signed = (n: number): string => `${n < 0 ? '−' : '+'}${num(Math.abs(n))}`;
/** The head already says "not graded": the grade's own reason need not say it again. */
const withoutNotGraded = (s: string): string => s.replace(/^Not graded: /, '');
const capitalized = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1);
const sentence = (s: string): string => s.replace(/\s*[.;:]\s*$/, '');

/** [SSL Labs guide] the score range of each letter. */
const TLS_BANDS: Record<string, string> = {
  A: '80 or more',
  B: '65 to under 80',
  C: '50 to under 65',
  D: '35 to under 50',
  E: '20 to under 35',
  F: 'under 20',
};

/** The TLS grade's reasons: the score from its weighted parts, then every cap, in the grade's own words. */
export function tlsWhy(e: ReportEndpoint): GradeWhy {
  const { grade, score, parts, caps } = e.tls;
  const head = `TLS ${grade ?? 'not graded'}`;
  if (score === null) return { head, text: withoutNotGraded(caps.join(' ')) || 'nothing could be graded.' };
  const { protocol, keyExchange, cipher } = parts;
  let scoreText: string;
  if (protocol === null || keyExchange === null || cipher === null) {
    scoreText = `score ${num(score)}.`;
  } else {
    const sum = `0.3 × ${num(protocol)} protocol + 0.3 × ${num(keyExchange)} key exchange + 0.4 × ${num(cipher)} cipher strength`;
    const zero = score === 0 && (protocol === 0 || keyExchange === 0 || cipher === 0) ? ' (a part scored 0, which makes the score 0)' : '';
    const letter = letterForScore(score);
    scoreText = `score ${num(score)} = ${sum}${zero}, which is ${letter} (${TLS_BANDS[letter]})${caps.length === 0 ? '' : ' before adjustments'}.`;
  }
  // An untrusted or misnamed certificate replaces the letter: its reasons lead, the score follows.
  const certificateVerdict = grade === 'T' || grade === 'M';
  const text = certificateVerdict ? [...caps, capitalized(scoreText)].join(' ') : [scoreText, ...caps].join(' ');
  return { head, text };
}

/** The Observatory's score range for a letter (multiples of 5, read downward), e.g. "30–39" for D. */
function headersBand(score: number): string {
  const letter = observatoryGrade(score);
  if (letter === 'A+') return '100 or more';
  let low = Math.max(score, 0) - (Math.max(score, 0) % 5);
  while (low >= 5 && observatoryGrade(low - 5) === letter) low -= 5;
  let high = low;
  while (observatoryGrade(high + 5) === letter) high += 5;
  return low === 0 ? `under ${high + 5}` : `${low}–${high + 4}`;
}

/** The header grade's reasons: 100, each non-zero modifier with its description, and the letter's range. */
export function headersWhy(e: ReportEndpoint): GradeWhy {
  const { grade, score, tests, limits } = e.headers;
  const head = `Headers ${grade ?? 'not graded'}`;
  if (grade === null || score === null) {
    return { head, text: withoutNotGraded(limits.find((l) => l.startsWith('Not graded')) ?? 'no HTTPS response was recorded.') };
  }
  const term = (modifier: number, description: string): string => `${signed(modifier)} (${sentence(description)})`;
  const penalties = tests.filter((t) => t.modifier < 0);
  const bonuses = tests.filter((t) => t.modifier > 0);
  const afterPenalties = 100 + penalties.reduce((sum, t) => sum + t.modifier, 0);
  const bonusesCount = afterPenalties >= MINIMUM_SCORE_FOR_EXTRA_CREDIT;
  const counted = tests.filter((t) => t.modifier < 0 || (t.modifier > 0 && bonusesCount));
  const terms = counted.map((t) => term(t.modifier, t.description));
  const total = 100 + counted.reduce((sum, t) => sum + t.modifier, 0);
  const sum = terms.length ? `100 ${terms.join(' ')} = ${total < 0 ? `−${num(-total)}` : num(total)}` : '100 (no test added or took points away)';
  // The reported score is the record; the sum above is only how it came about.
  const result = total < 0 ? `${sum}, floored at 0` : total === score ? sum : `${sum} (reported as ${num(score)})`;
  let text = `${result}, which is ${grade} (${headersBand(score)}).`;
  if (bonuses.length && !bonusesCount) {
    text += ` Not counted, since bonuses count only when the penalties leave ${MINIMUM_SCORE_FOR_EXTRA_CREDIT} or more: ${bonuses.map((t) => term(t.modifier, t.description)).join(' ')}.`;
  }
  return { head, text };
}

/**
 * Both explanations of an endpoint, or why it has none (it could not be probed); none for a
 * placeholder, which `placeholderNote` speaks of once for all of them.
 */
export function endpointWhy(e: ReportEndpoint): GradeWhy[] {
  if (e.error !== undefined) return [{ head: 'Not graded', text: `The endpoint could not be probed (${e.error}).` }];
  if (e.placeholder !== undefined) return [];
  return [tlsWhy(e), headersWhy(e)];
}
