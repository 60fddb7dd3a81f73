// Checks the schema cannot express: names that must be unique, references that must resolve,
// CIDR ranges and URLs that must parse.
//
// These run even when the schema found problems (so that every problem is reported at once), so
// they read the data defensively: a section or field of the wrong type is skipped here, because
// the schema has already reported it.
import ipaddr from 'ipaddr.js';
import type { Stack } from './schema.js';
import type { SchemaProblem } from './schema-errors.js';
import { toPointer } from './positions.js';
import { closest } from './suggest.js';
import { checkAttestations } from './attestation-rules.js';
import { redactUnparsed } from '../redact.js';
import type { LoadOptions } from './load-options.js';

type Problems = SchemaProblem[];
type Entry = Record<string, unknown>;

const isEntry = (value: unknown): value is Entry => typeof value === 'object' && value !== null && !Array.isArray(value);

/** The entries of a list section, with their indexes; nothing when the section is not a list. */
function entries(value: unknown): Array<[number, Entry]> {
  if (!Array.isArray(value)) return [];
  return value.flatMap((item, i): Array<[number, Entry]> => (isEntry(item) ? [[i, item]] : []));
}

/** The strings of a list, with their indexes; other items are skipped. */
function strings(value: unknown): Array<[number, string]> {
  if (!Array.isArray(value)) return [];
  return value.flatMap((item, i): Array<[number, string]> => (typeof item === 'string' ? [[i, item]] : []));
}

const keysOf = (value: unknown): Set<string> => new Set(isEntry(value) ? Object.keys(value) : []);

function unique(problems: Problems, section: unknown, at: string | readonly string[], field: string, what: string): Set<string> {
  const base = typeof at === 'string' ? [at] : at;
  const name = base.join('.');
  const seen = new Map<string, number>();
  for (const [i, item] of entries(section)) {
    const value = item[field];
    if (typeof value !== 'string') continue;
    const first = seen.get(value);
    if (first === undefined) {
      seen.set(value, i);
    } else {
      problems.push({
        pointer: toPointer(...base, i, field),
        atKey: false,
        also: toPointer(...base, first, field),
        message:
          field === 'url'
            ? `duplicate ${what} '${redactUnparsed(value)}' (also ${name}[${first}]) — list each ${what} once: merge the two entries`
            : `duplicate ${what} '${value}' (also ${name}[${first}]) — give each ${what} its own name, or merge the two entries`,
      });
    }
  }
  return new Set(seen.keys());
}

function reference(problems: Problems, pointer: string, value: unknown, known: ReadonlySet<string>, what: string, where: string): void {
  if (typeof value !== 'string' || value === '' || known.has(value)) return;
  const guess = closest(value, known);
  const hint = guess
    ? `did you mean '${guess}'?`
    : known.size
      ? `use one of: ${[...known].slice(0, 8).join(', ')}${known.size > 8 ? ', ...' : ''}`
      : `add it to ${where} first`;
  problems.push({ pointer, atKey: false, message: `${what} '${value}' is not defined in ${where} — ${hint}` });
}

/** Accepts a CIDR range or a single address, IPv4 (four decimal parts) or IPv6. */
export function isCidr(value: string): boolean {
  const slash = value.indexOf('/');
  const address = slash === -1 ? value : value.slice(0, slash);
  const prefix = slash === -1 ? undefined : value.slice(slash + 1);
  // ipaddr.js also takes legacy forms ("10", "10.1", "0x0a.0.0.1", "010.0.0.1") that firewalls do
  // not read the same way: only dotted four-part decimal IPv4 is accepted.
  const v4 = ipaddr.IPv4.isValidFourPartDecimal(address);
  const v6 = !v4 && !address.includes('%') && ipaddr.IPv6.isValid(address);
  if (!v4 && !v6) return false;
  if (prefix === undefined) return true;
  if (!/^(0|[1-9]\d{0,2})$/.test(prefix)) return false;
  return Number(prefix) <= (v4 ? 32 : 128);
}

function isWebUrl(value: string): boolean {
  try {
    const url = new URL(value);
    return (url.protocol === 'https:' || url.protocol === 'http:') && url.hostname !== '';
  } catch {
    return false;
  }
}

