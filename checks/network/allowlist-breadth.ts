import ipaddr from 'ipaddr.js';
import { defineCheck, toPointer, type Finding } from '../../src/index.js';

/** A /24 (256 addresses) is one office's public block; anything wider lets in other organisations. */
const MIN_IPV4_PREFIX = 24;
/** A /48 is one site's IPv6 allocation; anything wider spans other sites or a whole provider. */
const MIN_IPV6_PREFIX = 48;

const V4_MAX = (1n << 32n) - 1n;
const V6_MAX = (1n << 128n) - 1n;
/** ::ffff:0:0/96, where dual-stack servers see IPv4 clients: a range containing it admits all of IPv4. */
const MAPPED_START = 0xffffn << 32n;
const MAPPED_END = MAPPED_START + V4_MAX;

type Interval = readonly [start: bigint, end: bigint];

interface ParsedRange {
  index: number;
  text: string;
  /** The range as IPv4 (IPv4 ranges, IPv4-mapped IPv6 ranges, IPv6 ranges containing all of ::ffff:0:0/96). */
  v4?: Interval;
  /** The range in IPv6 space (anything written as IPv6). */
  v6?: Interval;
  /** Prefix length judged against the width limits, and in which family. */
  family: 4 | 6;
  prefix: number;
}

const toBigInt = (bytes: number[]): bigint => bytes.reduce((acc, b) => (acc << 8n) | BigInt(b), 0n);

function interval(value: bigint, bits: number, prefix: number): Interval {
  const host = BigInt(bits - prefix);
  const start = (value >> host) << host;
  return [start, start + (1n << host) - 1n];
}

function parseRange(text: string, index: number): ParsedRange | undefined {
  let addr: ipaddr.IPv4 | ipaddr.IPv6;
  let prefix: number;
  try {
    if (text.includes('/')) {
      [addr, prefix] = ipaddr.parseCIDR(text);
    } else {
      addr = ipaddr.parse(text);
      prefix = addr.kind() === 'ipv4' ? 32 : 128;
    }
  } catch {
    return undefined;
  }
  if (addr.kind() === 'ipv4') {
    return { index, text, family: 4, prefix, v4: interval(toBigInt(addr.toByteArray()), 32, prefix) };
  }
  const v6 = interval(toBigInt(addr.toByteArray()), 128, prefix);
  if (prefix >= 96 && (addr as ipaddr.IPv6).isIPv4MappedAddress()) {
    // ::ffff:a.b.c.d/n is the IPv4 range a.b.c.d/(n-96).
    const v4: Interval = [v6[0] - MAPPED_START, v6[1] - MAPPED_START];
    return { index, text, family: 4, prefix: prefix - 96, v4, v6 };
  }
  const containsMapped = v6[0] <= MAPPED_START && MAPPED_END <= v6[1];
  return { index, text, family: 6, prefix, v6, ...(containsMapped ? { v4: [0n, V4_MAX] as Interval } : {}) };
}

/** Whether the union of the intervals is the whole space [0, max]. */
function coversAll(intervals: Interval[], max: bigint): boolean {
  let next = 0n;
  for (const [start, end] of [...intervals].sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0))) {
    if (start > next) return false;
    if (end + 1n > next) next = end + 1n;
    if (next > max) return true;
  }
  return next > max;
}

/**
 * The ranges that admit a whole address family: those that do alone, else those that do together
 * (leaving out any range that lies inside another one).
 */
function culprits(ranges: ParsedRange[], pick: (r: ParsedRange) => Interval | undefined, max: bigint): ParsedRange[] {
  const inFamily = ranges.filter((r) => pick(r) !== undefined);
  if (!coversAll(inFamily.map((r) => pick(r)!), max)) return [];
  const alone = inFamily.filter((r) => coversAll([pick(r)!], max));
  if (alone.length) return alone;
  const inside = (a: Interval, b: Interval) => b[0] <= a[0] && a[1] <= b[1];
  return inFamily.filter((r, i) =>
    !inFamily.some((o, j) => {
      const [a, b] = [pick(r)!, pick(o)!];
      return j !== i && inside(a, b) && (!inside(b, a) || j < i);
    }),
  );
}

