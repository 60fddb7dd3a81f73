// Owns web.subresource-integrity: the MDN HTTP Observatory's subresource-integrity test on the
// <script src> elements of an endpoint's page as served. It reads the HTML, as the Observatory does,
// so a page read without a browser is judged in full.
import { defineCheck, type Finding, type Json } from '../../src/index.js';
import { endpointAt, endpointPage } from '../../src/engine/endpoint-queries.js';
import { sriTest, type ExternalScript } from '../../src/grade/sri-test.js';

const ID = 'web.subresource-integrity';

/** How many scripts a message names; the evidence keeps them all. */
const SHOWN = 5;

/** "https://cdn.example/lib.js (no integrity), http://tags.example/t.js (integrity, plain HTTP) and 2 more". */
function listed(scripts: ExternalScript[]): string {
  const words = (s: ExternalScript) => `${s.url} (${[s.integrity ? 'integrity' : 'no integrity', ...(s.https ? [] : ['plain HTTP'])].join(', ')})`;
  const shown = scripts.slice(0, SHOWN).map(words);
  const rest = scripts.length - shown.length;
  return rest > 0 ? `${shown.join(', ')} and ${rest} more` : shown.join(', ');
}

export default defineCheck({
  meta: {
    id: ID,
    title: 'Scripts from other sites are loaded over HTTPS with Subresource Integrity',
    area: 'web',
    severity: 'medium',
    hipaa: ['164.312(c)(1)'],
    obligation: 'practice',
    basis:
      'MDN HTTP Observatory, subresource-integrity test (its results and score modifiers), and the W3C Subresource Integrity Recommendation',
    rationale:
      'A script loaded from another company\'s server (a CDN, a widget, a tag) runs with full access to the page and everything a patient types into it. If that server or the path to it is compromised, the script is replaced for every visitor; an `integrity` hash makes the browser refuse a script that changed, and HTTPS keeps it from being swapped in transit.',
    remediation:
      'Load every script from another site over https://, and give each one whose content is fixed (a versioned library on a CDN) an `integrity="sha384-…"` attribute with `crossorigin="anonymous"` (the CDN usually shows it), or host a copy on the practice\'s own site. Scripts that change by design (tag managers, chat widgets) cannot carry a hash: keep them off pages that handle PHI, or accept the vendor under `vendors` with a BAA.',
    needs: ['endpoints'],
  },
  run({ stack, facts }) {
    return (stack.endpoints ?? []).map((endpoint, i): Finding => {
      const { url, label, at } = endpointAt(endpoint, i);
      const lookup = endpointPage(facts, url, ID);
      if (!lookup.found) {
        return {
          ...at,
          status: 'not_applicable',
          unavailable: lookup.unavailable,
          ...(lookup.explainedBy !== undefined ? { explainedBy: lookup.explainedBy } : {}),
          message: `Whether ${label}'s page loads scripts with Subresource Integrity is unknown: ${lookup.unavailable}.`,
        };
      }
      const { page } = lookup;

      const sri = sriTest(page.url, page.markupScripts);
      const evidence: Json = {
        visit: page.kind,
        page: page.url,
        result: sri.result,
        modifier: sri.modifier,
        scripts: page.markupScripts.length,
        external: sri.external.map((s) => ({ ...s })),
      };
      const modifier = `${sri.modifier > 0 ? '+' : ''}${sri.modifier}`;
      const observatory = `MDN HTTP Observatory result ${sri.result} (${modifier})`;
      const phi = endpoint.phi ? ', which handles PHI,' : '';
      if (sri.modifier <= -20) {
        return {
          ...at,
          status: 'fail',
          evidence,
          message: `${label}${phi} loads scripts from other sites over plain HTTP: ${listed(sri.external.filter((s) => !s.https))}; anyone on the network path can replace them. ${observatory}.`,
        };
      }
      if (sri.modifier < 0) {
        // The Observatory's order lets -5 stand over an HTTP script with integrity (-20): name that one too.
        const insecure = sri.external.filter((s) => !s.https);
        const also = insecure.length ? ` Loaded over plain HTTP as well: ${listed(insecure)}.` : '';
        return {
          ...at,
          status: 'warn',
          evidence,
          message: `${label}${phi} loads scripts from other sites without Subresource Integrity: ${listed(sri.external.filter((s) => !s.integrity))}; if one of those servers is compromised, the changed script runs on the page.${also} ${observatory}.`,
        };
      }
      const what =
        sri.result === 'sri-not-implemented-but-no-scripts-loaded' ? `its HTML loads no script files`
          : sri.external.length === 0 ? `every script its HTML loads (${page.markupScripts.length}) comes from its own site`
            : `every script it loads from another site (${sri.external.length}) comes over HTTPS with an integrity hash`;
      return { ...at, status: 'pass', evidence, message: `${label}'s page ${page.url}: ${what}. ${observatory}.` };
    });
  },
});
