// The "Pages" section in words every human format shares: how each page was visited, the columns of
// its third-party table, the counts of its forms and mixed content, the warning for a PHI page that
// feeds advertising or social services, and the database's credit. Plain text; each renderer escapes
// it for its format. Nothing here loads the database: the report carries what it said.
import type { PageSummary, PageThirdParty, Report, ReportEndpoint } from './schema.js';

export type VisitedEndpoint = ReportEndpoint & { page: PageSummary };

export const PAGES_TITLE = 'Pages';

export const PAGES_LEAD =
  "What a patient's browser is made to contact when it opens each endpoint's page: every third-party service the page sends requests to learns of the visit. " +
  'No page was clicked, typed in or scrolled.';

/** The columns of a page's third-party table, in order. */
export const THIRD_PARTY_COLUMNS = ['Service', 'Company', 'Category', 'Kind', 'Before any user action', 'Hosts', 'Cookies'] as const;

/** The endpoints whose page was visited, in report order. */
export const visitedEndpoints = (report: Pick<Report, 'endpoints'>): VisitedEndpoint[] =>
  (report.endpoints ?? []).filter((e): e is VisitedEndpoint => e.page !== undefined);

/** How the page was visited, or why it could not be. */
export function visitWords(page: PageSummary): string {
  if (page.error !== undefined) return `could not be visited (${page.error})`;
  return page.kind === 'browser' ? 'visited in Chromium' : 'read from its HTML only (no Chromium: trackers added by scripts were not seen)';
}

const plural = (n: number, one: string, many = `${one}s`): string => `${n} ${n === 1 ? one : many}`;

/** Forms and mixed content, in one line; null for a failed visit, which saw neither. */
export function pageCounts(page: PageSummary): string | null {
  if (page.error !== undefined) return null;
  const insecure = page.insecureForms ? `, ${page.insecureForms === page.forms && page.forms > 1 ? 'all' : page.insecureForms} posting over plain http://` : '';
  const mixed = page.mixedContent ? `${plural(page.mixedContent, 'plain http:// resource')} on an https:// page (mixed content)` : 'no mixed content';
  return `${plural(page.forms, 'form')}${insecure} · ${mixed} · ${plural(page.thirdParties.length, 'third-party service')}`;
}

/** What the table says when a page contacts no third party. */
export const noThirdParties = (page: PageSummary): string =>
  page.kind === 'browser' ? 'The page made no third-party request.' : 'Its HTML names no third-party resource.';

/** What is said of a host the database does not know, in place of its company and category. */
export const UNKNOWN_SERVICE = 'a service the database does not know';

/** A third party's cells, in THIRD_PARTY_COLUMNS order; "–" where the database has nothing. */
export function thirdPartyCells(t: PageThirdParty): string[] {
  return [
    t.name,
    t.company ?? '–',
    t.category ?? '–',
    t.kind,
    t.beforeInteraction ? 'yes' : 'no',
    t.hosts.join(', '),
    t.cookies.length ? t.cookies.join(', ') : '–',
  ];
}

/** Advertising and social services build audiences from a visit; session recording replays it. */
export const isAudienceBuilder = (t: PageThirdParty): boolean => t.kind === 'advertising' || t.kind === 'social' || t.kind === 'session-replay';

/** The services that make a PHI endpoint stand out: advertising and social ones on its page; none for other endpoints. */
export const alarmingServices = (e: VisitedEndpoint): PageThirdParty[] => (e.phi ? e.page.thirdParties.filter(isAudienceBuilder) : []);

/** The warning for a PHI endpoint whose page feeds advertising or social services; null when it does not. */
export function phiPageWarning(e: VisitedEndpoint): string | null {
  const services = alarmingServices(e);
  if (services.length === 0) return null;
  const names = services.map((t) => `${t.name} (${t.kind})`);
  const list = names.length === 1 ? names[0]! : `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]!}`;
  return (
    `This endpoint handles PHI, and its page sends requests to ${list}: ` +
    (services.length === 1
      ? 'it learns of each visit, and builds advertising audiences from it or records what the patient types and clicks.'
      : 'they learn of each visit, and build advertising audiences from it or record what the patient types and clicks.')
  );
}

/** The endpoint as a section heads it: its URL, whether it handles PHI, and how its page was visited. */
export function pageHeading(e: VisitedEndpoint): string {
  const bare = (url: string) => url.replace(/\/+$/, '');
  const moved = e.page.error === undefined && bare(e.page.url) !== bare(e.url) ? `, ending on ${e.page.url}` : '';
  return `${e.url}${e.phi ? ' (PHI)' : ''}: ${visitWords(e.page)}${moved}`;
}

/** The database's credit, said once under the section. */
export const creditLine = (source: string): string => `Service names, companies and categories: ${source}.`;
