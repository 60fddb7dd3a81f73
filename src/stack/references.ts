// Checks the schema cannot express: names that must be unique, references that must resolve,
// CIDR ranges and URLs that must parse.
import ipaddr from 'ipaddr.js';
import type { Stack } from './schema.js';
import type { SchemaProblem } from './schema-errors.js';
import { toPointer } from './positions.js';
import { closest } from './suggest.js';

type Problems = SchemaProblem[];

function unique<T>(problems: Problems, items: T[] | undefined, section: string, field: keyof T & string, what: string): Set<string> {
  const seen = new Map<string, number>();
  (items ?? []).forEach((item, i) => {
    const value = String(item[field]);
    const first = seen.get(value);
    if (first === undefined) {
      seen.set(value, i);
    } else {
      problems.push({
        pointer: toPointer(section, i, field),
        atKey: false,
        message: `duplicate ${what} '${value}' (also ${section}[${first}]) — give each ${what} its own name, or merge the two entries`,
      });
    }
  });
  return new Set(seen.keys());
}

function reference(problems: Problems, pointer: string, value: string, known: Set<string>, what: string, where: string): void {
  if (known.has(value)) return;
  const guess = closest(value, known);
  const hint = guess
    ? `did you mean '${guess}'?`
    : known.size
      ? `use one of: ${[...known].slice(0, 8).join(', ')}${known.size > 8 ? ', ...' : ''}`
      : `add it to ${where} first`;
  problems.push({ pointer, atKey: false, message: `${what} '${value}' is not defined in ${where} — ${hint}` });
}

/** Accepts a CIDR range or a single address, IPv4 or IPv6. */
export function isCidr(value: string): boolean {
  try {
    if (value.includes('/')) ipaddr.parseCIDR(value);
    else ipaddr.parse(value);
    return true;
  } catch {
    return false;
  }
}

function isWebUrl(value: string): boolean {
  try {
    const url = new URL(value);
    return (url.protocol === 'https:' || url.protocol === 'http:') && url.hostname !== '';
  } catch {
    return false;
  }
}

export function checkReferences(stack: Stack, knownCheckIds?: ReadonlySet<string>): Problems {
  const problems: Problems = [];
  const roles = new Set(Object.keys(stack.roles ?? {}));
  const allowlists = new Set(Object.keys(stack.network?.ip_allowlists ?? {}));

  unique(problems, stack.staff, 'staff', 'account', 'staff account');
  const vendors = unique(problems, stack.vendors, 'vendors', 'name', 'vendor');
  const stores = unique(problems, stack.data_stores, 'data_stores', 'name', 'data store');
  unique(problems, stack.messaging, 'messaging', 'name', 'messaging channel');
  unique(problems, stack.backups, 'backups', 'name', 'backup');
  unique(problems, stack.policies, 'policies', 'name', 'policy');
  unique(problems, stack.endpoints, 'endpoints', 'url', 'endpoint');

  (stack.staff ?? []).forEach((s, i) =>
    reference(problems, toPointer('staff', i, 'role'), s.role, roles, 'role', '`roles`'),
  );
  (stack.data_stores ?? []).forEach((d, i) => {
    if (d.vendor !== undefined) reference(problems, toPointer('data_stores', i, 'vendor'), d.vendor, vendors, 'vendor', '`vendors`');
    (d.access?.roles ?? []).forEach((r, j) =>
      reference(problems, toPointer('data_stores', i, 'access', 'roles', j), r, roles, 'role', '`roles`'),
    );
    if (d.access?.ip_allowlist !== undefined) {
      reference(problems, toPointer('data_stores', i, 'access', 'ip_allowlist'), d.access.ip_allowlist, allowlists, 'IP allowlist', '`network.ip_allowlists`');
    }
  });
  (stack.messaging ?? []).forEach((m, i) => {
    if (m.vendor !== undefined) reference(problems, toPointer('messaging', i, 'vendor'), m.vendor, vendors, 'vendor', '`vendors`');
  });
  (stack.backups ?? []).forEach((b, i) =>
    b.covers.forEach((c, j) =>
      reference(problems, toPointer('backups', i, 'covers', j), c, stores, 'data store', '`data_stores`'),
    ),
  );
  for (const [name, ranges] of Object.entries(stack.network?.ip_allowlists ?? {})) {
    ranges.forEach((range, j) => {
      if (!isCidr(range)) {
        problems.push({
          pointer: toPointer('network', 'ip_allowlists', name, j),
          atKey: false,
          message: `'${range}' is not an IP address or CIDR range — write e.g. 203.0.113.0/24 or 2001:db8::/48`,
        });
      }
    });
  }
  (stack.endpoints ?? []).forEach((e, i) => {
    if (!isWebUrl(e.url)) {
      problems.push({ pointer: toPointer('endpoints', i, 'url'), atKey: false, message: `'${e.url}' is not a web address — write it in full, e.g. https://book.example.com` });
    }
  });
  if (stack.practice.website !== undefined && !isWebUrl(stack.practice.website)) {
    problems.push({ pointer: '/practice/website', atKey: false, message: `'${stack.practice.website}' is not a web address — write it in full, e.g. https://example.com` });
  }
  if (knownCheckIds) {
    (stack.waivers ?? []).forEach((w, i) =>
      reference(problems, toPointer('waivers', i, 'check'), w.check, new Set(knownCheckIds), 'check', 'the check catalog (`hipaa-hero checks`)'),
    );
  }
  return problems;
}
