import type { PageFacts } from '../../../src/index.js';
import { cases } from '../../helpers/cases.js';
import { BOOK, goodPage, reachUnavailableCases, said, SITE, twoSites, vary } from '../../helpers/endpoint-facts.js';

type MarkupScript = PageFacts['markupScripts'][number];

const ID = 'web.subresource-integrity';

/** `url`'s facts with a clean page whose served HTML has `scripts` (and `change`). */
const scriptsOn = (url: string, scripts: MarkupScript[], change: (p: PageFacts) => void = () => {}) =>
  vary(url, (f) => {
    f.page = goodPage(`${url}/`);
    f.page.markupScripts = scripts;
    change(f.page);
  });

const OWN = { url: `${BOOK}/app.js`, integrity: false };
const LIB = (integrity: boolean, scheme = 'https') => ({ url: `${scheme}://cdn.jsdelivr.example/npm/lib@3/lib.min.js`, integrity });
const TAG = { url: 'https://www.googletagmanager.com/gtag/js', integrity: false };

export default cases([
  {
    name: 'the booking page loads only its own script: all from a secure origin (0), a pass',
    expect: [[BOOK, 'pass', /every script its HTML loads \(1\) comes from its own site\. MDN HTTP Observatory result sri-not-implemented-but-all-scripts-loaded-from-secure-origin \(0\)\.$/]],
  },
  {
    name: 'no scripts, or external ones all with integrity over HTTPS, pass',
    stack: twoSites,
    facts: {
      endpoints: {
        [BOOK]: scriptsOn(BOOK, []),
        [SITE]: scriptsOn(SITE, [OWN, LIB(true)]),
      },
    },
    expect: [
      [BOOK, 'pass', /its HTML loads no script files\. .*sri-not-implemented-but-no-scripts-loaded \(0\)/],
      [SITE, 'pass', /every script it loads from another site \(1\) comes over HTTPS with an integrity hash\. .*sri-implemented-and-external-scripts-loaded-securely \(\+5\)/],
    ],
  },
  {
    name: 'an own-site script with integrity earns the bonus',
    facts: { endpoints: { [BOOK]: scriptsOn(BOOK, [{ url: `${BOOK}/app.js`, integrity: true }]) } },
    expect: [[BOOK, 'pass', /sri-implemented-and-all-scripts-loaded-securely \(\+5\)/]],
  },
  {
    name: 'external scripts over HTTPS without integrity warn (-5), on PHI and other endpoints alike, naming those scripts only',
    stack: twoSites,
    facts: {
      endpoints: {
        [BOOK]: scriptsOn(BOOK, [OWN, LIB(true), TAG]),
        [SITE]: scriptsOn(SITE, [LIB(false)]),
      },
    },
    expect: [
      [BOOK, 'warn', /\(Booking site\), which handles PHI, loads scripts from other sites without Subresource Integrity: https:\/\/www\.googletagmanager\.com\/gtag\/js \(no integrity\); .* MDN HTTP Observatory result sri-not-implemented-but-external-scripts-loaded-securely \(-5\)\.$/],
      [SITE, 'warn', /\(Website\) loads scripts from other sites without Subresource Integrity: https:\/\/cdn\.jsdelivr\.example\/npm\/lib@3\/lib\.min\.js \(no integrity\)/],
    ],
  },
  {
    name: 'an external script over plain HTTP fails: -20 with integrity, -50 without',
    stack: twoSites,
    facts: {
      endpoints: {
        [BOOK]: scriptsOn(BOOK, [LIB(true, 'http')]),
        [SITE]: scriptsOn(SITE, [LIB(false, 'http'), TAG]),
      },
    },
    expect: [
      [BOOK, 'fail', /loads scripts from other sites over plain HTTP: http:\/\/cdn\.jsdelivr\.example\/npm\/lib@3\/lib\.min\.js \(integrity, plain HTTP\); .*sri-implemented-but-external-scripts-not-loaded-securely \(-20\)/],
      [SITE, 'fail', /over plain HTTP: http:\/\/cdn\.jsdelivr\.example\/npm\/lib@3\/lib\.min\.js \(no integrity, plain HTTP\); .*sri-not-implemented-and-external-scripts-not-loaded-securely \(-50\)/],
    ],
  },
  {
    name: 'the Observatory\'s order: an HTTPS script without integrity after an HTTP one with it gives -5, a warning',
    facts: { endpoints: { [BOOK]: scriptsOn(BOOK, [LIB(true, 'http'), TAG]) } },
    expect: [[BOOK, 'warn', /gtag\/js \(no integrity\);.* Loaded over plain HTTP as well: http:\/\/cdn\.jsdelivr\.example\/npm\/lib@3\/lib\.min\.js \(integrity, plain HTTP\)\. .*sri-not-implemented-but-external-scripts-loaded-securely \(-5\)/]],
  },
  {
    name: 'more than five scripts: five named and a count of the rest',
    facts: { endpoints: { [BOOK]: scriptsOn(BOOK, [1, 2, 3, 4, 5, 6, 7].map((n) => ({ url: `https://cdn${n}.example/x.js`, integrity: false }))) } },
    expect: [[BOOK, 'warn', /cdn5\.example\/x\.js \(no integrity\) and 2 more;/]],
  },
  {
    name: 'a page read from its HTML only is judged in full (the Observatory reads the served HTML too)',
    stack: twoSites,
    facts: {
      endpoints: {
        [BOOK]: scriptsOn(BOOK, [OWN], (p) => { p.kind = 'html'; }),
        [SITE]: scriptsOn(SITE, [TAG], (p) => { p.kind = 'html'; }),
      },
    },
    expect: [
      [BOOK, 'pass', /comes from its own site/],
      [SITE, 'warn', /googletagmanager/],
    ],
  },
  {
    name: 'a page visit that failed is not judged here: web.tracking says why',
    facts: { endpoints: { [BOOK]: vary(BOOK, (f) => { f.page = { ...goodPage(`${BOOK}/`), error: 'not HTML (application/json)' }; }) } },
    expect: [[BOOK, ...said(ID, 'web.tracking', /the visit to https:\/\/book\.clearskin\.example failed: not HTML/)]],
  },
  {
    name: 'facts without a page visit are not judged here: web.tracking says why',
    facts: { endpoints: { [BOOK]: vary(BOOK, (f) => { delete f.page; }) } },
    expect: [[BOOK, ...said(ID, 'web.tracking', /no page visit was recorded for https:\/\/book\.clearskin\.example/)]],
  },
  ...reachUnavailableCases(ID),
  { name: 'no endpoints section: nothing to judge', stack: { endpoints: undefined }, expect: [] },
]);
