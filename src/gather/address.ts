// Where an endpoint's name points: resolving it once (so every probe connects to the same address)
// and telling private, loopback and cloud-metadata addresses apart from public ones.
import dns from 'node:dns';
import net from 'node:net';
import ipaddr from 'ipaddr.js';

/**
 * ipaddr.js range names that are never a public unicast address. Multicast, broadcast, reserved and
 * documentation ranges are here too: no real endpoint lives there, so they get the same caution.
 */
const NON_PUBLIC_IPV4 = new Set<string>([
  'unspecified', // 0.0.0.0/8
  'broadcast',
  'multicast',
  'linkLocal', // 169.254/16, which holds the 169.254.169.254 metadata service
  'loopback',
  'carrierGradeNat', // 100.64/10
  'private', // RFC 1918
  'reserved', // 192.0.0/24, documentation nets, 198.18/15 benchmarking, 240/4
]);

const NON_PUBLIC_IPV6 = new Set<string>([
  'unspecified',
  'linkLocal', // fe80::/10
  'multicast',
  'loopback',
  'uniqueLocal', // fc00::/7, which holds fd00::/8 and the fd00:ec2::254 metadata service
  'deprecatedSiteLocal', // fec0::/10, still routed privately by some networks
  'discard',
  'reserved', // documentation and other unassigned-for-hosts ranges
  'benchmarking',
  'teredo', // the tunnelled IPv4 client address is obscured, so it cannot be judged
]);

/**
 * True for any address that is not public unicast: loopback, RFC 1918, CGNAT, link-local (cloud
 * metadata), ULA, unspecified, multicast, reserved, and the IPv6 forms that carry such an IPv4
 * address inside (IPv4-mapped, IPv4-translated, NAT64, 6to4). Accepts "[::1]" and zone ids. A string
 * that is not an IP address is false: pass addresses, not names (see resolveHost).
 */
export function isPrivateAddress(ip: string): boolean {
  const text = ip.startsWith('[') && ip.endsWith(']') ? ip.slice(1, -1) : ip;
  if (!ipaddr.isValid(text)) return false;
  return isNonPublic(ipaddr.parse(text));
}

/**
 * True for link-local addresses (169.254/16, fe80::/10, and their IPv4-in-IPv6 forms), where cloud
 * metadata services live, and the fd00:ec2::254 metadata address: never a practice's web site.
 */
export function isLinkLocalOrMetadata(ip: string): boolean {
  const text = ip.startsWith('[') && ip.endsWith(']') ? ip.slice(1, -1) : ip;
  if (!ipaddr.isValid(text)) return false;
  const address = ipaddr.parse(text);
  if (address.kind() === 'ipv4') return address.range() === 'linkLocal';
  const v6 = address as ipaddr.IPv6;
  if (v6.range() === 'linkLocal' || v6.toNormalizedString() === ipaddr.parse('fd00:ec2::254').toNormalizedString()) return true;
  return embeddedIPv4(v6, v6.range())?.range() === 'linkLocal';
}

function isNonPublic(address: ipaddr.IPv4 | ipaddr.IPv6): boolean {
  if (address.kind() === 'ipv4') return NON_PUBLIC_IPV4.has(address.range());
  const v6 = address as ipaddr.IPv6;
  const range = v6.range();
  if (NON_PUBLIC_IPV6.has(range)) return true;
  // The local-use NAT64 prefix 64:ff9b:1::/48 (RFC 8215) is private by definition.
  if (range === 'rfc6052' && v6.parts[2] !== 0) return true;
  const embedded = embeddedIPv4(v6, range);
  return embedded !== null && NON_PUBLIC_IPV4.has(embedded.range());
}

