// Records fixtures/glow-medspa/facts.json: what the real probes see at local stand-ins for the
// example practice's two endpoints, so that `npm start` shows endpoint results with no network.
//
//   node scripts/run-ts.mjs scripts/record-example-facts.ts
//
// The stand-ins run on 127.0.0.1 with certificates made here for the example's host names, and are
// probed with those names (SNI, Host) pinned to 127.0.0.1. The booking site is configured the way a
// careful vendor runs one, except that the practice had its Meta Pixel added to it (the vendor's
// policy allows Meta's hosts); the marketing site the way an old shared host does, with Google
// Analytics, Google Fonts and a CDN script. The ports of the stand-ins are then written as the
// defaults (443, 80), and the address as a documentation address.
//
// Each stand-in's page is visited in headless Chromium with the host guard (createPageBrowser's
// hostGuard): nothing but 127.0.0.1 is ever contacted, and Chromium resolves no other name, so the
// trackers' requests are recorded without leaving the machine. The visit's 127.0.0.1 URLs are then
// written with the example's host names, and its held-back requests as sent: a patient's browser
// would send them. Without Chromium the script stops (the example must show a browser's visit).
import { writeFile } from 'node:fs/promises';
import { probeHttp } from '../src/gather/http.js';
import { probeTls } from '../src/gather/tls.js';
import { renderFactsFile } from '../src/gather/facts-file.js';
import type { EndpointFacts } from '../src/gather/endpoint-facts.js';
import type { PageFacts } from '../src/gather/page-facts-schema.js';
import { hostOf, isThirdParty } from '../src/gather/page-scan.js';
import { createPageBrowser } from '../src/gather/page-visit.js';
import { findChromium } from '../src/report/chromium.js';
import { makeRsaCa, makeRsaCert } from '../test/helpers/pki.js';
import { metaPixelSnippet, PIXEL_GIF } from '../test/helpers/pages.js';
import { GOOD_HEADERS, startSite, type SiteOptions } from '../test/helpers/sites.js';

const DAY = 86_400_000;
const OUT = 'fixtures/glow-medspa/facts.json';
const VISIT_TIMEOUT_MS = 15_000;
const ca = makeRsaCa({ commonName: 'Example Issuing CA', notBefore: new Date(Date.now() - 400 * DAY), notAfter: new Date(Date.now() + 3000 * DAY) });

const executablePath = await findChromium();
if (executablePath === undefined) {
  process.stderr.write('record-example-facts: no Chromium found to visit the pages with (apt-get install chromium)\n');
  process.exit(2);
}

/** A stand-in's files: `/` is its page. Links and form actions to LOCAL_HTTP are the stand-in's own plain-HTTP address. */
type Files = Record<string, { body: string; type?: string }>;
/** Written into a page where it names its own plain-HTTP origin; replaced by http://127.0.0.1:<port> once the port is known. */
const LOCAL_HTTP = '{{local-http}}';

const css = (rules: string) => ({ type: 'text/css; charset=utf-8', body: rules });
const js = (code: string) => ({ type: 'text/javascript; charset=utf-8', body: code });
const gif = { type: 'image/gif', body: PIXEL_GIF };

const BOOKING_PAGE = `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Book an appointment | Glow Med Spa</title>
<link rel="stylesheet" href="/assets/booking.css">
<script src="/assets/booking.js" defer></script>
${metaPixelSnippet('731902845561204')}
</head>
<body>
<header><img src="/assets/logo.gif" alt="Glow Med Spa" width="120" height="40"><h1>Book your visit</h1></header>
<main>
<form action="/appointments" method="post" id="booking">
  <label>Service
    <select name="service"><option>Consultation</option><option>Botox</option><option>Laser hair removal</option><option>HydraFacial</option></select>
  </label>
  <label>First name <input name="first_name" autocomplete="given-name" required></label>
  <label>Last name <input name="last_name" autocomplete="family-name" required></label>
  <label>Date of birth <input name="dob" type="date" required></label>
  <label>Phone <input name="phone" type="tel" autocomplete="tel" required></label>
  <label>Email <input name="email" type="email" autocomplete="email" required></label>
  <label>Anything we should know (allergies, medications, pregnancy)? <textarea name="notes"></textarea></label>
  <button type="submit">Request appointment</button>
</form>
</main>
<footer>
  <a href="https://glow-medspa.example/privacy">Notice of Privacy Practices</a>
  <a href="https://glow-medspa.example/">Glow Med Spa home</a>
  <p>Online booking by Boulevard</p>
</footer>
</body>
</html>
`;

