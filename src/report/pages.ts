// Each endpoint's page visit summarised for the report: who the page sends a patient's visit to,
// one entry per third-party service as the third-party-web database names it (per host when it does
// not know it), with the hosts, the request count, whether any went out before a user acted, and the
// cookies set for the service's domains. Pure: from the stack's endpoints and the gathered facts.
import type { EndpointFacts, PageFacts } from '../gather/endpoint-facts.js';
import { THIRD_PARTY_SOURCE, thirdPartyOf } from '../engine/third-parties.js';
import { redactUrl } from '../redact.js';
import type { Endpoint } from '../stack/schema.js';
import { PAGE_THIRD_PARTY_KINDS } from './page-kinds.js';
import type { PageSummary, PageThirdParty } from './page-schema.js';

export interface PageSummaries {
  /** Keyed by the endpoint's URL as the report names it (credentials masked); only visited pages. */
  byUrl: ReadonlyMap<string, PageSummary>;
  /** THIRD_PARTY_SOURCE, when some page lists a service the database knows. */
  source?: string;
}

// Code-unit comparison, never localeCompare: the report must not depend on the machine's locale.
const cmp = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);
const kindRank = (kind: PageThirdParty['kind']): number => PAGE_THIRD_PARTY_KINDS.indexOf(kind);

/** A cookie's domain as a host: without the leading dot of a domain cookie, lower case. */
const cookieHost = (domain: string): string => domain.replace(/^\.+/, '').toLowerCase();

/** The host's service key: the database's service name, or the host itself (marked so no name can collide). */
function serviceOf(host: string): { key: string; entry: Omit<PageThirdParty, 'hosts' | 'requests' | 'beforeInteraction' | 'cookies'> } {
  const known = thirdPartyOf(host);
  if (known) return { key: `service:${known.name}`, entry: { name: known.name, company: known.company, category: known.category, kind: known.kind } };
  return { key: `host:${host}`, entry: { name: host, company: null, category: null, kind: 'unknown' } };
}

interface Group {
  entry: Omit<PageThirdParty, 'hosts' | 'requests' | 'beforeInteraction' | 'cookies'>;
  hosts: Set<string>;
  requests: number;
  beforeInteraction: boolean;
  cookies: Set<string>;
}

/** The third parties of one page, grouped by service and sorted: advertising first, unknown last, then by name. */
export function pageThirdParties(page: PageFacts): PageThirdParty[] {
  const groups = new Map<string, Group>();
  const groupFor = (host: string): Group => {
    const { key, entry } = serviceOf(host);
    let group = groups.get(key);
    if (!group) groups.set(key, (group = { entry, hosts: new Set(), requests: 0, beforeInteraction: false, cookies: new Set() }));
    return group;
  };
  // Every third-party request the page made counts, sent or held back by the visit: the page asked for it.
  for (const r of page.requests) {
    if (!r.thirdParty) continue;
    const host = r.host.toLowerCase();
    const group = groupFor(host);
    group.hosts.add(host);
    group.requests++;
    if (r.beforeInteraction) group.beforeInteraction = true;
  }
  for (const c of page.cookies) {
    if (!c.thirdParty) continue;
    const host = cookieHost(c.domain);
    if (host === '') continue;
    // A cookie for a host no request went to (set for a parent domain) joins the group of a host under it.
    const known = thirdPartyOf(host);
    const under = known ? undefined : [...groups.entries()].find(([, g]) => [...g.hosts].some((h) => h === host || h.endsWith(`.${host}`)));
    const group = under ? under[1] : groupFor(host);
    if (group.hosts.size === 0) group.hosts.add(host);
    group.cookies.add(c.name);
  }
  return [...groups.values()]
    .map((g) => ({
      ...g.entry,
      hosts: [...g.hosts].sort(cmp),
      requests: g.requests,
      beforeInteraction: g.beforeInteraction,
      cookies: [...g.cookies].sort(cmp),
    }))
    .sort((a, b) => kindRank(a.kind) - kindRank(b.kind) || cmp(a.name, b.name));
}

/** One page's summary. A failed visit saw nothing: its lists are empty and its counts 0. */
export function summarizePage(page: PageFacts): PageSummary {
  return {
    kind: page.kind,
    url: page.url,
    ...(page.error !== undefined ? { error: page.error } : {}),
    thirdParties: page.error !== undefined ? [] : pageThirdParties(page),
    forms: page.error !== undefined ? 0 : page.forms.length,
    insecureForms: page.error !== undefined ? 0 : page.forms.filter((f) => f.insecure).length,
    mixedContent: page.error !== undefined ? 0 : page.mixedContent.length,
  };
}

/** The summary of every endpoint whose page was visited, and the database's credit when a page names a service it knows. */
export function summarizePages(endpoints: readonly Endpoint[], facts: Readonly<Record<string, EndpointFacts>>): PageSummaries {
  const byUrl = new Map<string, PageSummary>();
  for (const e of endpoints) {
    // Facts are keyed by the URL with its credentials masked, and the report names it so too.
    const url = redactUrl(e.url);
    const page = Object.hasOwn(facts, url) ? facts[url]?.page : undefined;
    if (page !== undefined && !byUrl.has(url)) byUrl.set(url, summarizePage(page));
  }
  const known = [...byUrl.values()].some((p) => p.thirdParties.some((t) => t.kind !== 'unknown'));
  return known ? { byUrl, source: THIRD_PARTY_SOURCE } : { byUrl };
}
