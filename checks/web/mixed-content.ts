// Owns web.mixed-content: whether the HTTPS page of a PHI endpoint loads anything over plain HTTP.
import { defineCheck, type Finding, type Json, type PageFacts } from '../../src/index.js';
import { endpointAt, endpointPage, needsBrowser, unknownFinding } from '../../src/engine/endpoint-queries.js';

const ID = 'web.mixed-content';

/** How many addresses a message names; the evidence keeps them all. */
const SHOWN = 5;

type RequestType = PageFacts['requests'][number]['type'];

/**
 * W3C Mixed Content's "upgradeable" requests (images, audio, video): browsers load them over HTTPS
 * instead, or not at all. Everything else (scripts, styles, frames, fonts, fetches, sockets) is
 * "blockable": blocked outright, since it could change the page or read what is typed into it.
 */
const UPGRADEABLE: ReadonlySet<RequestType> = new Set(['image', 'media']);

/** What each plain-HTTP address was loaded as, from the page's requests; `other` when no request says. */
function typed(page: PageFacts): { url: string; type: RequestType }[] {
  const types = new Map<string, RequestType>();
  for (const r of page.requests) if (!types.has(r.url)) types.set(r.url, r.type);
  return page.mixedContent.map((url) => ({ url, type: types.get(url) ?? (/^ws:/i.test(url) ? 'websocket' : 'other') }));
}

/** "http://a/x.js (script), http://b/y.png (image) and 3 more". */
function listed(items: { url: string; type: RequestType }[]): string {
  const shown = items.slice(0, SHOWN).map((m) => `${m.url} (${m.type})`);
  const rest = items.length - shown.length;
  return rest > 0 ? `${shown.join(', ')} and ${rest} more` : shown.join(', ');
}

export default defineCheck({
  meta: {
    id: ID,
    title: 'PHI endpoints load nothing over plain HTTP (no mixed content)',
    area: 'web',
    severity: 'medium',
    hipaa: ['164.312(e)(1)', '164.312(c)(1)'],
    obligation: 'practice',
    basis:
      'W3C Mixed Content (an HTTPS page\'s subresources must be fetched over HTTPS: blockable ones are blocked, upgradeable ones upgraded) and MDN Web Docs, "Mixed content"',
    rationale:
      'A script, style sheet or frame that an HTTPS page loads over plain HTTP can be read and replaced by anyone on the network path, and then reads or changes what the patient types into the page. Current browsers block such content and upgrade images, which breaks the page instead; older browsers and some in-app browsers still load it.',
    remediation:
      'Load every script, style sheet, frame, font, image and API call of the page over https:// (change the addresses in the site or template, or in the plugin or embed code that adds them); a `Content-Security-Policy: upgrade-insecure-requests` header makes browsers ask for HTTPS as a stopgap.',
    needs: ['endpoints'],
  },
  run({ stack, facts }) {
    return (stack.endpoints ?? []).flatMap((endpoint, i): Finding[] => {
      if (!endpoint.phi) return [];
      const { url, label, at } = endpointAt(endpoint, i);
      const unknown = (reason: string, explainedBy?: string): Finding[] => [unknownFinding(at, `Whether ${label}'s page loads anything over plain HTTP is unknown: ${reason}.`, reason, explainedBy)];
      const lookup = endpointPage(facts, url, ID);
      if (!lookup.found) return unknown(lookup.unavailable, lookup.explainedBy);
      const { page } = lookup;

      if (!/^https:/i.test(page.url)) {
        return [{
          ...at,
          status: 'not_applicable',
          evidence: { page: page.url },
          message: `${label}'s page ${page.url} is itself served over plain HTTP, so there is no HTTPS page to mix with (endpoints.https and web.https-redirect judge that).`,
        }];
      }
      const mixed = typed(page);
      const evidence: Json = { visit: page.kind, page: page.url, mixedContent: mixed.map((m) => ({ ...m })) };
      if (mixed.length === 0) {
        // Read without a browser, what the page's scripts load at run time was not seen.
        const browser = needsBrowser(page, ID);
        if (browser) return unknown(browser.unavailable, browser.explainedBy);
        return [{ ...at, status: 'pass', evidence, message: `${label} handles PHI and its page ${page.url} loads everything over HTTPS.` }];
      }
      const blockable = mixed.filter((m) => !UPGRADEABLE.has(m.type));
      const n = mixed.length;
      const count = `${n} resource${n === 1 ? '' : 's'} over plain HTTP`;
      if (blockable.length > 0) {
        return [{
          ...at,
          status: 'fail',
          evidence,
          message: `${label} handles PHI, but its HTTPS page ${page.url} loads ${count}: ${listed([...blockable, ...mixed.filter((m) => UPGRADEABLE.has(m.type))])}. A script, style sheet or frame loaded so can be replaced on the network path and read or change what patients type; current browsers block it, which breaks the page, and older ones load it.`,
        }];
      }
      return [{
        ...at,
        status: 'warn',
        evidence,
        message: `${label} handles PHI, and its HTTPS page ${page.url} loads ${count}, images or media only: ${listed(mixed)}. Current browsers fetch these over HTTPS or not at all; older ones load them unencrypted, showing the network what the page displays.`,
      }];
    });
  },
});