const MARKETING_PAGE = `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Glow Med Spa | Injectables, lasers and facials in Austin</title>
<link rel="preconnect" href="https://fonts.googleapis.com">
<link rel="preconnect" href="https://fonts.gstatic.com" crossorigin>
<link href="https://fonts.googleapis.com/css2?family=Playfair+Display:wght@400;700&family=Lato&display=swap" rel="stylesheet">
<link rel="stylesheet" href="/wp-content/themes/glow/style.css">
<!-- Google tag (gtag.js) -->
<script async src="https://www.googletagmanager.com/gtag/js?id=G-GLWMSP2024"></script>
<script>
  window.dataLayer = window.dataLayer || [];
  function gtag(){dataLayer.push(arguments);}
  gtag('js', new Date());
  gtag('config', 'G-GLWMSP2024');
</script>
<script src="https://cdnjs.cloudflare.com/ajax/libs/jquery/3.7.1/jquery.min.js"></script>
<script src="/wp-content/themes/glow/js/slider.js"></script>
</head>
<body>
<header>
  <img src="/wp-content/uploads/logo.gif" alt="Glow Med Spa" width="160" height="48">
  <nav><a href="/">Home</a> <a href="/services">Services</a> <a href="https://book.glow-medspa.example">Book now</a></nav>
</header>
<main>
  <h1>Look like you, only rested</h1>
  <img src="/wp-content/uploads/hero.gif" alt="Our Austin studio">
  <section id="contact">
    <h2>Questions? Write to us</h2>
    <form action="${LOCAL_HTTP}/contact" method="post">
      <label>Name <input name="name"></label>
      <label>Email <input name="email" type="email"></label>
      <label>Phone <input name="phone" type="tel"></label>
      <label>Message <textarea name="message"></textarea></label>
      <button type="submit">Send</button>
    </form>
  </section>
</main>
<footer>
  <a href="/privacy">Notice of Privacy Practices</a>
  <a href="/terms">Terms of use</a>
  <p>&copy; 2026 Glow Med Spa, Austin, TX</p>
</footer>
</body>
</html>
`;

interface StandIn {
  url: string;
  address: string;
  site: Omit<SiteOptions, 'cert' | 'redirectHost' | 'body'>;
  files: Files;
  validDays: number;
}

const standIns: StandIn[] = [
  {
    url: 'https://book.glow-medspa.example',
    address: '192.0.2.20',
    validDays: 90,
    site: {
      headers: {
        ...GOOD_HEADERS,
        // The vendor's policy, opened for the practice's Meta Pixel.
        'content-security-policy':
          "default-src 'self'; script-src 'self' 'unsafe-inline' https://connect.facebook.net; img-src 'self' https://www.facebook.com; connect-src 'self' https://www.facebook.com; frame-ancestors 'none'; object-src 'none'; base-uri 'self'",
        server: 'nginx',
      },
      cookies: ['__Host-booking=0; Secure; HttpOnly; SameSite=Lax; Path=/'],
    },
    files: {
      '/': { body: BOOKING_PAGE },
      '/assets/booking.css': css('body { font-family: system-ui, sans-serif; margin: 0 auto; max-width: 40rem } label { display: block; margin: .5rem 0 }'),
      '/assets/booking.js': js("document.getElementById('booking')?.addEventListener('submit', () => fbq('track', 'Schedule'));"),
      '/assets/logo.gif': gif,
    },
  },
  {
    url: 'https://glow-medspa.example',
    address: '192.0.2.21',
    validDays: 365,
    site: {
      tls: { minVersion: 'TLSv1', ciphers: 'DEFAULT@SECLEVEL=0' },
      headers: { server: 'Apache/2.4.41 (Ubuntu)', 'x-powered-by': 'PHP/7.4.3', 'x-frame-options': 'SAMEORIGIN' },
      cookies: ['_ga=0; Path=/; Max-Age=63072000'],
    },
    files: {
      '/': { body: MARKETING_PAGE },
      '/wp-content/themes/glow/style.css': css("body { font-family: 'Lato', sans-serif } h1, h2 { font-family: 'Playfair Display', serif }"),
      '/wp-content/themes/glow/js/slider.js': js('window.glowSlider = { delay: 5000 };'),
      '/wp-content/uploads/logo.gif': gif,
      '/wp-content/uploads/hero.gif': gif,
    },
  },
];

