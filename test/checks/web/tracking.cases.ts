import type { PageFacts, Stack } from '../../../src/index.js';
import { cases } from '../../helpers/cases.js';
import { BOOK, goodPage, reachUnavailableCases, SITE, twoSites, vary } from '../../helpers/endpoint-facts.js';

type Request = PageFacts['requests'][number];

/** A third-party request the page made, before any user action unless told. */
const third = (url: string, type: Request['type'] = 'script', beforeInteraction = true): Request => ({
  url,
  host: new URL(url).hostname,
  type,
  thirdParty: true,
  beforeInteraction,
  sent: true,
});

/** The booking site's facts with a clean page plus `requests` (and `change`). */
const bookWith = (requests: Request[], change: (p: PageFacts) => void = () => {}) =>
  vary(BOOK, (f) => {
    f.page = goodPage(`${BOOK}/`);
    f.page.requests.push(...requests);
    change(f.page);
  });

const META = [third('https://connect.facebook.net/en_US/fbevents.js'), third('https://www.facebook.com/tr', 'image')];
const GOOGLE = [third('https://www.googletagmanager.com/gtag/js'), third('https://www.google-analytics.com/g/collect', 'beacon')];

/** A vendor for Google analytics, with the BAA given. */
const google = (name: string, baa: NonNullable<Stack['vendors']>[number]['baa']) => (s: Stack) => {
  s.vendors!.push({ name, service: 'Analytics', phi: true, ...(baa !== undefined ? { baa } : {}) });
};

