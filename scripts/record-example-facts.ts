// Records fixtures/glow-medspa/facts.json: what the real probes see at local stand-ins for the
// example practice's two endpoints, so that `npm start` shows endpoint results with no network.
//
//   node scripts/run-ts.mjs scripts/record-example-facts.ts
//
// The stand-ins run on 127.0.0.1 with certificates made here for the example's host names, and are
// probed with those names (SNI, Host) pinned to 127.0.0.1. The booking site is configured the way a
// careful vendor runs one; the marketing site the way an old shared host does. The ports of the
// stand-ins are then written as the defaults (443, 80), and the address as a documentation address.
import { writeFile } from 'node:fs/promises';
import { probeHttp } from '../src/gather/http.js';
import { probeTls } from '../src/gather/tls.js';
import { renderFactsFile } from '../src/gather/facts-file.js';
import type { EndpointFacts } from '../src/gather/endpoint-facts.js';
import { makeRsaCa, makeRsaCert } from '../test/helpers/pki.js';
import { GOOD_HEADERS, startSite, type SiteOptions } from '../test/helpers/sites.js';

const DAY = 86_400_000;
const OUT = 'fixtures/glow-medspa/facts.json';
const ca = makeRsaCa({ commonName: 'Example Issuing CA', notBefore: new Date(Date.now() - 400 * DAY), notAfter: new Date(Date.now() + 3000 * DAY) });

interface StandIn {
  url: string;
  address: string;
  site: Omit<SiteOptions, 'cert' | 'redirectHost'>;
  validDays: number;
}

const standIns: StandIn[] = [
  {
    url: 'https://book.glow-medspa.example',
    address: '192.0.2.20',
    validDays: 90,
    site: {
      headers: { ...GOOD_HEADERS, server: 'nginx' },
      cookies: ['__Host-booking=0; Secure; HttpOnly; SameSite=Lax; Path=/'],
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
  },
];

const unport = (text: string, ports: number[]) => ports.reduce((t, p) => t.replaceAll(`:${p}/`, '/').replaceAll(`:${p}`, ''), text);

const endpoints: Record<string, EndpointFacts> = {};
for (const standIn of standIns) {
  const host = new URL(standIn.url).hostname;
  const cert = makeRsaCert({ commonName: host, sans: [host], issuer: ca, notBefore: new Date(Date.now() - 10 * DAY), notAfter: new Date(Date.now() + (standIn.validDays - 10) * DAY) });
  const site = await startSite({ ...standIn.site, cert, redirectHost: host });
  try {
    const options = { address: '127.0.0.1', timeoutMs: 5000, ca: ca.cert };
    const [tls, https, http] = await Promise.all([
      probeTls({ host, address: '127.0.0.1', port: site.httpsPort }, options),
      probeHttp(`https://${host}:${site.httpsPort}/`, options),
      probeHttp(`http://${host}:${site.httpPort}/`, options),
    ]);
    const facts: EndpointFacts = { url: standIn.url, host, port: 443, address: standIn.address, tls: tls.tls, certificate: tls.certificate, https, http };
    endpoints[standIn.url] = JSON.parse(unport(JSON.stringify(facts), [site.httpsPort, site.httpPort!]));
  } finally {
    await site.close();
  }
}
await writeFile(OUT, renderFactsFile(endpoints, new Date()));
process.stdout.write(`wrote ${OUT}\n`);
