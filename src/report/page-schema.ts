// The report's summary of each endpoint's page visit (endpoints[].page): how the page was visited,
// and who it sends a patient's visit to, one entry per third-party service. Built from the page facts
// by pages.ts; part of the report model (schemaVersion 1), so a saved report with pages reads back.
import { Type, type Static } from '@sinclair/typebox';
import { PAGE_THIRD_PARTY_KINDS, type PageThirdPartyKind } from './page-kinds.js';

export { PAGE_THIRD_PARTY_KINDS, type PageThirdPartyKind } from './page-kinds.js';

const STRICT = { additionalProperties: false } as const;
const Count = (description: string) => Type.Integer({ minimum: 0, description });

export const PageThirdPartySchema = Type.Object(
  {
    name: Type.String({ description: 'The service as third-party-web names it (e.g. "Facebook"), or the host name when the database does not know it' }),
    company: Type.Unsafe<string | null>({ type: ['string', 'null'], description: 'The company behind the service; null when unknown' }),
    category: Type.Unsafe<string | null>({
      type: ['string', 'null'],
      description: 'third-party-web\'s own category (e.g. "social", "tag-manager", "cdn"); null when unknown',
    }),
    kind: Type.Unsafe<PageThirdPartyKind>({
      type: 'string',
      enum: [...PAGE_THIRD_PARTY_KINDS],
      description: 'What it learns of a visit: advertising and social services build audiences from it; session-replay services record what the visitor types and clicks; analytics includes tag managers; unknown: not in the database',
    }),
    hosts: Type.Array(Type.String(), { description: 'The host names the page reached it at, sorted' }),
    requests: Count('How many requests the page made to it (a cookie alone, with no request, counts 0)'),
    beforeInteraction: Type.Boolean({ description: 'Some request went out before any user action on the page' }),
    cookies: Type.Array(Type.String(), { description: 'Names of the cookies set for its domains (never their values), sorted' }),
  },
  STRICT,
);

export const PageSummarySchema = Type.Object(
  {
    kind: Type.Unsafe<'browser' | 'html'>({
      type: 'string',
      enum: ['browser', 'html'],
      description: 'browser: loaded in headless Chromium, scripts ran; html: its HTML read once, no script ran (trackers that scripts add were not seen)',
    }),
    url: Type.String({ description: 'The page the visit ended on, without query string and fragment' }),
    error: Type.Optional(Type.String({ description: 'Why the page could not be visited; nothing else was seen, so the lists are empty and the counts 0' })),
    thirdParties: Type.Array(PageThirdPartySchema, {
      description: 'One entry per third-party service (per host when the database does not know it): advertising, social, session-replay, analytics, other, unknown, then by name',
    }),
    forms: Count('Forms on the page'),
    insecureForms: Count('Forms that post over plain http://'),
    mixedContent: Count('Plain http:// resources loaded by an https:// page'),
  },
  { ...STRICT, description: 'What a visit to the endpoint\'s page saw; absent when the page was not visited' },
);

export const ThirdPartySourceSchema = Type.String({
  description: 'The credit for the database that names the services in endpoints[].page.thirdParties; present whenever a page lists a service it knows',
});

export type PageThirdParty = Static<typeof PageThirdPartySchema>;
export type PageSummary = Static<typeof PageSummarySchema>;
