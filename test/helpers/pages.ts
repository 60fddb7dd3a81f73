// Local stand-ins for a practice's web pages, for the page-visit tests: HTTP (or HTTPS) servers on
// 127.0.0.1 only, serving fixed pages, and one path that never answers.
import http from 'node:http';
import https from 'node:https';
import type { AddressInfo } from 'node:net';
import { Value } from '@sinclair/typebox/value';
import { PageFactsSchema, type PageFacts } from '../../src/gather/page-facts-schema.js';
import type { TestCert } from './pki.js';

export interface PageRoute {
  body?: string;
  /** Default text/html. */
  type?: string;
  status?: number;
  headers?: Record<string, string | string[]>;
  /** The request is held open and never answered (until the server closes). */
  hang?: boolean;
}

export interface PageServer {
  port: number;
  /** http://127.0.0.1:<port> (or https://). */
  origin: string;
  /** Every path asked for, query string included, in order. */
  hits: string[];
  close(): Promise<void>;
}

/**
 * Serves `routes` (by path, without query string) on 127.0.0.1; anything else is a 404. Routes may
 * be set after the server started (pages that name each other's ports).
 */
export async function startPages(routes: Record<string, PageRoute>, cert?: TestCert): Promise<PageServer> {
  const hits: string[] = [];
  const handler = (req: http.IncomingMessage, res: http.ServerResponse) => {
    hits.push(req.url ?? '');
    const route = routes[(req.url ?? '/').split('?')[0] ?? '/'];
    if (route === undefined) {
      res.writeHead(404, { 'content-type': 'text/plain' });
      res.end('not here');
      return;
    }
    if (route.hang === true) return;
    res.writeHead(route.status ?? 200, { 'content-type': route.type ?? 'text/html; charset=utf-8', ...route.headers });
    res.end(route.body ?? '');
  };
  const server = cert === undefined ? http.createServer(handler) : https.createServer({ key: cert.key, cert: cert.cert }, handler);
  server.on('tlsClientError', () => {});
  const port = await new Promise<number>((resolve) => server.listen(0, '127.0.0.1', () => resolve((server.address() as AddressInfo).port)));
  return {
    port,
    origin: `${cert === undefined ? 'http' : 'https'}://127.0.0.1:${port}`,
    hits,
    async close() {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

/** A 1×1 transparent GIF, for pixels. */
export const PIXEL_GIF = Buffer.from('R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7', 'base64').toString('latin1');

/** The Meta Pixel base code as Meta hands it out, with its <noscript> image. */
export function metaPixelSnippet(pixelId: string): string {
  return `<!-- Meta Pixel Code -->
<script>
!function(f,b,e,v,n,t,s)
{if(f.fbq)return;n=f.fbq=function(){n.callMethod?
n.callMethod.apply(n,arguments):n.queue.push(arguments)};
if(!f._fbq)f._fbq=n;n.push=n;n.loaded=!0;n.version='2.0';
n.queue=[];t=b.createElement(e);t.async=!0;
t.src=v;s=b.getElementsByTagName(e)[0];
s.parentNode.insertBefore(t,s)}(window, document,'script',
'https://connect.facebook.net/en_US/fbevents.js');
fbq('init', '${pixelId}');
fbq('track', 'PageView');
</script>
<noscript><img height="1" width="1" style="display:none"
src="https://www.facebook.com/tr?id=${pixelId}&ev=PageView&noscript=1"
/></noscript>
<!-- End Meta Pixel Code -->`;
}

/** True for the hosts a guarded visit may contact. */
export const isLoopbackHost = (host: string): boolean => host === '127.0.0.1' || host === 'localhost' || host === '::1';

/** The requests of `facts` that went to a host other than loopback while not held back: none may. */
export function sentOffLoopback(facts: PageFacts): string[] {
  return facts.requests.filter((r) => !isLoopbackHost(r.host) && r.sent).map((r) => r.url);
}

/**
 * Where `facts` break PageFactsSchema. The schema's enums are Type.Unsafe, which TypeBox's Value
 * cannot check ("Unknown type"): they are read here as unions of literals.
 */
export function pageFactsErrors(facts: unknown): string[] {
  return [...Value.Errors(PageFactsSchema, facts)].map((e) => `${e.path} ${e.message}`);
}