/** The IPv4 address an IPv6 address stands for, when it is one of the forms that carry one. */
function embeddedIPv4(v6: ipaddr.IPv6, range: string): ipaddr.IPv4 | null {
  const p = v6.parts;
  const fromParts = (high: number | undefined, low: number | undefined): ipaddr.IPv4 =>
    new ipaddr.IPv4([(high ?? 0) >> 8, (high ?? 0) & 0xff, (low ?? 0) >> 8, (low ?? 0) & 0xff]);
  switch (range) {
    case 'ipv4Mapped': // ::ffff:a.b.c.d (ipaddr.js also files the old ::a.b.c.d form here)
    case 'rfc6145': // ::ffff:0:a.b.c.d
      return fromParts(p[6], p[7]);
    case 'rfc6052': // 64:ff9b::a.b.c.d, the well-known NAT64 prefix
      return fromParts(p[6], p[7]);
    case '6to4': // 2002:AABB:CCDD::/48
      return fromParts(p[1], p[2]);
    default:
      return null;
  }
}

/**
 * Why `host` is a placeholder that is never contacted, or undefined for a real name: RFC 2606
 * reserves .example names (they never exist: what templates and documentation use) and
 * example.com, .net and .org (they exist, as IANA's documentation pages, so probing them would grade
 * IANA's server as the practice's). A .invalid name is no placeholder but a name that never
 * resolves: resolveHost says so without asking DNS.
 */
export function placeholderHost(host: string): string | undefined {
  const bare = host.replace(/\.$/, '').toLowerCase();
  if (/(?:^|\.)example$/.test(bare)) return `${bare} is a placeholder: .example names are reserved and never exist`;
  const documentation = /(?:^|\.)(example\.(?:com|net|org))$/.exec(bare)?.[1];
  if (documentation !== undefined) return `${bare} is a placeholder: ${documentation} is reserved for documentation`;
  return undefined;
}

export type LookupFn = (hostname: string) => Promise<{ address: string }>;

const systemLookup: LookupFn = (hostname) => dns.promises.lookup(hostname);

/**
 * The address to connect to for `host`, resolved once so every probe of an endpoint reaches the same
 * machine. IP literals (bare or in brackets) come back as they are, unbracketed, without any lookup.
 * Never throws: a failure is `{ error }` with a sentence that names the host. `lookup` is for tests.
 */
export async function resolveHost(
  host: string,
  timeoutMs: number,
  lookup: LookupFn = systemLookup,
): Promise<{ address: string } | { error: string }> {
  const bare = host.startsWith('[') && host.endsWith(']') ? host.slice(1, -1) : host;
  if (net.isIP(bare) !== 0) return { address: bare };
  if (bare === '') return { error: 'no host name to resolve' };
  // RFC 6761: .invalid names never resolve, so asking a DNS server about one only leaks the query;
  // RFC 2606's .example names (what documentation and the bundled example use) do not exist either.
  if (/(^|\.)(invalid|example)\.?$/i.test(bare)) return { error: `the name ${bare} does not resolve (it is reserved and never exists)` };

  let timer: NodeJS.Timeout | undefined;
  const deadline = new Promise<{ error: string }>((resolve) => {
    timer = setTimeout(() => resolve({ error: `the name ${bare} did not resolve within ${timeoutMs} ms` }), timeoutMs);
  });
  const answer = lookup(bare).then(
    (found): { address: string } | { error: string } =>
      net.isIP(found.address) !== 0 ? { address: found.address } : { error: `the name ${bare} resolved to no usable address` },
    (err: unknown) => ({ error: lookupFailure(bare, err) }),
  );
  try {
    return await Promise.race([answer, deadline]);
  } finally {
    clearTimeout(timer);
  }
}

function lookupFailure(host: string, err: unknown): string {
  const code = (err as NodeJS.ErrnoException | null)?.code;
  switch (code) {
    case 'ENOTFOUND':
    case 'ENODATA':
    case 'EAI_NONAME':
      return `the name ${host} does not resolve`;
    case 'EAI_AGAIN':
    case 'ETIMEOUT':
      return `the name ${host} could not be resolved (temporary DNS failure)`;
    default:
      return `the name ${host} could not be resolved (${code ?? (err instanceof Error ? err.message : String(err))})`;
  }
}