const unport = (text: string, ports: number[]) => ports.reduce((t, p) => t.replaceAll(`:${p}/`, '/').replaceAll(`:${p}`, ''), text);

/**
 * The visit's facts as a visit to the example's host would have recorded them: its 127.0.0.1 URLs
 * (both ports) under the host name, third parties judged again against that host, and the requests
 * the guard held back marked sent.
 */
function asExample(page: PageFacts, host: string, ports: number[]): PageFacts {
  const text = unport(JSON.stringify(page), ports).replaceAll('//127.0.0.1/', `//${host}/`).replaceAll('//127.0.0.1"', `//${host}"`).replaceAll('"host":"127.0.0.1"', `"host":"${host}"`);
  if (text.includes('127.0.0.1')) throw new Error(`the visit to ${host} left a loopback address behind: ${text}`);
  const facts = JSON.parse(text) as PageFacts;
  const pageHost = hostOf(facts.url);
  return {
    ...facts,
    requests: facts.requests.map((r) => ({ ...r, thirdParty: isThirdParty(r.host, pageHost), sent: true })),
    forms: facts.forms.map((f) => ({ ...f, thirdParty: isThirdParty(hostOf(f.action), pageHost) })),
  };
}

const browser = createPageBrowser({ executablePath, hostGuard: true });
const endpoints: Record<string, EndpointFacts> = {};
try {
  for (const standIn of standIns) {
    const host = new URL(standIn.url).hostname;
    const cert = makeRsaCert({ commonName: host, sans: [host], issuer: ca, notBefore: new Date(Date.now() - 10 * DAY), notAfter: new Date(Date.now() + (standIn.validDays - 10) * DAY) });
    // The plain-HTTP port is known only once the site listens: the page names it through a getter.
    let httpPort = 0;
    const files: Files = Object.fromEntries(
      Object.entries(standIn.files).map(([path, file]) => [
        path,
        { ...file, get body() { return file.body.replaceAll(LOCAL_HTTP, `http://127.0.0.1:${httpPort}`); } },
      ]),
    );
    const site = await startSite({ ...standIn.site, cert, redirectHost: host, body: files });
    httpPort = site.httpPort!;
    try {
      const options = { address: '127.0.0.1', timeoutMs: 5000, ca: ca.cert };
      const [tls, https, http] = await Promise.all([
        probeTls({ host, address: '127.0.0.1', port: site.httpsPort }, options),
        probeHttp(`https://${host}:${site.httpsPort}/`, options),
        probeHttp(`http://${host}:${site.httpPort}/`, options),
      ]);
      const page = await browser.visit(`https://127.0.0.1:${site.httpsPort}/`, { timeoutMs: VISIT_TIMEOUT_MS });
      if (page.error !== undefined) throw new Error(`the visit to the ${host} stand-in failed: ${page.error}`);
      const ports = [site.httpsPort, site.httpPort!];
      const facts: EndpointFacts = { url: standIn.url, host, port: 443, address: standIn.address, tls: tls.tls, certificate: tls.certificate, https, http };
      endpoints[standIn.url] = { ...JSON.parse(unport(JSON.stringify(facts), ports)), page: asExample(page, host, ports) };
    } finally {
      await site.close();
    }
  }
} finally {
  await browser.close();
}
await writeFile(OUT, renderFactsFile(endpoints, new Date()));
process.stdout.write(`wrote ${OUT} (Chromium started ${browser.launches} time${browser.launches === 1 ? '' : 's'})\n`);
