import type { PageFacts, PageRequest } from '../../../src/index.js';
import { cases } from '../../helpers/cases.js';
import { BOOK, goodPage, reachUnavailableCases, said, SITE, twoSites, vary } from '../../helpers/endpoint-facts.js';

const ID = 'web.mixed-content';

/** A plain-HTTP request the page made. */
const plain = (url: string, type: PageRequest['type']): PageRequest => ({ url, host: new URL(url).hostname, type, thirdParty: true, beforeInteraction: true, sent: true });

/** `url`'s facts with a clean page that loaded `requests` over plain HTTP (and `change`). */
const mixedOn = (url: string, requests: PageRequest[], change: (p: PageFacts) => void = () => {}) =>
  vary(url, (f) => {
    f.page = goodPage(`${url}/`);
    f.page.requests.push(...requests);
    f.page.mixedContent = requests.map((r) => r.url);
    change(f.page);
  });

const SCRIPT = plain('http://cdn.example/lib.js', 'script');
const IMAGE = plain('http://images.example/hero.jpg', 'image');

export default cases([
  {
    name: 'the booking page loads everything over HTTPS',
    expect: [[BOOK, 'pass', /handles PHI and its page https:\/\/book\.clearskin\.example\/ loads everything over HTTPS/]],
  },
  {
    name: 'a script over plain HTTP fails, listed first, blockable before upgradeable; the non-PHI site is not judged',
    stack: twoSites,
    facts: {
      endpoints: {
        [BOOK]: mixedOn(BOOK, [IMAGE, SCRIPT]),
        [SITE]: mixedOn(SITE, [SCRIPT]),
      },
    },
    expect: [[BOOK, 'fail', /HTTPS page https:\/\/book\.clearskin\.example\/ loads 2 resources over plain HTTP: http:\/\/cdn\.example\/lib\.js \(script\), http:\/\/images\.example\/hero\.jpg \(image\)\. A script, style sheet or frame/]],
  },
  {
    name: 'images and media only: a warning (browsers upgrade or drop them)',
    facts: { endpoints: { [BOOK]: mixedOn(BOOK, [IMAGE, plain('http://video.example/intro.mp4', 'media')]) } },
    expect: [[BOOK, 'warn', /loads 2 resources over plain HTTP, images or media only: .*hero\.jpg \(image\), .*intro\.mp4 \(media\)\. Current browsers fetch these over HTTPS or not at all/]],
  },
  {
    name: 'an address no request explains counts as blockable (other); ws:// is a websocket; the list is cut at five',
    facts: {
      endpoints: {
        [BOOK]: mixedOn(BOOK, [1, 2, 3, 4, 5].map((n) => plain(`http://img${n}.example/a.png`, 'image')), (p) => {
          p.mixedContent.push('http://fonts.example/a.woff2', 'ws://chat.example/socket');
        }),
      },
    },
    expect: [[BOOK, 'fail', /loads 7 resources over plain HTTP: http:\/\/fonts\.example\/a\.woff2 \(other\), ws:\/\/chat\.example\/socket \(websocket\), http:\/\/img1\.example\/a\.png \(image\), .*img3\.example\/a\.png \(image\) and 2 more\./]],
  },
  {
    name: 'a page read from its HTML only: mixed content found there stands',
    facts: { endpoints: { [BOOK]: mixedOn(BOOK, [SCRIPT], (p) => { p.kind = 'html'; }) } },
    expect: [[BOOK, 'fail', /lib\.js \(script\)/]],
  },
  {
    name: 'a page read from its HTML only with none is not judged: what scripts load was not seen (web.tracking says why)',
    facts: { endpoints: { [BOOK]: mixedOn(BOOK, [], (p) => { p.kind = 'html'; }) } },
    expect: [[BOOK, ...said(ID, 'web.tracking', /https:\/\/book\.clearskin\.example\/: the page was read from its HTML only \(no Chromium\)/)]],
  },
  {
    name: 'a page that ended on plain HTTP has no HTTPS page to mix with',
    facts: { endpoints: { [BOOK]: mixedOn(BOOK, [], (p) => { p.url = 'http://book.clearskin.example/'; }) } },
    expect: [[BOOK, 'not_applicable', /is itself served over plain HTTP/]],
  },
  {
    name: 'a page visit that failed is not judged here: web.tracking says why',
    facts: { endpoints: { [BOOK]: vary(BOOK, (f) => { f.page = { ...goodPage(`${BOOK}/`), error: 'net::ERR_CONNECTION_RESET' }; }) } },
    expect: [[BOOK, ...said(ID, 'web.tracking', /the visit to https:\/\/book\.clearskin\.example failed: net::ERR_CONNECTION_RESET/)]],
  },
  {
    name: 'facts without a page visit are not judged here: web.tracking says why',
    facts: { endpoints: { [BOOK]: vary(BOOK, (f) => { delete f.page; }) } },
    expect: [[BOOK, ...said(ID, 'web.tracking', /no page visit was recorded for https:\/\/book\.clearskin\.example/)]],
  },
  {
    name: 'a non-PHI endpoint whose page is unknown has nothing to judge',
    stack: { endpoints: [{ url: SITE, phi: false }] },
    facts: { endpoints: { [SITE]: vary(SITE, (f) => { delete f.page; }) } },
    expect: [],
  },
  ...reachUnavailableCases(ID),
  { name: 'no endpoints section: nothing to judge', stack: { endpoints: undefined }, expect: [] },
]);
