// Owns web.tracking: which advertising, social and analytics services an endpoint's page sends its
// visits to, judged by whether the page reveals a patient relationship (a PHI endpoint) and whether
// the service's company has a BAA in force. It also owns every failure of the page visit itself.
import { defineCheck, type Finding, type Json, type PageFacts } from '../../src/index.js';
import { endpointAt, endpointPage, needsBrowser, unknownFinding } from '../../src/engine/endpoint-queries.js';
import { thirdPartyOf, type ThirdPartyKind } from '../../src/engine/third-parties.js';
import { serviceBaa } from '../../src/engine/service-vendors.js';

const ID = 'web.tracking';

/** A third-party service the page reached, with every host and cookie that gave it away. */
interface Service {
  name: string;
  company: string;
  category: string;
  kind: ThirdPartyKind;
  hosts: string[];
  cookies: string[];
  beforeInteraction: boolean;
}

const TRACKING: ReadonlySet<ThirdPartyKind> = new Set(['advertising', 'social', 'session-replay', 'analytics']);

/** The database's categories in words. */
const CATEGORY_WORDS: Readonly<Record<string, string>> = { ad: 'advertising', 'tag-manager': 'tag manager' };

/** Every service on the page: third-party requests, then third-party cookies, grouped by service. */
function servicesOf(page: PageFacts): { services: Service[]; unknownHosts: string[]; cookies: Json[] } {
  const byName = new Map<string, Service>();
  const unknownHosts = new Set<string>();
  const serviceAt = (urlOrHost: string): Service | undefined => {
    const party = thirdPartyOf(urlOrHost);
    if (!party) return undefined;
    let s = byName.get(party.name);
    if (!s) byName.set(party.name, (s = { ...party, hosts: [], cookies: [], beforeInteraction: false }));
    return s;
  };
  for (const r of page.requests) {
    if (!r.thirdParty) continue;
    const s = serviceAt(r.url);
    if (!s) {
      unknownHosts.add(r.host);
      continue;
    }
    if (!s.hosts.includes(r.host)) s.hosts.push(r.host);
    if (r.beforeInteraction) s.beforeInteraction = true;
  }
  const cookies = page.cookies.filter((c) => c.thirdParty).map((c): Json => {
    const domain = c.domain.replace(/^\./, '');
    const s = serviceAt(domain);
    if (s && !s.cookies.includes(c.name)) s.cookies.push(c.name);
    // Only a browser visit records cookies, and it never acts: a cookie was set before any action.
    if (s) s.beforeInteraction = true;
    return { name: c.name, domain: c.domain, service: s?.name ?? null };
  });
  return { services: [...byName.values()], unknownHosts: [...unknownHosts], cookies };
}

/** "Facebook (social; connect.facebook.net, cookie _fbp) — before any user action". */
function describe(s: Service, extra?: string): string {
  const category = s.kind === 'session-replay' ? 'session recording' : (CATEGORY_WORDS[s.category] ?? s.category);
  const who = s.company === s.name ? category : `${s.company}, ${category}`;
  const where = [...s.hosts, ...s.cookies.map((c) => `cookie ${c}`)].join(', ');
  return `${s.name} (${who}; ${where})${s.beforeInteraction ? ' — before any user action' : ''}${extra ? ` — ${extra}` : ''}`;
}

const COURT =
  'In American Hospital Association v. Becerra (N.D. Tex., June 20, 2024) the court vacated HHS\'s guidance only where it treated a visit to an unauthenticated public page as PHI, so trackers here are a risk that HIPAA does not settle rather than a finding; they must never be placed on pages that reveal a patient relationship (booking, patient portal, intake forms).';