export default cases([
  {
    name: 'a clean page seen in a browser passes',
    expect: [[BOOK, 'pass', /^https:\/\/book\.clearskin\.example \(Booking site\)'s page https:\/\/book\.clearskin\.example\/ loads no advertising, social or analytics service\.$/]],
  },
  {
    name: 'the Meta pixel on a PHI booking page fails, before any user action, with its cookie',
    facts: {
      endpoints: {
        [BOOK]: bookWith(META, (p) => { p.cookies.push({ name: 'fr', domain: '.facebook.com', thirdParty: true }); }),
      },
    },
    expect: [[BOOK, 'fail', /handles PHI, but its page https:\/\/book\.clearskin\.example\/ lets tracking services see each visit: Facebook \(social; connect\.facebook\.net, www\.facebook\.com, cookie fr\) — before any user action\.$/]],
  },
  {
    name: 'Google Tag Manager and Google Analytics on a PHI page fail without a BAA, each named; Hotjar records sessions and fails',
    facts: { endpoints: { [BOOK]: bookWith([...GOOGLE, third('https://static.hotjar.com/c/hotjar-1.js', 'script', false)]) } },
    expect: [[
      BOOK,
      'fail',
      /see each visit: Google Tag Manager \(Google, tag manager; www\.googletagmanager\.com\) — before any user action — no vendor in the stack file with a BAA in force is Google Tag Manager; Google Analytics \(Google, analytics; www\.google-analytics\.com\) — before any user action — no vendor .* is Google Analytics; Hotjar \(session recording; static\.hotjar\.com\)\.$/,
    ]],
  },
  {
    name: 'analytics on a PHI page passes when each service is a vendor with a BAA in force',
    edit: (s) => {
      google('Google Analytics', { signed: '2025-03-01', expires: null })(s);
      google('Google Tag Manager', { signed: '2025-03-01', expires: null })(s);
    },
    facts: { endpoints: { [BOOK]: bookWith(GOOGLE) } },
    expect: [[BOOK, 'pass', /loads only analytics whose vendor has a BAA in force\. Covered by a BAA: Google Tag Manager .* — the BAA with Google Tag Manager \(signed 2025-03-01\) is in force; Google Analytics .*make sure that BAA names this service/]],
  },
  {
    name: 'a vendor named only for the company (Google Workspace, Google) does not cover Google Analytics',
    edit: google('Google Workspace', { signed: '2025-03-01', expires: null }),
    facts: { endpoints: { [BOOK]: bookWith([third('https://www.google-analytics.com/g/collect', 'beacon')]) } },
    expect: [[BOOK, 'fail', /Google Analytics \(.*\) — before any user action — the stack file has a vendor Google Workspace, but nothing says its BAA covers Google Analytics: record the service itself as a vendor \(`name: Google Analytics`\) when its BAA does\.$/]],
  },
  {
    name: 'a vendor "Heap, Inc." matches the service Heap, ignoring punctuation and the legal form',
    edit: google('Heap, Inc.', { signed: '2025-03-01' }),
    facts: { endpoints: { [BOOK]: bookWith([third('https://cdn.heapanalytics.com/js/heap.js')]) } },
    expect: [[BOOK, 'pass', /the BAA with Heap, Inc\. \(signed 2025-03-01\) is in force/]],
  },
  {
    name: 'analytics whose BAA expired, or that has none, fails and says which',
    edit: google('Google Analytics', { signed: '2024-01-01', expires: '2026-01-01' }),
    facts: { endpoints: { [BOOK]: bookWith(GOOGLE) } },
    expect: [[BOOK, 'fail', /Google Analytics \(Google, analytics; www\.google-analytics\.com\) — before any user action — the BAA with Google Analytics expired on 2026-01-01/]],
  },
  {
    name: 'a vendor named for the service but without a BAA does not cover it',
    edit: google('Google Analytics', undefined),
    facts: { endpoints: { [BOOK]: bookWith(GOOGLE) } },
    expect: [[BOOK, 'fail', /Google Analytics \(.*\) — before any user action — Google Analytics has no signed BAA on file/]],
  },
  {
    name: 'a vendor whose name only contains part of a word does not match (Googleplex is not Google)',
    edit: google('Googleplex Analytics Co', { signed: '2025-03-01' }),
    facts: { endpoints: { [BOOK]: bookWith([third('https://www.google-analytics.com/g/collect', 'beacon')]) } },
    expect: [[BOOK, 'fail', /no vendor in the stack file with a BAA in force is Google Analytics\.$/]],
  },
  {
    name: 'advertising and social on a PHI page fail even when the company has a BAA; covered analytics is named beside them',
    edit: (s) => {
      google('Google Analytics', { signed: '2025-03-01' })(s);
      google('Google Tag Manager', { signed: '2025-03-01' })(s);
    },
    facts: { endpoints: { [BOOK]: bookWith([...GOOGLE, third('https://googleads.g.doubleclick.net/pagead/viewthroughconversion', 'image')]) } },
    expect: [[BOOK, 'fail', /see each visit: Google\/Doubleclick Ads \(Google, advertising; googleads\.g\.doubleclick\.net\) — before any user action\. Covered by a BAA: Google Tag Manager/]],
  },
  {
    name: 'session recording on a PHI page fails even with a BAA for it',
    edit: google('FullStory', { signed: '2025-03-01' }),
    facts: { endpoints: { [BOOK]: bookWith([third('https://edge.fullstory.com/s/fs.js')]) } },
    expect: [[BOOK, 'fail', /see each visit: FullStory \(session recording; edge\.fullstory\.com\) — before any user action\.$/]],
  },
  {
    name: 'a third-party cookie from a tracker domain counts, even with no request seen',
    facts: { endpoints: { [BOOK]: bookWith([], (p) => { p.cookies.push({ name: 'IDE', domain: '.doubleclick.net', thirdParty: true }); }) } },
    expect: [[BOOK, 'fail', /Google\/Doubleclick Ads \(Google, advertising; cookie IDE\) — before any user action/]],
  },
  {
    name: 'TikTok and Meta on the non-PHI marketing site warn, with the 2024 court decision; the booking site passes',
    stack: twoSites,
    facts: {
      endpoints: {
        [BOOK]: vary(BOOK),
        [SITE]: vary(SITE, (f) => { f.page!.requests.push(third('https://analytics.tiktok.com/i18n/pixel/events.js'), ...META); }),
      },
    },
    expect: [
      [BOOK, 'pass', /loads no advertising/],
      [SITE, 'warn', /\(Website\) is not marked as handling PHI, but its page https:\/\/clearskin\.example\/ loads tracking services: TikTok \(ByteDance Ltd, social; analytics\.tiktok\.com\) — before any user action; Facebook \(social; connect\.facebook\.net, www\.facebook\.com\) — before any user action\. In American Hospital Association v\. Becerra \(N\.D\. Tex\., June 20, 2024\) .*unauthenticated public page.*never be placed on pages that reveal a patient relationship/],
    ],
  },
  {
    name: 'CDNs and fonts are not trackers: listed, not failed',
    facts: { endpoints: { [BOOK]: bookWith([third('https://fonts.gstatic.com/s/inter.woff2', 'font'), third('https://cdn.jsdelivr.net/npm/alpinejs', 'script'), third('https://assets.unknown-widget.example/w.js')]) } },
    expect: [[BOOK, 'pass', /loads no advertising, social or analytics service\. Other third parties \(CDNs, fonts, widgets: not judged here\): Google Fonts \(fonts\.gstatic\.com\); JSDelivr CDN \(cdn\.jsdelivr\.net\)\.$/]],
  },
  {
    name: 'a clean page read from its HTML only is unknown: this check says to install Chromium',
    facts: { endpoints: { [BOOK]: bookWith([third('https://fonts.gstatic.com/s/inter.woff2', 'font')], (p) => { p.kind = 'html'; }) } },
    expect: [[BOOK, 'error', /https:\/\/book\.clearskin\.example\/: the page was read from its HTML only \(no Chromium\).*install Chromium/]],
  },
  {
    name: 'analytics covered by a BAA in an HTML-only read is still unknown: scripts may load more',
    edit: (s) => {
      google('Google Analytics', { signed: '2025-03-01' })(s);
      google('Google Tag Manager', { signed: '2025-03-01' })(s);
    },
    facts: { endpoints: { [BOOK]: bookWith(GOOGLE, (p) => { p.kind = 'html'; }) } },
    expect: [[BOOK, 'error', /read from its HTML only \(no Chromium\)/]],
  },
  {
    name: 'a tracker found in an HTML-only read is judged, and the message says more may exist',
    facts: { endpoints: { [BOOK]: bookWith(META, (p) => { p.kind = 'html'; p.requests.forEach((r) => { r.sent = false; }); }) } },
    expect: [[BOOK, 'fail', /Facebook \(social; .*\) — before any user action\. The page was read from its HTML only \(no Chromium\), so its scripts may load more than this\.$/]],
  },
  {
    name: 'a page visit that failed is an error, said here in full',
    facts: { endpoints: { [BOOK]: vary(BOOK, (f) => { f.page = { ...goodPage(`${BOOK}/`), requests: [], links: [], error: 'timeout after 15000 ms' }; }) } },
    expect: [[BOOK, 'error', /the visit to https:\/\/book\.clearskin\.example failed: timeout after 15000 ms/]],
  },
  {
    name: 'facts without a page visit (an older hipaa-hero) are an error',
    facts: { endpoints: { [BOOK]: vary(BOOK, (f) => { delete f.page; }) } },
    expect: [[BOOK, 'error', /no page visit was recorded for https:\/\/book\.clearskin\.example \(facts saved by an older hipaa-hero/]],
  },
  ...reachUnavailableCases('web.tracking'),
  { name: 'no endpoints section: nothing to judge', stack: { endpoints: undefined }, expect: [] },
]);
