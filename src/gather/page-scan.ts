// What both page visits share: which site a host belongs to, URLs cut to what may be kept, the raw
// findings of a page (read from a live DOM or scanned from its HTML) turned into PageFacts, and the
// tolerant tag scanner the HTML fallback reads a page with when no Chromium is available.
import net from 'node:net';
import type { MarkupScript, PageCookie, PageFacts, PageForm, PageLink, PageRequest } from './page-facts-schema.js';

export type RequestType = PageRequest['type'];

/** Limits on what one page's facts hold, so that a hostile page cannot make them grow without end. */
export const MAX_REQUESTS = 500;
export const MAX_LINKS = 300;
export const MAX_LINK_TEXT = 120;
export const MAX_FORMS = 100;
export const MAX_COOKIES = 100;
export const MAX_LISTED = 100;
/** A URL's path can be long too; one longer than this is cut. */
export const MAX_URL_CHARS = 2048;

/** A form as found on the page: its action is absolute (resolved against the page), its method as written. */
export interface RawForm {
  action: string;
  method: string;
}

/** What a page holds, before it is cut down to facts: absolute URLs, query strings still in. */
export interface RawPage {
  /** The page's own URL (after redirects). */
  url: string;
  forms: RawForm[];
  links: { href: string; text: string }[];
  scripts: { src: string; integrity: boolean }[];
  /** Every subresource the markup names (for mixed content, and the HTML fallback's requests). */
  resources: { url: string; type: RequestType }[];
}

export interface RawRequest {
  url: string;
  type: RequestType;
  sent: boolean;
  /** Made by the page itself, not by a frame inside it (a third party's widget). Default true. */
  mainFrame?: boolean;
}

export interface RawCookie {
  name: string;
  domain: string;
}

const WEB_SCHEMES = new Set(['http:', 'https:', 'ws:', 'wss:']);

/**
 * `raw` (resolved against `base`) as it may be kept: absolute, without query string, fragment or
 * credentials — a tracker's query string carries what the page knows about the patient. Undefined
 * for anything that is not a web address (data:, blob:, javascript:, mailto:, ...).
 */
export function cleanUrl(raw: string, base?: string): string | undefined {
  let url: URL;
  try {
    url = new URL(raw.trim(), base);
  } catch {
    return undefined;
  }
  if (!WEB_SCHEMES.has(url.protocol)) return undefined;
  url.search = '';
  url.hash = '';
  url.username = '';
  url.password = '';
  return url.href.length > MAX_URL_CHARS ? url.href.slice(0, MAX_URL_CHARS) : url.href;
}

/** The host of a URL, lower case, without brackets or a trailing dot; '' when it has none. */
export function hostOf(url: string): string {
  try {
    return bareHost(new URL(url).hostname);
  } catch {
    return '';
  }
}

const bareHost = (host: string): string =>
  host
    .toLowerCase()
    .replace(/^\[(.*)\]$/, '$1')
    .replace(/\.$/, '');

/**
 * Whether a host could be an IP address at all: only digits and dots (IPv4), or a colon (IPv6).
 * Every other name skips net.isIP, whose IPv6 pattern costs milliseconds to compile on first use.
 */
const mayBeIp = (host: string): boolean => host.includes(':') || /^[\d.]+$/.test(host);

/**
 * Second-level labels under which country code domains register names (example.co.uk,
 * example.com.au): with one of these before a two-letter top-level domain, a site is three labels.
 */
const COUNTRY_SECOND_LEVELS = new Set(['ac', 'co', 'com', 'edu', 'gob', 'gov', 'govt', 'ltd', 'med', 'ne', 'net', 'nhs', 'or', 'org', 'plc', 'sch']);

/**
 * Hosting domains where every subdomain is a different customer's site: a page on
 * glowspa.wixsite.com and a script on other.wixsite.com are two sites, not one.
 */
const SHARED_HOSTING = new Set([
  'appspot.com',
  'azurewebsites.net',
  'blogspot.com',
  'cloudfront.net',
  'github.io',
  'herokuapp.com',
  'netlify.app',
  'pages.dev',
  'squarespace.com',
  'vercel.app',
  'web.app',
  'firebaseapp.com',
  'webflow.io',
  'wixsite.com',
  'wordpress.com',
]);

/**
 * The site a host belongs to (its registrable domain, approximated without the Public Suffix List):
 * - IP addresses, `localhost` and one-label names are their own site, exactly;
 * - otherwise the last two labels (www.glowspa.com and book.glowspa.com are one site),
 * - or three when the last two are a country's registration level (glowspa.co.uk) or a shared
 *   hosting domain (glowspa.wixsite.com).
 * Wrong only for public suffixes not listed here: two customers of an unlisted hosting domain would
 * count as one site, so a third party there could be missed, never invented.
 */
export function siteOf(host: string): string {
  const bare = bareHost(host);
  if (mayBeIp(bare) && net.isIP(bare) !== 0) return bare;
  if (bare === 'localhost') return bare;
  const labels = bare.split('.');
  if (labels.length <= 2) return bare;
  const lastTwo = labels.slice(-2).join('.');
  const [second = '', top = ''] = labels.slice(-2);
  const threeLabels = (top.length === 2 && COUNTRY_SECOND_LEVELS.has(second)) || SHARED_HOSTING.has(lastTwo);
  return threeLabels ? labels.slice(-3).join('.') : lastTwo;
}

/** True when `host` is not on the same site as `pageHost` (see {@link siteOf}). */
export function isThirdParty(host: string, pageHost: string): boolean {
  return siteOf(host) !== siteOf(pageHost);
}