export default defineCheck({
  meta: {
    id: ID,
    title: 'No advertising, social or session-recording tracker, and no analytics without a BAA, on pages that handle PHI',
    area: 'web',
    severity: 'high',
    hipaa: ['164.502(a)', '164.502(e)', '164.308(b)(1)', '164.508(a)(3)'],
    obligation: 'practice',
    basis:
      'HHS OCR bulletin "Use of Online Tracking Technologies by HIPAA Covered Entities and Business Associates" (December 2022, revised March 18, 2024), as narrowed by American Hospital Association v. Becerra (N.D. Tex., June 20, 2024)',
    rationale:
      'A pixel or analytics tag on a booking page or patient portal tells Meta, Google, TikTok and the like that this person (their IP address, device and cookies) is booking a treatment at this practice. HHS treats that as a disclosure of PHI to a company that signed no BAA, and for advertising a disclosure for marketing that needs the patient\'s written authorization. A 2024 court ruling limited HHS\'s guidance for public pages that do not reveal a patient relationship; booking and portal pages do reveal one.',
    remediation:
      'Remove advertising, social and analytics tags (Meta Pixel, TikTok Pixel, Google Tag Manager, Google Analytics, session recording) from booking, portal and form pages, or use an analytics vendor that signs a BAA covering that service and record the BAA under `vendors`. Server-side tagging does not fix this by itself: the data still reaches the vendor. A cookie consent banner is not a HIPAA authorization.',
    needs: ['endpoints'],
  },
  run({ stack, facts, now }) {
    return (stack.endpoints ?? []).map((endpoint, i): Finding => {
      const { url, label, at } = endpointAt(endpoint, i);
      const unknown = (reason: string, explainedBy?: string): Finding => unknownFinding(at, `What ${label}'s page sends to third-party trackers is unknown: ${reason}.`, reason, explainedBy);
      const lookup = endpointPage(facts, url, ID);
      if (!lookup.found) return unknown(lookup.unavailable, lookup.explainedBy);
      const { page } = lookup;

      const { services, unknownHosts, cookies } = servicesOf(page);
      const trackers = services.filter((s) => TRACKING.has(s.kind));
      const others = services.filter((s) => !TRACKING.has(s.kind));
      // Analytics may be covered by a BAA; advertising and social never are (no BAA makes an ad
      // audience a permitted use), nor session recording on these pages (it captures what patients type).
      const judged = trackers.map((s) => ({ s, cover: s.kind === 'analytics' ? serviceBaa(stack, s, now) : undefined }));
      const bad = judged.filter((j) => !j.cover?.covered);
      const covered = judged.filter((j) => j.cover?.covered);
      const evidence: Json = {
        visit: page.kind,
        page: page.url,
        services: services.map((s) => ({
          name: s.name,
          company: s.company,
          category: s.category,
          kind: s.kind,
          hosts: s.hosts,
          beforeInteraction: s.beforeInteraction,
          ...(s.cookies.length ? { cookies: s.cookies } : {}),
          ...(s.kind === 'analytics' ? { baa: judged.find((j) => j.s === s)?.cover?.covered ?? false } : {}),
        })),
        cookies,
        ...(unknownHosts.length ? { unknown_hosts: unknownHosts } : {}),
      };
      const htmlOnly = page.kind === 'html' ? ' The page was read from its HTML only (no Chromium), so its scripts may load more than this.' : '';
      const otherWords = others.length ? ` Other third parties (CDNs, fonts, widgets: not judged here): ${others.map((s) => `${s.name} (${s.hosts.join(', ') || s.cookies.join(', ')})`).join('; ')}.` : '';
      const coveredWords = covered.length ? ` Covered by a BAA: ${covered.map((j) => describe(j.s, j.cover!.words)).join('; ')}; make sure that BAA names this service, since a vendor's BAA often covers only some of its products.` : '';

      if (bad.length === 0) {
        // Nothing to fault in an HTML-only read is not a pass: what its scripts load was not seen.
        const browser = needsBrowser(page, ID);
        if (browser) return unknown(browser.unavailable, browser.explainedBy);
        if (trackers.length === 0) {
          return { ...at, status: 'pass', evidence, message: `${label}'s page ${page.url} loads no advertising, social or analytics service.${otherWords}` };
        }
        return { ...at, status: 'pass', evidence, message: `${label}'s page ${page.url} loads only analytics whose vendor has a BAA in force.${coveredWords}${otherWords}` };
      }
      const list = bad.map((j) => describe(j.s, j.cover?.words)).join('; ');
      if (endpoint.phi) {
        return {
          ...at,
          status: 'fail',
          evidence,
          message: `${label} handles PHI, but its page ${page.url} lets tracking services see each visit: ${list}.${coveredWords}${htmlOnly}`,
        };
      }
      return {
        ...at,
        status: 'warn',
        evidence,
        message: `${label} is not marked as handling PHI, but its page ${page.url} loads tracking services: ${list}. ${COURT}${htmlOnly}`,
      };
    });
  },
});
