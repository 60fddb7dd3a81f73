// Apart from page-schema.ts so that the report model can read it without loading the schema library.

/** What a service is, for what it learns of a visit; `unknown` when the database does not know its host. */
export const PAGE_THIRD_PARTY_KINDS = ['advertising', 'social', 'session-replay', 'analytics', 'other', 'unknown'] as const;
export type PageThirdPartyKind = (typeof PAGE_THIRD_PARTY_KINDS)[number];