export function checkReferences(stack: Stack, options: LoadOptions): Problems {
  const { knownCheckIds } = options;
  const problems: Problems = [];
  const data: Entry = isEntry(stack) ? (stack as unknown as Entry) : {};
  const network = isEntry(data.network) ? data.network : {};
  const roles = keysOf(data.roles);
  const allowlists = keysOf(network.ip_allowlists);

  unique(problems, data.staff, 'staff', 'account', 'staff account');
  const vendors = unique(problems, data.vendors, 'vendors', 'name', 'vendor');
  const stores = unique(problems, data.data_stores, 'data_stores', 'name', 'data store');
  unique(problems, data.messaging, 'messaging', 'name', 'messaging channel');
  unique(problems, data.backups, 'backups', 'name', 'backup');
  unique(problems, data.policies, 'policies', 'name', 'policy');
  unique(problems, data.endpoints, 'endpoints', 'url', 'endpoint');

  for (const [i, s] of entries(data.staff)) {
    reference(problems, toPointer('staff', i, 'role'), s.role, roles, 'role', '`roles`');
  }
  for (const [i, d] of entries(data.data_stores)) {
    reference(problems, toPointer('data_stores', i, 'vendor'), d.vendor, vendors, 'vendor', '`vendors`');
    const access = isEntry(d.access) ? d.access : {};
    for (const [j, r] of strings(access.roles)) {
      reference(problems, toPointer('data_stores', i, 'access', 'roles', j), r, roles, 'role', '`roles`');
    }
    reference(problems, toPointer('data_stores', i, 'access', 'ip_allowlist'), access.ip_allowlist, allowlists, 'IP allowlist', '`network.ip_allowlists`');
  }
  for (const [i, m] of entries(data.messaging)) {
    reference(problems, toPointer('messaging', i, 'vendor'), m.vendor, vendors, 'vendor', '`vendors`');
  }
  for (const [i, b] of entries(data.backups)) {
    for (const [j, c] of strings(b.covers)) {
      reference(problems, toPointer('backups', i, 'covers', j), c, stores, 'data store', '`data_stores`');
    }
  }
  if (isEntry(network.ip_allowlists)) {
    for (const [name, ranges] of Object.entries(network.ip_allowlists)) {
      for (const [j, range] of strings(ranges)) {
        if (range !== '' && !isCidr(range)) {
          problems.push({
            pointer: toPointer('network', 'ip_allowlists', name, j),
            atKey: false,
            message: `'${range}' is not an IP address or CIDR range — write e.g. 203.0.113.0/24 or 2001:db8::/48`,
          });
        }
      }
    }
  }
  for (const [i, e] of entries(data.endpoints)) {
    reference(problems, toPointer('endpoints', i, 'data_store'), e.data_store, stores, 'data store', '`data_stores`');
    reference(problems, toPointer('endpoints', i, 'vendor'), e.vendor, vendors, 'vendor', '`vendors`');
    if (typeof e.url === 'string' && e.url !== '' && !isWebUrl(e.url)) {
      problems.push({ pointer: toPointer('endpoints', i, 'url'), atKey: false, message: `'${redactUnparsed(e.url)}' is not a web address — write it in full, e.g. https://book.example.com` });
    }
  }
  const marketing = isEntry(data.marketing) ? data.marketing : {};
  for (const [j, v] of strings(marketing.lists)) {
    reference(problems, toPointer('marketing', 'lists', j), v, vendors, 'vendor', '`vendors`');
  }
  unique(problems, marketing.manufacturer_programs, ['marketing', 'manufacturer_programs'], 'name', 'program');
  for (const [i, p] of entries(marketing.manufacturer_programs)) {
    reference(problems, toPointer('marketing', 'manufacturer_programs', i, 'vendor'), p.vendor, vendors, 'vendor', '`vendors`');
  }
  const notice = isEntry(data.privacy_notice) ? data.privacy_notice : {};
  if (typeof notice.website === 'string' && notice.website !== '' && !isWebUrl(notice.website)) {
    problems.push({ pointer: '/privacy_notice/website', atKey: false, message: `'${notice.website}' is not a web address — write the notice page in full, e.g. https://example.com/privacy` });
  }
  const practice = isEntry(data.practice) ? data.practice : {};
  if (typeof practice.website === 'string' && !isWebUrl(practice.website)) {
    problems.push({ pointer: '/practice/website', atKey: false, message: `'${practice.website}' is not a web address — write it in full, e.g. https://example.com` });
  }
  if (knownCheckIds) {
    const checks = new Set(knownCheckIds);
    for (const [i, w] of entries(data.waivers)) {
      reference(problems, toPointer('waivers', i, 'check'), w.check, checks, 'check', 'the check catalog (`hipaa-hero checks`)');
    }
  }
  problems.push(...checkAttestations(data.attestations, options.attestTargets));
  return problems;
}