export default defineCheck({
  meta: {
    id: 'network.allowlist-breadth',
    title: 'IP allowlists name only the practice\'s own narrow ranges',
    area: 'network',
    severity: 'high',
    hipaa: ['164.312(a)(1)'],
    obligation: 'practice',
    basis:
      'Network access restriction (NIST SP 800-41 Rev. 1, firewall policy); the /24 and /48 limits are hipaa-hero\'s defaults',
    rationale:
      `An allowlist is only as good as its narrowest fit: a range such as 0.0.0.0/0 or ::/0 (or ::ffff:0:0/96, all of IPv4 as seen by a dual-stack server) admits the whole internet, and ranges wider than an office's block (IPv4 wider than /${MIN_IPV4_PREFIX}, IPv6 wider than /${MIN_IPV6_PREFIX}) admit other organisations.`,
    remediation:
      `Replace broad ranges under \`network.ip_allowlists\` (and in the systems that enforce them) with the practice's own public addresses, as given by your internet provider: at most a /${MIN_IPV4_PREFIX} for IPv4 and a /${MIN_IPV6_PREFIX} for IPv6; use a VPN with a fixed exit address for remote staff instead of opening the list.`,
    needs: ['stack'],
  },
  run({ stack }) {
    return Object.entries(stack.network?.ip_allowlists ?? {}).map(([name, list]): Finding => {
      const listPath = toPointer('network', 'ip_allowlists', name);
      const at = (offenders: ParsedRange[]) =>
        offenders.length === 1 ? toPointer('network', 'ip_allowlists', name, offenders[0]!.index) : listPath;
      const ranges = list.map(parseRange).filter((r): r is ParsedRange => r !== undefined);

      if (list.length === 0) {
        return {
          status: 'warn',
          subject: name,
          path: listPath,
          message: `Allowlist ${name} lists no ranges: many systems treat an empty allowlist as no restriction at all.`,
          evidence: { ranges: [] },
        };
      }

      const allV4 = culprits(ranges, (r) => r.v4, V4_MAX);
      const allV6 = culprits(ranges, (r) => r.v6, V6_MAX);
      if (allV4.length || allV6.length) {
        const offenders = [...new Set([...allV6, ...allV4])].sort((a, b) => a.index - b.index);
        // All of IPv6 includes ::ffff:0:0/96, so a list that admits every IPv6 address admits every address.
        const what = allV6.length ? 'every address' : 'every IPv4 address';
        const texts = offenders.map((r) => r.text);
        return {
          status: 'fail',
          subject: name,
          path: at(offenders),
          message: `Allowlist ${name} admits ${what} (${texts.join(', ')}): it restricts nothing.`,
          evidence: { ranges: texts },
        };
      }

      const wide = ranges.filter((r) => (r.family === 4 ? r.prefix < MIN_IPV4_PREFIX : r.prefix < MIN_IPV6_PREFIX));
      if (wide.length) {
        const texts = wide.map((r) => r.text);
        return {
          status: 'warn',
          subject: name,
          path: at(wide),
          message: `Allowlist ${name} has ranges wider than one office's block (IPv4 /${MIN_IPV4_PREFIX}, IPv6 /${MIN_IPV6_PREFIX}): ${texts.join(', ')}.`,
          evidence: { ranges: texts },
        };
      }

      return {
        status: 'pass',
        subject: name,
        path: listPath,
        message: `Allowlist ${name} has ${list.length} range${list.length === 1 ? '' : 's'}, none wider than /${MIN_IPV4_PREFIX} (IPv4) or /${MIN_IPV6_PREFIX} (IPv6).`,
        evidence: { ranges: list },
      };
    });
  },
});
