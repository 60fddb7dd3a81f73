// The page of an endpoint without Chromium: its HTML fetched once (same-site redirects only, a size
// cap, one timeout) and scanned into PageFacts. No script runs, so it sees only what the markup
// names; the browser visit (page-visit.ts) sees what the page does.
import net from 'node:net';
import { isLinkLocalOrMetadata, placeholderHost, resolveHost, type LookupFn } from './address.js';
import type { PageFacts } from './page-facts-schema.js';
import { cleanUrl, pageError, pageFacts, siteOf, type RawRequest } from './page-scan.js';
import { scanHtml } from './html-scan.js';
import { getHeaders, readHeaders } from './http-request.js';

export interface PageFetchOptions {
  /** The whole fetch, redirects included. */
  timeoutMs: number;
  /** Default 2 MiB; a longer page is read up to this size. */
  maxBytes?: number;
  /** Default 5; only redirects to the same site are followed. */
  maxRedirects?: number;
  /** For tests: resolve names without DNS. */
  lookup?: LookupFn;
  signal?: AbortSignal;
}

const DEFAULT_MAX_BYTES = 2 * 1024 * 1024;
const DEFAULT_MAX_REDIRECTS = 5;
const MAX_HEADER_BYTES = 64 * 1024;

type PageResponse = { status: number; type: string; location: string | undefined; body: Buffer } | { error: string };

/**
 * One GET pinned to `address` (the probe's own request, reading the head of the body), in the page's
 * words. `timeoutMs` is what is left of the page's time; `pageTimeoutMs`, the whole of it, is what a
 * page that ran out of time is said not to have loaded within.
 */
async function getPage(target: URL, address: string, timeoutMs: number, pageTimeoutMs: number, maxBytes: number, signal: AbortSignal | undefined): Promise<PageResponse> {
  const exchange = await getHeaders(target, { address, maxHeaderBytes: MAX_HEADER_BYTES, timeoutMs, signal, maxBodyBytes: maxBytes });
  if ('error' in exchange) {
    if (exchange.timedOut === true) return { error: `the page did not load within ${pageTimeoutMs} ms` };
    return { error: exchange.refused === true ? exchange.error : `the page could not be fetched (${exchange.error})` };
  }
  const { headers, location } = readHeaders(exchange.rawHeaders);
  return { status: exchange.status, type: headers['content-type'] ?? '', location, body: exchange.body ?? Buffer.alloc(0) };
}

/**
 * The page at `url` as its HTML names it, no script run (kind 'html'): the resources it names
 * (recorded with sent: false, since none is fetched), forms, links, integrity attributes and mixed
 * content. What scripts add at run time, and cookies, are not seen. Never throws.
 */
export async function fetchPageHtml(url: string, options: PageFetchOptions): Promise<PageFacts> {
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  const maxRedirects = options.maxRedirects ?? DEFAULT_MAX_REDIRECTS;
  const end = Date.now() + Math.max(1, options.timeoutMs);
  let current: URL;
  try {
    current = new URL(url);
  } catch {
    return pageError('html', '', 'not a URL');
  }
  const site = siteOf(current.hostname);
  const hops: RawRequest[] = [];
  for (let redirects = 0; ; redirects++) {
    current.hash = '';
    if (current.protocol !== 'http:' && current.protocol !== 'https:') {
      return pageError('html', current.href, `unsupported scheme ${current.protocol} (only http and https pages are read)`);
    }
    const host = current.hostname.replace(/^\[(.*)\]$/, '$1');
    const placeholder = placeholderHost(host);
    if (placeholder !== undefined) return pageError('html', current.href, placeholder);
    const left = end - Date.now();
    if (left <= 0) return pageError('html', current.href, `the page did not load within ${options.timeoutMs} ms`);
    const resolved = await resolveHost(host, left, options.lookup);
    if ('error' in resolved) return pageError('html', current.href, resolved.error);
    if (net.isIP(host) === 0 && isLinkLocalOrMetadata(resolved.address)) {
      return pageError('html', current.href, `the name ${host} resolves to ${resolved.address}, a link-local or cloud metadata address: not read`);
    }
    const response = await getPage(current, resolved.address, Math.max(1, end - Date.now()), options.timeoutMs, maxBytes, options.signal);
    if ('error' in response) return pageError('html', current.href, response.error);
    hops.push({ url: current.href, type: 'document', sent: true });
    if (response.status >= 300 && response.status < 400 && response.status !== 304 && response.location !== undefined) {
      let next: URL;
      try {
        next = new URL(response.location, current);
      } catch {
        return pageError('html', current.href, 'redirect to an unparseable location');
      }
      if (siteOf(next.hostname) !== site) return pageError('html', current.href, `redirect to another site, not followed: ${cleanUrl(next.href) ?? next.protocol}`);
      if (redirects >= maxRedirects) return pageError('html', current.href, `more than ${maxRedirects} redirects`);
      current = next;
      continue;
    }
    if (response.status >= 400) return pageError('html', current.href, `the page answered HTTP ${response.status}`);
    if (response.type !== '' && !/html/i.test(response.type)) return pageError('html', current.href, `not an HTML page (${response.type.split(';')[0]?.trim()})`);
    const page = scanHtml(decode(response.body, response.type), current.href);
    const named: RawRequest[] = page.resources.map((r) => ({ url: r.url, type: r.type, sent: false }));
    return pageFacts('html', page, [...hops, ...named], []);
  }
}

/** The body as text, in the charset the Content-Type names (UTF-8 when it names none or an unknown one). */
function decode(body: Buffer, contentType: string): string {
  const charset = /charset\s*=\s*"?([\w.:-]+)/i.exec(contentType)?.[1];
  try {
    return new TextDecoder(charset ?? 'utf-8').decode(body);
  } catch {
    return new TextDecoder('utf-8').decode(body);
  }
}
