// What a visit to an endpoint's page records, as a patient's browser sees it: the requests the page
// makes (to whom, of what type, first- or third-party), third-party cookies, forms and where they
// post, links, mixed content and third-party scripts loaded without Subresource Integrity. Plain,
// JSON-serializable data, saved by --save-facts and replayed by --facts like the other probe facts.
//
// Nothing here holds PHI or page content: URLs are kept without their query string and fragment (a
// tracker's query string can carry what the page knows), link texts are capped, no body is kept,
// and cookie values are never recorded.
import { Type, type Static } from '@sinclair/typebox';

const STRICT = { additionalProperties: false } as const;
const Text = (description: string) => Type.String({ description });

export const PAGE_VISIT_KINDS = ['browser', 'html'] as const;
export const REQUEST_TYPES = ['document', 'script', 'stylesheet', 'image', 'font', 'media', 'xhr', 'fetch', 'websocket', 'iframe', 'beacon', 'other'] as const;

/** One of `values`, as literals TypeBox's Value can check (a replayed facts file is validated with it). */
const literalUnion = <T extends readonly string[]>(values: T, description: string) =>
  Type.Union(values.map((v) => Type.Literal(v)), { description }) as unknown as ReturnType<typeof Type.Unsafe<T[number]>>;

export const PageRequestSchema = Type.Object(
  {
    url: Text('The request URL without its query string and fragment'),
    host: Text('Its host name, lower case'),
    type: literalUnion(REQUEST_TYPES, 'What the page asked for'),
    thirdParty: Type.Boolean({ description: 'The host is not the page\'s own site (registrable domain)' }),
    beforeInteraction: Type.Boolean({ description: 'Made before any user action (the visit never acts, so true unless a later phase is added)' }),
    sent: Type.Boolean({ description: 'false when the visit held the request back instead of sending it (tests, or a blocked scheme)' }),
  },
  STRICT,
);

export const PageCookieSchema = Type.Object(
  {
    name: Text('The cookie name (never its value)'),
    domain: Text('The domain it was set for'),
    thirdParty: Type.Boolean(),
  },
  STRICT,
);

export const PageFormSchema = Type.Object(
  {
    action: Text('Where the form posts, absolute, without query string and fragment'),
    method: Text('get or post, lower case'),
    insecure: Type.Boolean({ description: 'It posts over plain http://' }),
    thirdParty: Type.Boolean({ description: 'It posts to another site than the page\'s' }),
  },
  STRICT,
);

export const PageLinkSchema = Type.Object(
  {
    href: Text('The link target, absolute, without query string and fragment'),
    text: Text('The visible text, whitespace collapsed, at most 120 characters'),
  },
  STRICT,
);

export const MarkupScriptSchema = Type.Object(
  {
    url: Text('The script\'s src, absolute, without query string and fragment'),
    integrity: Type.Boolean({ description: 'It has a non-empty integrity attribute' }),
  },
  STRICT,
);

export const PageFactsSchema = Type.Object(
  {
    kind: literalUnion(PAGE_VISIT_KINDS, 'browser: loaded in headless Chromium, scripts run; html: the HTML fetched once and read, no script run'),
    url: Text('The page URL the visit ended on, without query string and fragment'),
    error: Type.Optional(Text('Set when the page could not be visited (timeout, no answer, not HTML, ...): nothing else is known')),
    requests: Type.Array(PageRequestSchema, { description: 'Every request the page made (browser), or every resource its HTML names (html), at most 500' }),
    cookies: Type.Array(PageCookieSchema, { description: 'Cookies set for other sites than the page\'s (browser visits only)' }),
    forms: Type.Array(PageFormSchema),
    links: Type.Array(PageLinkSchema, { description: 'At most 300' }),
    mixedContent: Type.Array(Text('A plain http:// resource loaded by an https:// page, without query string')),
    scriptsWithoutIntegrity: Type.Array(Text('A third-party script loaded without an integrity attribute (Subresource Integrity)')),
    markupScripts: Type.Array(MarkupScriptSchema, {
      description: 'Every <script src> in the HTML as served, before any script ran, at most 100: what the MDN Observatory\'s subresource-integrity test reads',
    }),
  },
  STRICT,
);

export type PageRequest = Static<typeof PageRequestSchema>;
export type PageCookie = Static<typeof PageCookieSchema>;
export type PageForm = Static<typeof PageFormSchema>;
export type PageLink = Static<typeof PageLinkSchema>;
export type PageFacts = Static<typeof PageFactsSchema>;
export type MarkupScript = Static<typeof MarkupScriptSchema>;
