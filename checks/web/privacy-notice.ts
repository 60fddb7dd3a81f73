// Owns web.privacy-notice: whether each visited page of the practice's own website links to its
// Notice of Privacy Practices, by the notice's address or by its name.
import { defineCheck, toPointer, type Finding, type PageLink } from '../../src/index.js';
import { endpointAt, endpointPage, needsBrowser, unknownFinding } from '../../src/engine/endpoint-queries.js';
import { hostOf, siteOf } from '../../src/gather/page-scan.js';

const ID = 'web.privacy-notice';

/** Link text that names the Notice of Privacy Practices, not a website privacy policy. */
const NOTICE_TEXT = /\bnotice of privacy practices?\b|\bprivacy practices\b|\bhipaa (?:privacy )?notice\b|\bNPP\b/i;
/** Link text or address that names some privacy page: a website privacy policy, perhaps the notice. */
const PRIVACY = /privacy/i;

/** A URL as compared: scheme and host lower case, default port, no trailing slash, query or fragment. */
function normalized(url: string): string | undefined {
  try {
    const u = new URL(url);
    return `${u.protocol}//${u.host}${u.pathname.replace(/\/+$/, '')}`;
  } catch {
    return undefined;
  }
}

const pathOf = (href: string): string => {
  try {
    return new URL(href).pathname;
  } catch {
    return '';
  }
};

const describe = (l: PageLink) => `"${l.text || '(no text)'}" → ${l.href}`;

export default defineCheck({
  meta: {
    id: ID,
    title: 'The practice website links to its Notice of Privacy Practices',
    area: 'web',
    severity: 'medium',
    hipaa: ['164.520(c)(3)(i)'],
    obligation: 'required',
    basis:
      '45 CFR 164.520(c)(3)(i): a covered entity that maintains a web site that provides information about the covered entity\'s customer services or benefits must prominently post its notice on the web site and make the notice available electronically through the web site',
    rationale:
      'HIPAA requires a practice whose website describes its services to post its Notice of Privacy Practices there, prominently. This check visits the pages of the practice\'s own site listed under `endpoints` and looks for a link to the notice; a "Privacy Policy" about cookies and the website is a different document.',
    remediation:
      'Link the Notice of Privacy Practices from every page of the website (the footer) and from the booking pages, with its own name as the link text, and set `privacy_notice.website` to its address.',
    needs: ['stack', 'endpoints'],
  },
  run({ stack, facts }): Finding[] {
    const website = stack.practice.website;
    // No website declared: privacy.notice-website judges what the stack file says.
    if (website === undefined) return [];
    const site = siteOf(hostOf(website));
    const posted = stack.privacy_notice?.website;
    const noticeAt = typeof posted === 'string' ? normalized(posted) : undefined;

    // Every endpoint on the practice website's site (its registrable domain: www., book. and the bare
    // domain are one website), so that booking pages on a subdomain are judged too.
    const pages = (stack.endpoints ?? []).map((endpoint, i) => ({ endpoint, i })).filter(({ endpoint }) => siteOf(hostOf(endpoint.url)) === site);
    if (site === '' || pages.length === 0) {
      return [{
        status: 'manual',
        subject: website,
        path: toPointer('practice', 'website'),
        message: `hipaa-hero did not visit the practice website ${website}: no endpoint is on its site, so whether its pages link to the Notice of Privacy Practices was not looked at. Add it under \`endpoints\` (with phi: false) so hipaa-hero can look, or check the footer by hand.`,
        evidence: { website, endpoints: (stack.endpoints ?? []).map((e) => e.url) },
      }];
    }

    return pages.map(({ endpoint, i }): Finding => {
      const { url, label, at } = endpointAt(endpoint, i);
      const unknown = (reason: string, explainedBy?: string): Finding => unknownFinding(at, `Whether ${label} links to the Notice of Privacy Practices is unknown: ${reason}.`, reason, explainedBy);
      const lookup = endpointPage(facts, url, ID);
      if (!lookup.found) return unknown(lookup.unavailable, lookup.explainedBy);
      const { page } = lookup;

      const byHref = (l: PageLink) => noticeAt !== undefined && normalized(l.href) === noticeAt;
      const notice = page.links.filter((l) => byHref(l) || NOTICE_TEXT.test(l.text));
      const privacy = page.links.filter((l) => !notice.includes(l) && (PRIVACY.test(l.text) || PRIVACY.test(pathOf(l.href))));
      const evidence = {
        visit: page.kind,
        page: page.url,
        notice_links: notice.map((l) => ({ text: l.text, href: l.href, by: byHref(l) ? 'address' : 'name' })),
        privacy_links: privacy.map((l) => ({ text: l.text, href: l.href })),
        privacy_notice_website: typeof posted === 'string' ? posted : null,
        links: page.links.length,
      };
      if (notice.length > 0) {
        const first = notice[0]!;
        const how = byHref(first) ? 'the address in `privacy_notice.website`' : 'its name';
        return {
          ...at,
          status: 'pass',
          evidence,
          message: `${label}'s page ${page.url} links to its Notice of Privacy Practices (${describe(first)}, found by ${how}); whether the link is prominent is for a person to judge.`,
        };
      }
      if (privacy.length > 0) {
        return {
          ...at,
          status: 'warn',
          evidence,
          message: `${label}'s page ${page.url} links only to a privacy page that may not be the Notice of Privacy Practices (${privacy.map(describe).join('; ')}): a website privacy policy is not the notice. Link the notice by its name, or set \`privacy_notice.website\` to this address if it is the notice.`,
        };
      }
      const browser = needsBrowser(page, ID);
      if (browser) return unknown(browser.unavailable, browser.explainedBy);
      return {
        ...at,
        status: 'fail',
        evidence,
        message: `${label}'s page ${page.url} has no link to the Notice of Privacy Practices (${page.links.length} links looked at): HIPAA requires a practice website about its services to post the notice prominently and make it available through the site.`,
      };
    });
  },
});