/** Link text as kept: whitespace collapsed, at most {@link MAX_LINK_TEXT} characters. */
export function linkText(text: string): string {
  const collapsed = text.replace(/\s+/g, ' ').trim();
  return collapsed.length > MAX_LINK_TEXT ? `${collapsed.slice(0, MAX_LINK_TEXT - 1)}…` : collapsed;
}

/** Facts that say only that the page could not be visited. */
export function pageError(kind: PageFacts['kind'], url: string, error: string): PageFacts {
  return { kind, url: cleanUrl(url) ?? '', error, requests: [], cookies: [], forms: [], links: [], mixedContent: [], scriptsWithoutIntegrity: [], markupScripts: [] };
}

/** Adds `value` under `key` unless the key is taken or the list is full. */
function pushUnique<T>(list: T[], seen: Set<string>, key: string, value: T, max: number): void {
  if (list.length >= max || seen.has(key)) return;
  seen.add(key);
  list.push(value);
}

/**
 * The facts of one visit. Identical records are kept once: with query strings gone, a tracker's
 * fifty pings to one URL say no more than one.
 */
export function pageFacts(
  kind: PageFacts['kind'],
  page: RawPage,
  rawRequests: readonly RawRequest[],
  rawCookies: readonly RawCookie[],
  /** The scripts of the HTML as served (the browser's DOM may hold more, added by scripts); default page.scripts. */
  served: RawPage['scripts'] = page.scripts,
): PageFacts {
  const pageUrl = cleanUrl(page.url) ?? '';
  const pageHost = hostOf(pageUrl);
  const secure = pageUrl.startsWith('https:');
  const third = (url: string) => isThirdParty(hostOf(url), pageHost);

  const requests: PageRequest[] = [];
  const seenRequests = new Set<string>();
  for (const raw of rawRequests) {
    const url = cleanUrl(raw.url);
    if (url === undefined) continue;
    const request: PageRequest = { url, host: hostOf(url), type: raw.type, thirdParty: third(url), beforeInteraction: true, sent: raw.sent };
    pushUnique(requests, seenRequests, JSON.stringify(request), request, MAX_REQUESTS);
  }

  const cookies: PageCookie[] = [];
  const seenCookies = new Set<string>();
  for (const raw of rawCookies) {
    const domain = bareHost(raw.domain.replace(/^\./, ''));
    if (!isThirdParty(domain, pageHost)) continue;
    pushUnique(cookies, seenCookies, `${raw.name}\n${domain}`, { name: raw.name, domain, thirdParty: true }, MAX_COOKIES);
  }

  const forms: PageForm[] = [];
  const seenForms = new Set<string>();
  for (const raw of page.forms) {
    const method = formMethod(raw.method);
    const action = cleanUrl(raw.action, pageUrl);
    // A dialog form closes a dialog and sends nothing; a javascript: or mailto: action posts nowhere on the web.
    if (method === undefined || action === undefined || action.startsWith('ws')) continue;
    const form: PageForm = { action, method, insecure: action.startsWith('http:'), thirdParty: third(action) };
    pushUnique(forms, seenForms, JSON.stringify(form), form, MAX_FORMS);
  }

  const links: PageLink[] = [];
  const seenLinks = new Set<string>();
  for (const raw of page.links) {
    const href = cleanUrl(raw.href, pageUrl);
    if (href === undefined || href.startsWith('ws')) continue;
    const link = { href, text: linkText(raw.text) };
    pushUnique(links, seenLinks, `${link.href}\n${link.text}`, link, MAX_LINKS);
  }

  const mixedContent: string[] = [];
  const seenMixed = new Set<string>();
  if (secure) {
    const named = page.resources.map((r) => r.url);
    const made = rawRequests.filter((r) => r.type !== 'document').map((r) => r.url);
    for (const raw of [...named, ...made]) {
      const url = cleanUrl(raw, pageUrl);
      if (url !== undefined && (url.startsWith('http:') || url.startsWith('ws:'))) pushUnique(mixedContent, seenMixed, url, url, MAX_LISTED);
    }
  }

  // A script the page's own markup loads with an integrity attribute is checked; any other
  // third-party script the page loads (named in the markup or fetched by a script) is not.
  const checked = new Set(page.scripts.filter((s) => s.integrity).map((s) => cleanUrl(s.src, pageUrl)));
  const scriptsWithoutIntegrity: string[] = [];
  const seenScripts = new Set<string>();
  const candidates = [
    ...page.scripts.filter((s) => !s.integrity).map((s) => s.src),
    ...rawRequests.filter((r) => r.type === 'script' && r.mainFrame !== false).map((r) => r.url),
  ];
  for (const raw of candidates) {
    const url = cleanUrl(raw, pageUrl);
    if (url === undefined || checked.has(url) || !third(url)) continue;
    pushUnique(scriptsWithoutIntegrity, seenScripts, url, url, MAX_LISTED);
  }

  const markupScripts: MarkupScript[] = [];
  const seenMarkup = new Set<string>();
  for (const raw of served) {
    const url = cleanUrl(raw.src, pageUrl);
    if (url !== undefined) pushUnique(markupScripts, seenMarkup, `${url}\n${raw.integrity}`, { url, integrity: raw.integrity }, MAX_LISTED);
  }

  return { kind, url: pageUrl, requests, cookies, forms, links, mixedContent, scriptsWithoutIntegrity, markupScripts };
}

/** get or post, as a browser reads the attribute (anything else is get); undefined for dialog. */
function formMethod(raw: string): 'get' | 'post' | undefined {
  const method = raw.trim().toLowerCase();
  if (method === 'dialog') return undefined;
  return method === 'post' ? 'post' : 'get';
}

/** The first line of an error's message, at most 300 characters: what a page's `error` says. */
export function firstLine(err: unknown): string {
  const message = err instanceof Error ? err.message : String(err);
  return (message.split('\n')[0] ?? '').trim().slice(0, 300);
}
