// The page visit of one probed endpoint, as the gather step makes it: in the run's Chromium when
// there is one, else by reading the page's HTML once. Endpoints that were not reached, and
// placeholders, are not visited: their probe facts already say why.
import type { LookupFn } from './address.js';
import type { EndpointFacts } from './endpoint-facts.js';
import type { PageFacts } from './page-facts-schema.js';
import type { PageBrowser } from './page-visit.js';
import { pageError } from './page-scan.js';

export interface PageSettings {
  /** The run's Chromium; undefined reads each page's HTML instead (no Chromium, or --no-browser). */
  browser?: PageBrowser;
}

/**
 * A visit may take this many times the per-connection timeout: a page loads its document, then its
 * scripts, and waits for the network to go quiet.
 */
export const VISIT_TIMEOUT_FACTOR = 3;

/** The endpoint's page, visited; undefined when the endpoint was not reached (nothing to visit). */
export async function visitEndpointPage(
  facts: EndpointFacts,
  settings: PageSettings,
  limits: { timeoutMs: number; signal?: AbortSignal; lookup?: LookupFn },
): Promise<PageFacts | undefined> {
  if (facts.error !== undefined || facts.placeholder !== undefined) return undefined;
  // Out of time: said as such, never read as facts saved before pages were visited.
  if (limits.timeoutMs <= 0) return pageError(settings.browser !== undefined ? 'browser' : 'html', facts.url, "not visited: the run's deadline passed first");
  if (settings.browser !== undefined) return settings.browser.visit(facts.url, { timeoutMs: limits.timeoutMs });
  const { fetchPageHtml } = await import('./page-fetch.js');
  return fetchPageHtml(facts.url, {
    timeoutMs: limits.timeoutMs,
    ...(limits.signal !== undefined ? { signal: limits.signal } : {}),
    ...(limits.lookup !== undefined ? { lookup: limits.lookup } : {}),
  });
}
